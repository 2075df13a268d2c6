// What the workspace knows about a document symbol: the draft that carries it
// in its masthead (title, date, distribution), the documentation lists that
// name it, and the document catalogue.
import type { Range } from 'vscode-languageserver-types';
import type { CatalogueEntry } from '../catalogue';
import type { Workspace } from '../workspace';
import { rangesOf, summariesAround, type FeatureDocument } from './common';

export interface SymbolFacts {
  /** The well-formed spelling, as known. */
  symbol: string;
  title?: string;
  date?: string;
  distribution?: string;
  /** The workspace draft whose masthead carries the symbol. */
  draft?: { uri: string; range: Range };
  /** Documentation-list entries naming it, the current draft's first. */
  entries: { uri: string; title: string; range: Range }[];
  /** The catalogue entry and the catalogue's uri. */
  catalogue?: { uri: string; entry: CatalogueEntry };
}

export function symbolFacts(key: string, doc: FeatureDocument, workspace?: Workspace): SymbolFacts {
  const facts: SymbolFacts = { symbol: key, entries: [] };
  const owner = workspace?.findBySymbol(key);
  for (const summary of summariesAround(doc, workspace)) {
    const own = summary.symbol;
    const isOwner = own?.key === key && (summary.uri === doc.uri || summary === owner || !owner);
    if (own && isOwner && !facts.draft) {
      facts.draft = { uri: summary.uri, range: rangesOf(doc, summary)(own.span) };
      facts.symbol = own.normalized;
      if (summary.title) facts.title = summary.title;
      if (summary.date) facts.date = summary.date;
      if (summary.distribution) facts.distribution = summary.distribution;
    }
    for (const entry of summary.documentation) {
      if (entry.key === key) facts.entries.push({ uri: summary.uri, title: entry.title, range: rangesOf(doc, summary)(entry.span) });
    }
  }
  const listed = workspace?.catalogueEntry(key);
  if (listed) {
    facts.catalogue = listed;
    if (!facts.draft) {
      facts.symbol = listed.entry.symbol;
      if (listed.entry.title) facts.title = listed.entry.title;
      if (listed.entry.date) facts.date = listed.entry.date;
    }
  }
  if (!facts.title && facts.entries.length > 0) facts.title = facts.entries[0].title;
  return facts;
}

/** Every symbol the workspace knows (mastheads, documentation lists, catalogue), with a title where one is given. */
export function knownSymbols(doc: FeatureDocument, workspace?: Workspace): Map<string, string | undefined> {
  const known = new Map<string, string | undefined>();
  for (const summary of summariesAround(doc, workspace)) {
    const own = summary.symbol;
    if (own?.wellFormed) known.set(own.key, summary.title ?? known.get(own.key));
    for (const entry of summary.documentation) if (!known.get(entry.key)) known.set(entry.key, entry.title);
  }
  if (workspace) for (const { entry } of workspace.catalogueEntries()) if (!known.get(entry.key)) known.set(entry.key, entry.title || undefined);
  return known;
}
