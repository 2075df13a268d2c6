// Workspace symbols (Ctrl+T): every draft's symbol and title, and every
// heading, found by a fragment of the symbol (`WG.4/2020/4`, `2020/4`) or by
// words of a title or heading, in any order and case.
import type { SymbolInformation } from 'vscode-languageserver-types';
import { summaryRange, type DraftSummary } from '../index/summary';
import type { Workspace } from '../workspace';
import { fileName } from './common';
import { SYMBOL_KIND } from './lsp';

/** How many symbols one answer holds at most. */
export const MAX_WORKSPACE_SYMBOLS = 1000;

interface Scored {
  score: number;
  symbol: SymbolInformation;
}

const compact = (text: string) => text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');

/** A rank for `name` against the query words (lower is better), or -1 when it does not match. */
function rank(name: string, words: string[]): number {
  if (words.length === 0) return 2;
  const lower = name.toLowerCase();
  const squeezed = compact(name);
  const hit = (word: string) => lower.includes(word) || (compact(word) !== '' && squeezed.includes(compact(word)));
  if (!words.every(hit)) return -1;
  if (words.length === 1 && lower === words[0]) return 0;
  return words.length === 1 && lower.startsWith(words[0]) ? 1 : 2;
}

export function workspaceSymbols(query: string, workspace: Workspace, limit = MAX_WORKSPACE_SYMBOLS): SymbolInformation[] {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  const found: Scored[] = [];
  /** Adds a symbol whose name ranked `score` (-1: no match), after the entries of better kinds (`offset`). */
  const add = (score: number, symbol: SymbolInformation, offset = 0) => {
    if (score >= 0) found.push({ score: score + offset, symbol });
  };
  for (const summary of workspace.allSummaries()) {
    const container = summary.symbol?.normalized ?? fileName(summary.uri);
    if (summary.symbol) {
      const location = { uri: summary.uri, range: summaryRange(summary, summary.symbol.span) };
      add(rank(summary.symbol.normalized, words), { name: summary.symbol.normalized, kind: SYMBOL_KIND.File, location, ...(summary.title ? { containerName: summary.title } : {}) });
      if (summary.title) add(rank(summary.title, words), { name: summary.title, kind: SYMBOL_KIND.String, location, containerName: container }, 3);
    }
    for (const heading of summary.headings) addHeading(summary, heading, container, words, add);
  }
  found.sort((a, b) => a.score - b.score || a.symbol.name.localeCompare(b.symbol.name));
  return found.slice(0, limit).map((entry) => entry.symbol);
}

function addHeading(summary: DraftSummary, heading: DraftSummary['headings'][number], container: string, words: string[], add: (score: number, symbol: SymbolInformation, offset?: number) => void): void {
  const kind = heading.kind === 'annex' ? SYMBOL_KIND.Module : heading.kind === 'chapter' ? SYMBOL_KIND.Namespace : SYMBOL_KIND.Package;
  add(rank(heading.name, words), { name: heading.name, kind, location: { uri: summary.uri, range: summaryRange(summary, heading.span) }, containerName: container }, 6);
}
