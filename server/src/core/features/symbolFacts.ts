// What the workspace knows about a document symbol: the draft that carries it
// in its masthead (title, date) and the documentation lists that name it.
import type { DocumentationEntry } from '../model';
import type { Span } from '../text';
import type { Workspace } from '../workspace';
import type { FeatureDocument } from './common';

export interface SymbolFacts {
  /** The well-formed spelling, as known. */
  symbol: string;
  title?: string;
  date?: string;
  /** The workspace draft whose masthead carries the symbol. */
  draft?: { uri: string; span: Span };
  /** Documentation-list entries naming it, the current draft's first. */
  entries: { uri: string; entry: DocumentationEntry }[];
}

const keyOf = (symbol: string) => symbol.replace(/\*+$/, '');

/** The current draft first, then the rest of the workspace (without the current one twice). */
function documents(doc: FeatureDocument, workspace?: Workspace): FeatureDocument[] {
  const others = workspace ? workspace.all().filter((entry) => entry.uri !== doc.uri) : [];
  return [doc, ...others];
}

export function symbolFacts(key: string, doc: FeatureDocument, workspace?: Workspace): SymbolFacts {
  const facts: SymbolFacts = { symbol: key, entries: [] };
  for (const { uri, draft } of documents(doc, workspace)) {
    const own = draft.masthead?.symbol;
    if (own && own.parsed.key === key && !facts.draft) {
      facts.draft = { uri, span: own.span };
      facts.symbol = own.parsed.normalized;
      if (draft.title) facts.title = draft.title.text;
      if (draft.masthead?.date) facts.date = draft.masthead.date;
    }
    for (const entry of draft.documentation) if (keyOf(entry.symbol) === key) facts.entries.push({ uri, entry });
  }
  if (!facts.title && facts.entries.length > 0) facts.title = facts.entries[0].entry.title;
  return facts;
}

/** Every symbol the workspace knows (mastheads and documentation lists), with a title where one is given. */
export function knownSymbols(doc: FeatureDocument, workspace?: Workspace): Map<string, string | undefined> {
  const known = new Map<string, string | undefined>();
  for (const { draft } of documents(doc, workspace)) {
    const own = draft.masthead?.symbol;
    if (own && own.parsed.problems.length === 0) known.set(own.parsed.key, draft.title?.text ?? known.get(own.parsed.key));
    for (const entry of draft.documentation) {
      const key = keyOf(entry.symbol);
      if (!known.get(key)) known.set(key, entry.title);
    }
  }
  return known;
}
