// Drafts checked together: what one draft may know of the others. Open drafts
// are kept whole (their models serve every feature); every draft, open or
// not, has a summary (index/summary.ts), which is all the others need. A
// symbol is known when a draft has it in its masthead, a documentation list
// names it or the document catalogue lists it; a draft without an agenda uses
// the agenda of its provisional agenda.
import type { CatalogueEntry } from './catalogue';
import { checkDraft, type AgendaSource, type CheckContext } from './checks';
import type { Diagnostic } from './diagnostics';
import { summarizeDraft, type DraftSummary } from './index/summary';
import type { Agenda, Draft } from './model';
import { parseDraft } from './parse/draft';
import type { ParseCache } from './parse/cache';
import type { RuleSettings } from './rules';

export interface WorkspaceDraft {
  uri: string;
  draft: Draft;
}

/** The agenda a draft uses and the draft it belongs to. */
export interface ProvisionalAgenda extends AgendaSource {
  agenda: Agenda;
  owner: DraftSummary;
}

const PROVISIONAL_AGENDA = /provisional agenda|ordre du jour provisoire|programa provisional/i;
const MODIFIER = /^(?:Rev|Add|Corr|Amend)\.\d+$/;
/** How many components may be dropped from a symbol to find the `…/1` of its series. */
const SERIES_DEPTH = 2;

export class Workspace {
  private readonly full = new Map<string, Draft>();
  private readonly summaries = new Map<string, DraftSummary>();
  private readonly catalogues = new Map<string, CatalogueEntry[]>();
  /** Indexes rebuilt lazily after a change. */
  private bySymbol: Map<string, DraftSummary> | undefined;
  private byCatalogue: Map<string, { uri: string; entry: CatalogueEntry }> | undefined;
  private known: Set<string> | undefined;

  /** Parses and adds (or replaces) a draft kept whole; returns its model. An open document passes its own `cache` (reparsed per edit). */
  set(uri: string, text: string, cache?: ParseCache): Draft {
    const draft = parseDraft(text, { cache });
    this.setDraft(uri, draft);
    return draft;
  }

  /** Adds a parsed draft, kept whole (an open document). */
  setDraft(uri: string, draft: Draft): void {
    this.full.set(uri, draft);
    this.putSummary(summarizeDraft(uri, draft));
  }

  /** Adds a draft that is not open: only its summary is kept. */
  setSummary(summary: DraftSummary): void {
    this.full.delete(summary.uri);
    this.putSummary(summary);
  }

  /** Forgets the whole model of a draft, keeping its summary. */
  release(uri: string): void {
    this.full.delete(uri);
  }

  delete(uri: string): void {
    this.full.delete(uri);
    if (this.summaries.delete(uri)) this.changed();
  }

  /** The whole model of a draft kept whole. */
  get(uri: string): Draft | undefined {
    return this.full.get(uri);
  }

  summary(uri: string): DraftSummary | undefined {
    return this.summaries.get(uri);
  }

  /** Every draft's summary, open or not. */
  allSummaries(): IterableIterator<DraftSummary> {
    return this.summaries.values();
  }

  get size(): number {
    return this.summaries.size;
  }

  /** The drafts kept whole. */
  all(): WorkspaceDraft[] {
    return [...this.full].map(([uri, draft]) => ({ uri, draft }));
  }

  /** The entries of one catalogue file (several may be loaded, one per workspace folder). */
  setCatalogue(uri: string, entries: CatalogueEntry[]): void {
    this.catalogues.set(uri, entries);
    this.changed();
  }

  deleteCatalogue(uri: string): void {
    if (this.catalogues.delete(uri)) this.changed();
  }

  catalogueUris(): string[] {
    return [...this.catalogues.keys()];
  }

  /** The catalogue entry for a symbol key, and the catalogue file it is in. */
  catalogueEntry(key: string): { uri: string; entry: CatalogueEntry } | undefined {
    if (!this.byCatalogue) {
      this.byCatalogue = new Map();
      for (const [uri, entries] of this.catalogues) for (const entry of entries) if (!this.byCatalogue.has(entry.key)) this.byCatalogue.set(entry.key, { uri, entry });
    }
    return this.byCatalogue.get(key);
  }

  catalogueEntries(): IterableIterator<{ uri: string; entry: CatalogueEntry }> {
    this.catalogueEntry('');
    return (this.byCatalogue as Map<string, { uri: string; entry: CatalogueEntry }>).values();
  }

  /** The draft whose masthead carries `key` (the first one read, when two do). */
  findBySymbol(key: string): DraftSummary | undefined {
    if (!this.bySymbol) {
      this.bySymbol = new Map();
      for (const summary of this.summaries.values()) {
        const own = summary.symbol?.key;
        if (own && !this.bySymbol.has(own)) this.bySymbol.set(own, summary);
      }
    }
    return this.bySymbol.get(key);
  }

  isKnownSymbol(key: string): boolean {
    if (!this.known) {
      this.known = new Set();
      for (const entries of this.catalogues.values()) for (const entry of entries) this.known.add(entry.key);
      for (const summary of this.summaries.values()) {
        if (summary.symbol) this.known.add(summary.symbol.key);
        for (const entry of summary.documentation) this.known.add(entry.key);
      }
    }
    return this.known.has(key);
  }

  /**
   * The agenda a draft without its own uses: that of the draft its documentation list cites as
   * the provisional agenda, else that of the `…/1` document of its series.
   */
  provisionalAgenda(summary: DraftSummary): ProvisionalAgenda | undefined {
    const candidates = summary.documentation.filter((entry) => PROVISIONAL_AGENDA.test(entry.title)).map((entry) => entry.key);
    if (summary.symbol) for (const key of seriesAgendas(summary.symbol.key)) candidates.push(key);
    for (const key of candidates) {
      const owner = this.findBySymbol(key);
      if (owner?.agenda && owner.uri !== summary.uri) return { agenda: owner.agenda, owner, description: `the provisional agenda (${owner.symbol?.normalized ?? key})` };
    }
    return undefined;
  }

  /** The uri of the draft whose agenda applies to `summary` (its own or its provisional agenda's). */
  agendaOwner(summary: DraftSummary): string | undefined {
    return summary.agenda ? summary.uri : this.provisionalAgenda(summary)?.owner.uri;
  }

  /** What the checks of a draft need to know of the others. */
  context(uri: string, draft: Draft): CheckContext {
    const summary = this.summaries.get(uri) ?? summarizeDraft(uri, draft);
    const fallbackAgenda = draft.agenda ? undefined : this.provisionalAgenda(summary);
    return {
      isKnownSymbol: (key) => this.isKnownSymbol(key),
      ...(fallbackAgenda ? { fallbackAgenda: { agenda: fallbackAgenda.agenda, ...(fallbackAgenda.description ? { description: fallbackAgenda.description } : {}) } } : {}),
    };
  }

  /** Checks a draft kept whole. */
  check(uri: string, settings: RuleSettings = {}, reportLength?: number): Diagnostic[] {
    const draft = this.full.get(uri);
    return draft ? this.checkDraft(uri, draft, settings, reportLength) : [];
  }

  /** Checks `draft` (at `uri`) against the workspace, whether or not it is kept whole. */
  /** `reportLength`: the word limit of `report-length` (its default when unset). */
  checkDraft(uri: string, draft: Draft, settings: RuleSettings = {}, reportLength?: number): Diagnostic[] {
    const context = this.context(uri, draft);
    return checkDraft(draft, reportLength === undefined ? context : { ...context, reportLength }, settings);
  }

  private putSummary(summary: DraftSummary): void {
    this.summaries.set(summary.uri, summary);
    this.changed();
  }

  private changed(): void {
    this.bySymbol = undefined;
    this.byCatalogue = undefined;
    this.known = undefined;
  }
}

/** `CTOC/COP/WG.4/2020/4/Rev.1` → `CTOC/COP/WG.4/2020/1`, then `CTOC/COP/WG.4/1`, …: the first documents of its series. */
function seriesAgendas(key: string): string[] {
  const parts = key.split('/');
  while (parts.length > 1 && MODIFIER.test(parts[parts.length - 1])) parts.pop();
  const candidates: string[] = [];
  for (let depth = 1; depth <= SERIES_DEPTH && parts.length - depth >= 1; depth++) {
    const candidate = `${parts.slice(0, parts.length - depth).join('/')}/1`;
    if (candidate !== key) candidates.push(candidate);
  }
  return candidates;
}
