// Diagnostics for open drafts: pulled by the client (textDocument/diagnostic)
// when it can, pushed (publishDiagnostics) otherwise. The debounce adapts to the
// draft: when its last analysis was fast, results after an edit come at once
// (after the messages already queued, so a burst of edits is analysed once);
// when it was slow, they wait until typing pauses. The first result for a newly
// opened draft never waits.
import {
  DiagnosticSeverity,
  DocumentDiagnosticReportKind,
  type CancellationToken,
  type Connection,
  type Diagnostic as LspDiagnostic,
  type DocumentDiagnosticParams,
  type DocumentDiagnosticReport,
} from 'vscode-languageserver';
import { MAX_DRAFT_BYTES, type Diagnostic, type Draft, type Severity } from '../core';
import type { DraftStore } from './documents';
import { describeError, type Log } from './safeHandler';
import type { Settings } from './settings';

/** How long after the last edit diagnostics of a slow draft are computed. */
export const DEBOUNCE_MS = 150;
/** An analysis (parse and checks) at most this long is fast: its draft is not debounced (one frame). */
export const FAST_ANALYSIS_MS = 12;
/** How many of the latest analyses of a draft decide whether it is fast. */
const COST_SAMPLES = 3;

const SEVERITIES: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

export function toLspDiagnostic(draft: Draft, diagnostic: Diagnostic): LspDiagnostic {
  return {
    range: draft.lineMap.range(diagnostic.span),
    severity: SEVERITIES[diagnostic.severity],
    code: diagnostic.code,
    source: 'rapporteur',
    message: diagnostic.message,
    ...(diagnostic.data ? { data: diagnostic.data } : {}),
  };
}

const TOO_LARGE: LspDiagnostic = {
  range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
  severity: DiagnosticSeverity.Error,
  code: 'file-too-large',
  source: 'rapporteur',
  message: `This draft is over ${MAX_DRAFT_BYTES / 1024 / 1024} MB and is not analysed.`,
};

export class Diagnostics {
  private readonly timers = new Map<string, NodeJS.Timeout>();
  private readonly lastChange = new Map<string, number>();
  /** Open documents whose first result is on its way (or out): later edits are debounced. */
  private readonly started = new Set<string>();
  private readonly cache = new Map<string, { key: string; items: LspDiagnostic[] }>();
  /** Makes result ids of this process differ from those of a server that ran before it. */
  private readonly epoch = Date.now().toString(36);
  /** Documents just opened: their first onDidChangeContent is the opening itself, not an edit. */
  private readonly justOpened = new Set<string>();
  /** How long the last analyses of each document took, in ms (the latest last). */
  private readonly cost = new Map<string, number[]>();

  constructor(
    private readonly connection: Connection,
    private readonly store: DraftStore,
    private readonly settings: Settings,
    private readonly log: Log,
    readonly mode: 'pull' | 'push',
    private readonly refreshSupported: boolean,
  ) {}

  /** The diagnostics of a draft as things stand, computed at most once per workspace and settings state. */
  current(uri: string): { resultId: string; items: LspDiagnostic[] } {
    const started = performance.now();
    const doc = this.store.document(uri);
    const key = `${this.epoch}.${this.store.generation}.${this.settings.generation}`;
    if (!doc) return { resultId: key, items: [] };
    const cached = this.cache.get(uri);
    if (cached?.key === key) return { resultId: key, items: cached.items };
    const items = this.store.isTooLarge(uri) ? [TOO_LARGE] : this.store.workspace.check(uri, this.settings.current.rules, this.settings.current.reportLength).map((d) => toLspDiagnostic(doc.draft, d));
    this.cache.set(uri, { key, items });
    this.cost.set(uri, [...(this.cost.get(uri) ?? []), performance.now() - started].slice(-COST_SAMPLES));
    return { resultId: key, items };
  }

  /**
   * True when one of the last analyses of the document was fast enough to run on every edit:
   * one slow analysis (a garbage collection, a busy machine) does not make typing wait.
   */
  private isFast(uri: string): boolean {
    return (this.cost.get(uri) ?? []).some((cost) => cost <= FAST_ANALYSIS_MS);
  }

  /** Entries kept per map (see rapporteur/internals). */
  sizes(): Record<string, number> {
    const { timers, lastChange, started, cache, justOpened, cost } = this;
    return { timers: timers.size, lastChange: lastChange.size, started: started.size, cache: cache.size, justOpened: justOpened.size, cost: cost.size };
  }

  opened(uri: string): void {
    this.justOpened.add(uri);
    if (this.mode === 'pull') return;
    this.started.add(uri);
    void this.publish(uri);
  }

  changed(uri: string): void {
    // Not by version: a client may send an edit with the version the document was opened with.
    if (this.justOpened.delete(uri)) return;
    this.lastChange.set(uri, Date.now());
    if (this.mode === 'pull' || !this.started.has(uri)) return;
    clearTimeout(this.timers.get(uri));
    this.timers.set(uri, setTimeout(() => void this.publish(uri), this.isFast(uri) ? 0 : DEBOUNCE_MS));
  }

  closed(uri: string): void {
    clearTimeout(this.timers.get(uri));
    this.timers.delete(uri);
    this.started.delete(uri);
    this.lastChange.delete(uri);
    this.justOpened.delete(uri);
    this.cache.delete(uri);
    this.cost.delete(uri);
    if (this.mode === 'push') this.connection.sendDiagnostics({ uri, diagnostics: [] }).catch(() => undefined);
    this.othersChanged();
  }

  /** Settings or other drafts changed: every open draft's diagnostics may have. */
  refreshAll(): void {
    this.store.takeSharedChange();
    if (this.mode === 'pull') {
      if (this.refreshSupported) this.connection.languages.diagnostics.refresh().catch(() => undefined);
      return;
    }
    for (const document of this.store.documents.all()) void this.publish(document.uri, false);
  }

  dispose(): void {
    for (const timer of this.timers.values()) clearTimeout(timer);
    this.timers.clear();
  }

  /** textDocument/diagnostic: answers at once for a fast draft (and a first pull), after a pause in typing for a slow one. */
  async pull(params: DocumentDiagnosticParams, token: CancellationToken): Promise<DocumentDiagnosticReport> {
    await this.settings.ready;
    await this.store.settled();
    const uri = params.textDocument.uri;
    if (this.started.has(uri) && !(await this.quiet(uri, token))) return { kind: DocumentDiagnosticReportKind.Full, items: [] };
    if (this.store.isOpen(uri)) this.started.add(uri);
    const { resultId, items } = this.current(uri);
    this.othersChanged();
    if (params.previousResultId === resultId) return { kind: DocumentDiagnosticReportKind.Unchanged, resultId };
    return { kind: DocumentDiagnosticReportKind.Full, resultId, items };
  }

  /**
   * Resolves true once `DEBOUNCE_MS` have passed since the last edit (for a fast
   * draft, once the messages already received are handled), false when cancelled first.
   */
  private async quiet(uri: string, token: CancellationToken): Promise<boolean> {
    if (this.isFast(uri)) {
      await new Promise((resolve) => setImmediate(resolve));
      return !token.isCancellationRequested;
    }
    for (;;) {
      const wait = (this.lastChange.get(uri) ?? 0) + DEBOUNCE_MS - Date.now();
      if (wait <= 0) return !token.isCancellationRequested;
      await new Promise((resolve) => setTimeout(resolve, wait));
      if (token.isCancellationRequested) return false;
    }
  }

  private async publish(uri: string, withOthers = true): Promise<void> {
    this.timers.delete(uri);
    try {
      await this.settings.ready;
      await this.store.settled();
      const document = this.store.documents.get(uri);
      if (!document) return;
      const { items } = this.current(uri);
      await this.connection.sendDiagnostics({ uri, version: document.version, diagnostics: items });
      if (withOthers) this.othersChanged(uri);
    } catch (error) {
      this.log.error(`Diagnostics for ${uri} failed: ${describeError(error)}`);
    }
  }

  /** When a draft changed what the others can know of it, their diagnostics are renewed. */
  private othersChanged(except?: string): void {
    if (!this.store.takeSharedChange()) return;
    if (this.mode === 'pull') return this.refreshAll();
    for (const document of this.store.documents.all()) if (document.uri !== except) void this.publish(document.uri, false);
  }
}
