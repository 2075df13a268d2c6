// The language server: a thin adapter between an LSP connection and the
// language core. Capabilities are negotiated here, documents synced, and each
// request handed to one core feature through `register`.
import {
  CompletionRequest,
  DefinitionRequest,
  DidChangeConfigurationNotification,
  DocumentDiagnosticRequest,
  DocumentDiagnosticReportKind,
  DocumentLinkRequest,
  DocumentSymbolRequest,
  FoldingRangeRequest,
  HoverRequest,
  ReferencesRequest,
  TextDocumentSyncKind,
  type Connection,
  type DocumentDiagnosticReport,
  type InitializeParams,
  type InitializeResult,
  type RequestType,
  type TextDocumentIdentifier,
} from 'vscode-languageserver';
import { DEFAULT_LINK_BASE, completions, countWords, definition, documentLinks, documentSymbols, foldingRanges, hover, references, type FeatureDocument } from '../core';
import { catalogueActions, SAVE_DOCUMENT_COMMAND } from './catalogueActions';
import { CODE_ACTION_CAPABILITIES, CodeActions } from './codeActions';
import { Diagnostics } from './diagnostics';
import { DraftStore } from './documents';
import { guard, register, type Log } from './safeHandler';
import { Settings } from './settings';
import { EMPTY_EXPORT, EMPTY_PREVIEW, exportDocx, ExportDocxRequest, preview, PreviewRequest } from './preview';
import { EMPTY_STATUS, paragraphCount, statusUri, StatusRequest, type Status } from './status';
import { registerInternals } from './internals';
import { registerImport } from './importRequest';
import { registerWorkspaceFeatures, WORKSPACE_CAPABILITIES } from './workspaceFeatures';
import { WorkspaceIndex } from './workspaceIndex';

export const SERVER_NAME = 'rapporteur';
export const SERVER_VERSION = '0.1.0';

/** What exists once the client has said what it supports. */
interface Session {
  settings: Settings;
  diagnostics: Diagnostics;
  folders: string[];
  dynamicConfiguration: boolean;
  index: WorkspaceIndex;
  indexCapabilities: { watchFiles: boolean; folderEvents: boolean };
}

export class RapporteurServer {
  private readonly store = new DraftStore();
  private readonly log: Log;
  private session: Session | undefined;
  /** Commands the client runs for us, from its initialization options (`clientCommands`). */
  private clientCommands = new Set<string>();
  /** Quick fixes, fix-all and the editing commands; `codeActions.addProvider(…)` adds more actions. */
  readonly codeActions: CodeActions;

  constructor(private readonly connection: Connection) {
    this.log = { error: (message) => connection.console.error(message), info: (message) => connection.console.info(message) };
    this.codeActions = new CodeActions(connection, this.log, this.store, () => this.session?.settings.current.rules ?? {});
    this.codeActions.addProvider(catalogueActions((uri) => this.session?.index.catalogueFor(uri), () => this.clientCommands.has(SAVE_DOCUMENT_COMMAND)));
  }

  start(): void {
    const { connection, log } = this;
    connection.onInitialize((params) => this.initialize(params));
    connection.onInitialized(guard(log, 'initialized', () => this.initialized()));
    connection.onDidChangeConfiguration(guard(log, 'didChangeConfiguration', async (params) => {
      if (this.session && (await this.session.settings.changed(params?.settings))) {
        this.session.index.reloadCatalogues();
        this.session.diagnostics.refreshAll();
      }
    }));
    connection.onShutdown(() => this.session?.diagnostics.dispose());
    this.registerFeatures();
    this.listenToDocuments();
    connection.listen();
  }

  private initialize(params: InitializeParams): InitializeResult {
    const capabilities = params.capabilities ?? {};
    this.clientCommands = clientCommands(params.initializationOptions);
    const pull = capabilities.textDocument?.diagnostic !== undefined;
    const settings = new Settings(this.connection, this.log, capabilities.workspace?.configuration === true);
    const refresh = capabilities.workspace?.diagnostics?.refreshSupport === true;
    const diagnostics = new Diagnostics(this.connection, this.store, settings, this.log, pull ? 'pull' : 'push', refresh);
    const folders = params.workspaceFolders?.map((folder) => folder.uri) ?? (params.rootUri ? [params.rootUri] : []);
    const dynamicConfiguration = capabilities.workspace?.didChangeConfiguration?.dynamicRegistration === true;
    const index = new WorkspaceIndex(this.connection, this.store, diagnostics, settings, this.log);
    const indexCapabilities = { watchFiles: capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration === true, folderEvents: capabilities.workspace?.workspaceFolders === true };
    this.session = { settings, diagnostics, folders, dynamicConfiguration, index, indexCapabilities };
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
        documentSymbolProvider: true,
        hoverProvider: true,
        definitionProvider: true,
        referencesProvider: true,
        completionProvider: { triggerCharacters: [' ', '/'], resolveProvider: false },
        foldingRangeProvider: true,
        documentLinkProvider: { resolveProvider: false },
        ...CODE_ACTION_CAPABILITIES,
        ...WORKSPACE_CAPABILITIES,
        ...(pull ? { diagnosticProvider: { identifier: SERVER_NAME, interFileDependencies: true, workspaceDiagnostics: false } } : {}),
      },
      serverInfo: { name: SERVER_NAME, version: SERVER_VERSION },
    };
  }

  private async initialized(): Promise<void> {
    const session = this.session;
    if (!session) return;
    if (session.dynamicConfiguration) {
      this.connection.client.register(DidChangeConfigurationNotification.type, { section: 'rapporteur' }).catch(() => undefined);
    }
    if (await session.settings.load()) session.diagnostics.refreshAll();
    session.index.start(session.folders, session.indexCapabilities);
  }

  private listenToDocuments(): void {
    const { documents } = this.store;
    documents.onDidOpen(guard(this.log, 'didOpen', ({ document }) => this.session?.diagnostics.opened(document.uri)));
    documents.onDidChangeContent(guard(this.log, 'didChange', ({ document }) => this.session?.diagnostics.changed(document.uri)));
    documents.onDidClose(guard(this.log, 'didClose', ({ document }) => {
      this.store.closed(document.uri);
      this.session?.diagnostics.closed(document.uri);
    }));
    documents.listen(this.connection);
  }

  /** The document a request names, parsed; undefined for an unknown uri. */
  private doc(textDocument: TextDocumentIdentifier | undefined): FeatureDocument | undefined {
    return textDocument?.uri ? this.store.document(textDocument.uri) : undefined;
  }

  private get linkBase(): string {
    return this.session?.settings.current.linkBase ?? DEFAULT_LINK_BASE;
  }

  private registerFeatures(): void {
    const { connection, log, store } = this;
    const ws = store.workspace;
    /** A request about one document: unknown documents get the fallback. */
    const onDocument = <P extends { textDocument: TextDocumentIdentifier }, R>(type: RequestType<P, R, unknown>, handler: (doc: FeatureDocument, params: P) => R | Promise<R>, fallback: R) =>
      register(connection, log, type, async (params) => {
        await store.settled();
        const doc = this.doc(params?.textDocument);
        return doc ? handler(doc, params) : fallback;
      }, fallback);

    onDocument(DocumentSymbolRequest.type, (doc) => documentSymbols(doc.draft), []);
    onDocument(HoverRequest.type, (doc, params) => hover(doc, params.position, ws, { linkBase: this.linkBase }), null);
    onDocument(DefinitionRequest.type, (doc, params) => definition(doc, params.position, ws), []);
    onDocument(ReferencesRequest.type, (doc, params) => references(doc, params.position, params.context?.includeDeclaration === true, ws), []);
    onDocument(CompletionRequest.type, (doc, params) => completions(doc, params.position, ws), []);
    onDocument(FoldingRangeRequest.type, (doc) => foldingRanges(doc.draft), []);
    onDocument(DocumentLinkRequest.type, (doc) => documentLinks(doc.draft, this.linkBase), []);
    onDocument(PreviewRequest, (doc) => preview(doc.draft, this.session?.diagnostics.current(doc.uri).items ?? []), EMPTY_PREVIEW);
    onDocument(ExportDocxRequest, (doc) => exportDocx(doc.draft), EMPTY_EXPORT);
    this.codeActions.register();
    registerWorkspaceFeatures(connection, log, store);
    register(connection, log, StatusRequest, (params) => this.status(statusUri(params)), EMPTY_STATUS);
    const noDiagnostics: DocumentDiagnosticReport = { kind: DocumentDiagnosticReportKind.Full, items: [] };
    registerInternals(connection, log, () => ({ ...store.sizes(), ...this.session?.diagnostics.sizes() }));
    registerImport(connection, log);
    register(connection, log, DocumentDiagnosticRequest.type, (params, token) => this.session?.diagnostics.pull(params, token) ?? noDiagnostics, noDiagnostics);
  }

  private status(uri: string | undefined): Status {
    const doc = uri ? this.store.document(uri) : undefined;
    if (!doc || !this.session) return EMPTY_STATUS;
    return { paragraphs: paragraphCount(doc.draft), problems: this.session.diagnostics.current(uri as string).items.length, words: countWords(doc.draft).body };
  }
}

/** The `clientCommands` of the initialization options, read defensively. */
function clientCommands(options: unknown): Set<string> {
  const commands = typeof options === 'object' && options !== null ? (options as { clientCommands?: unknown }).clientCommands : undefined;
  return new Set(Array.isArray(commands) ? commands.filter((command): command is string => typeof command === 'string') : []);
}

export function startServer(connection: Connection): RapporteurServer {
  const server = new RapporteurServer(connection);
  server.start();
  return server;
}
