// Code actions and the editing commands: `textDocument/codeAction` answers with
// the quick fixes and fix-all of the core, composed from a list of providers;
// `workspace/executeCommand` runs "Renumber paragraphs" and "Insert paragraph
// after this one" and applies their edits with `workspace/applyEdit`, pinned to
// the document version they were computed for.
import { CodeActionRequest, ExecuteCommandRequest, MessageType, ShowMessageNotification, type CodeAction, type CodeActionParams, type Connection, type Position, type TextEdit } from 'vscode-languageserver';
import { applyEdits, codeActions, findDefects, insertParagraphAfter, LineMap, renumberParagraphs, severityOf, type Draft, type FeatureDocument, type RuleSettings, type TextEdit as CoreEdit } from '../core';
import { splitLines } from '../core/text';
import type { DraftStore } from './documents';
import { register, type Log } from './safeHandler';

export const RENUMBER_COMMAND = 'rapporteur.renumberParagraphs';
export const INSERT_COMMAND = 'rapporteur.insertParagraphAfter';

export const CODE_ACTION_CAPABILITIES = {
  codeActionProvider: { codeActionKinds: ['quickfix', 'source.fixAll.rapporteur'], resolveProvider: false },
  executeCommandProvider: { commands: [RENUMBER_COMMAND, INSERT_COMMAND] },
};

/** One source of code actions for a document; the handler concatenates what every provider returns. */
export type CodeActionProvider = (doc: FeatureDocument, params: CodeActionParams) => CodeAction[] | Promise<CodeAction[]>;

/** What the commands answer: whether the client applied the edit, and where the new paragraph's text starts. */
export interface CommandResult {
  applied: boolean;
  position?: Position;
  /** References left as written because the paragraph they name does not exist. */
  unresolved?: number;
}

export class CodeActions {
  private readonly providers: CodeActionProvider[] = [];

  constructor(
    private readonly connection: Connection,
    private readonly log: Log,
    private readonly store: DraftStore,
    private readonly rules: () => RuleSettings,
  ) {
    this.providers.push((doc, params) => this.fixes(doc, params));
  }

  /** Adds a provider (an "add symbol to the catalogue" action, say): its actions follow the fixes. */
  addProvider(provider: CodeActionProvider): void {
    this.providers.push(provider);
  }

  register(): void {
    register(this.connection, this.log, CodeActionRequest.type, async (params) => {
      await this.store.settled();
      const doc = params?.textDocument?.uri ? this.store.document(params.textDocument.uri) : undefined;
      if (!doc) return [];
      const actions: CodeAction[] = [];
      for (const provider of this.providers) for (const action of await provider(doc, params)) actions.push(action);
      return actions;
    }, []);
    register(this.connection, this.log, ExecuteCommandRequest.type, (params) => this.execute(params.command, params.arguments ?? []), null);
  }

  private fixes(doc: FeatureDocument, params: CodeActionParams): CodeAction[] {
    const rules = this.rules();
    const findings = (draft: Draft) => findDefects(draft, this.store.workspace.context(doc.uri, draft)).filter((f) => severityOf(f.code, rules) !== undefined);
    return codeActions(doc, findings, (code) => severityOf(code, rules) !== undefined, {
      range: params.range,
      diagnostics: params.context?.diagnostics ?? [],
      ...(params.context?.only ? { only: params.context.only } : {}),
    });
  }

  private async execute(command: string, args: unknown[]): Promise<CommandResult | null> {
    const uri = typeof args[0] === 'string' ? args[0] : undefined;
    const document = uri ? this.store.documents.get(uri) : undefined;
    const doc = uri ? this.store.document(uri) : undefined;
    if (!uri || !document || !doc) return null;
    if (command === RENUMBER_COMMAND) {
      const result = renumberParagraphs(doc.draft);
      for (const refused of result.refused) this.warn(`${refused.reason} (line ${doc.draft.lineMap.position(refused.span.start).line + 1}).`);
      if (result.refused.length > 0) return { applied: false };
      const applied = await this.apply(uri, document.version, doc.draft, result.edits, 'Renumber paragraphs');
      if (result.unresolved.length > 0) this.tellUnresolved(doc.draft, result.unresolved.map((u) => u.span.start));
      return { applied, unresolved: result.unresolved.length };
    }
    if (command === INSERT_COMMAND) {
      const position = args[1] as Position | undefined;
      if (!position || typeof position.line !== 'number' || typeof position.character !== 'number') return null;
      const inserted = insertParagraphAfter(doc.draft, doc.draft.lineMap.offset(position));
      if (!inserted) return { applied: false };
      const applied = await this.apply(uri, document.version, doc.draft, inserted.edits, 'Insert paragraph');
      const after = applyEdits(doc.draft.text, inserted.edits);
      return { applied, position: new LineMap(splitLines(after)).position(inserted.cursor) };
    }
    return null;
  }

  private async apply(uri: string, version: number, draft: Draft, edits: CoreEdit[], label: string): Promise<boolean> {
    if (edits.length === 0) return true;
    const lspEdits: TextEdit[] = edits.map((edit) => ({ range: draft.lineMap.range(edit.span), newText: edit.newText }));
    const response = await this.connection.workspace.applyEdit({ label, edit: { documentChanges: [{ textDocument: { uri, version }, edits: lspEdits }] } });
    return response.applied;
  }

  private tellUnresolved(draft: Draft, offsets: number[]): void {
    const all = [...new Set(offsets.map((o) => draft.lineMap.position(o).line + 1))];
    const lines = all.length > 10 ? `${all.slice(0, 10).join(', ')}…` : all.join(', ');
    this.warn(`${offsets.length === 1 ? 'One reference names a paragraph' : `${offsets.length} references name paragraphs`} that do not exist and ${offsets.length === 1 ? 'was' : 'were'} left as written (line ${lines}).`);
  }

  private warn(message: string): void {
    void this.connection.sendNotification(ShowMessageNotification.type, { type: MessageType.Warning, message });
  }
}
