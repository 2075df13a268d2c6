// The documentation list: list items that end with a parenthesized symbol,
// `(b) Background paper … entitled "…" (CTOC/COP/WG.4/2020/2);`. Each gives a
// title for its symbol.
import type { DocumentationEntry, ListItem, SymbolReference } from '../model';
import { collapseSpace } from '../text';
import { readQuoted } from './references';

/** True when only `)` and closing punctuation (or `; and`) follow `from` up to `end`. */
function closesItem(text: string, from: number, end: number): boolean {
  if (text[from] !== ')') return false;
  const tail = text.slice(from + 1, Math.min(end, from + 12)).trim();
  return /^([.;,]|; and|; or)?$/.test(tail) && end - from < 12;
}

export function findDocumentationEntries(text: string, items: ListItem[], symbols: SymbolReference[]): DocumentationEntry[] {
  const entries: DocumentationEntry[] = [];
  let s = 0;
  for (let at = 0; at < items.length; at++) {
    const item = items[at];
    while (s < symbols.length && symbols[s].span.start < item.textSpan.start) s++;
    let last: SymbolReference | undefined;
    let k = s;
    while (k < symbols.length && symbols[k].span.end <= item.textSpan.end) last = symbols[k++];
    if (!last || text[last.span.start - 1] !== '(' || !closesItem(text, last.span.end, item.textSpan.end)) continue;
    const raw = text.slice(item.textSpan.start, last.span.start - 1);
    const description = collapseSpace(raw).trim();
    const entitled = /\b(entitled|intitulé|titulado)(?=\s)/.exec(raw);
    const quoted = entitled ? readQuoted(text, item.textSpan.start + entitled.index + entitled[0].length) : undefined;
    entries.push({
      symbol: last.parsed.normalized,
      symbolSpan: last.span,
      title: quoted ? collapseSpace(quoted.text) : description,
      description,
      span: item.span,
    });
  }
  return entries;
}
