// Drafts checked together: what one draft may know of the others. A symbol is
// known when a draft has it in its masthead or a documentation list names it;
// a draft without an agenda uses the agenda of its provisional agenda.
import { checkDraft, type AgendaSource, type CheckContext } from './checks';
import type { Diagnostic } from './diagnostics';
import type { Draft } from './model';
import { parseDraft } from './parse/draft';
import type { ParseCache } from './parse/cache';
import type { RuleSettings } from './rules';

export interface WorkspaceDraft {
  uri: string;
  draft: Draft;
}

const PROVISIONAL_AGENDA = /provisional agenda|ordre du jour provisoire|programa provisional/i;

export class Workspace {
  private readonly drafts = new Map<string, Draft>();
  private readonly catalogue = new Set<string>();
  /** Every known symbol key; rebuilt lazily after a change. */
  private known: Set<string> | undefined;

  /** Adds or replaces a draft; returns its model. An open document passes its own `cache` (reparsed per edit). */
  set(uri: string, text: string, cache?: ParseCache): Draft {
    const draft = parseDraft(text, { cache });
    this.drafts.set(uri, draft);
    this.known = undefined;
    return draft;
  }

  delete(uri: string): void {
    this.drafts.delete(uri);
    this.known = undefined;
  }

  get(uri: string): Draft | undefined {
    return this.drafts.get(uri);
  }

  all(): WorkspaceDraft[] {
    return [...this.drafts].map(([uri, draft]) => ({ uri, draft }));
  }

  /** Symbols from a document catalogue (documents that are not drafts here). */
  setCatalogue(symbols: Iterable<string>): void {
    this.catalogue.clear();
    for (const symbol of symbols) this.catalogue.add(symbol.replace(/\*+$/, ''));
    this.known = undefined;
  }

  /** The draft whose masthead carries `key`. */
  findBySymbol(key: string): WorkspaceDraft | undefined {
    for (const [uri, draft] of this.drafts) if (draft.masthead?.symbol?.parsed.key === key) return { uri, draft };
    return undefined;
  }

  isKnownSymbol(key: string): boolean {
    if (!this.known) {
      this.known = new Set(this.catalogue);
      for (const draft of this.drafts.values()) {
        if (draft.masthead?.symbol) this.known.add(draft.masthead.symbol.parsed.key);
        for (const entry of draft.documentation) this.known.add(entry.symbol.replace(/\*+$/, ''));
      }
    }
    return this.known.has(key);
  }

  /** The agenda a draft without its own uses: that of the provisional agenda its documentation list cites, else the `…/1` of its series. */
  provisionalAgenda(draft: Draft): AgendaSource | undefined {
    const cited = draft.documentation.find((entry) => PROVISIONAL_AGENDA.test(entry.title));
    const candidates = cited ? [cited.symbol] : [];
    const own = draft.masthead?.symbol?.parsed.key;
    if (own && own.includes('/')) candidates.push(`${own.slice(0, own.lastIndexOf('/'))}/1`);
    for (const symbol of candidates) {
      const found = this.findBySymbol(symbol.replace(/\*+$/, ''));
      if (found?.draft.agenda && found.draft !== draft) return { agenda: found.draft.agenda, description: `the provisional agenda (${symbol})` };
    }
    return undefined;
  }

  context(draft: Draft): CheckContext {
    const fallbackAgenda = draft.agenda ? undefined : this.provisionalAgenda(draft);
    return { isKnownSymbol: (key) => this.isKnownSymbol(key), ...(fallbackAgenda ? { fallbackAgenda } : {}) };
  }

  check(uri: string, settings: RuleSettings = {}): Diagnostic[] {
    const draft = this.drafts.get(uri);
    return draft ? checkDraft(draft, this.context(draft), settings) : [];
  }
}
