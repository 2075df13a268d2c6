// The requests that work across the drafts of the workspace: rename of a
// document symbol (with prepareRename) and workspace symbols. (The "add to
// catalogue" quick fix is a provider of the code-action handler: catalogueActions.ts.)
import {
  ErrorCodes,
  LSPErrorCodes,
  PrepareRenameRequest,
  RenameRequest,
  ResponseError,
  WorkspaceSymbolRequest,
  type Connection,
  type ServerCapabilities,
  type TextDocumentIdentifier,
} from 'vscode-languageserver';
import { prepareRename, renameSymbol, workspaceSymbols, type FeatureDocument } from '../core';
import type { DraftStore } from './documents';
import { register, type Log } from './safeHandler';

export const WORKSPACE_CAPABILITIES: ServerCapabilities = {
  renameProvider: { prepareProvider: true },
  workspaceSymbolProvider: true,
  workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
};

export function registerWorkspaceFeatures(connection: Connection, log: Log, store: DraftStore): void {
  const doc = async (textDocument: TextDocumentIdentifier | undefined): Promise<FeatureDocument | undefined> => {
    await store.settled();
    return textDocument?.uri ? store.document(textDocument.uri) : undefined;
  };
  register(connection, log, PrepareRenameRequest.type, async (params) => {
    const document = await doc(params?.textDocument);
    const found = document && prepareRename(document, params.position);
    if (!found) throw new ResponseError(ErrorCodes.InvalidRequest, 'Only a document symbol can be renamed.');
    return found;
  }, null);
  register(connection, log, RenameRequest.type, async (params) => {
    const document = await doc(params?.textDocument);
    if (!document) return null;
    if (!(await store.rereadChanged())) throw new ResponseError(LSPErrorCodes.RequestFailed, 'The drafts on disk are still being read; try the rename again.');
    const result = renameSymbol(document, params.position, String(params.newName ?? ''), store.workspace);
    if (!result.ok) throw new ResponseError(ErrorCodes.InvalidParams, result.message);
    return result.edit;
  }, null);
  register(connection, log, WorkspaceSymbolRequest.type, async (params) => {
    await store.settled();
    return workspaceSymbols(typeof params?.query === 'string' ? params.query : '', store.workspace);
  }, []);
}
