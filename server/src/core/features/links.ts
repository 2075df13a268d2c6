// Document links: each well-formed document symbol opens its public page,
// `${base}${symbol}` (https://undocs.org/ by default; only https bases are used).
import type { DocumentLink } from 'vscode-languageserver-types';
import type { Draft } from '../model';
import { describeSymbol, type ParsedSymbol } from '../symbols';
import type { Span } from '../text';

export const DEFAULT_LINK_BASE = 'https://undocs.org/';

/** Characters that end a Markdown link's destination or start another link: a base holding one is refused. */
const MARKDOWN_IN_LINK = /[\s()[\]<>\\`"']/;

/**
 * A `documentLinkBase` from untrusted settings, normalised (`https://undocs.org` → `https://undocs.org/`),
 * or undefined when it is not an https URL, carries credentials, or holds what Markdown would read.
 */
export function parseLinkBase(value: unknown): string | undefined {
  if (typeof value !== 'string' || value.length > 2000 || !value.toLowerCase().startsWith('https://')) return undefined;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return undefined;
  }
  if (url.protocol !== 'https:' || url.username !== '' || url.password !== '' || url.hostname === '') return undefined;
  return MARKDOWN_IN_LINK.test(url.href) ? undefined : url.href;
}

/** The base to use: the setting when `parseLinkBase` accepts it, else the default. */
export function linkBaseOf(base: unknown): string {
  return parseLinkBase(base) ?? DEFAULT_LINK_BASE;
}

/** The page of a well-formed symbol, or undefined for a malformed one. */
export function symbolLink(parsed: ParsedSymbol, base: string = DEFAULT_LINK_BASE): string | undefined {
  if (parsed.problems.length > 0 || parsed.key === '') return undefined;
  try {
    return `${linkBaseOf(base)}${encodeURI(parsed.key)}`;
  } catch {
    // A lone surrogate (half of a character, pasted from a broken file) has no URL form.
    return undefined;
  }
}

export function documentLinks(draft: Draft, base: string = DEFAULT_LINK_BASE): DocumentLink[] {
  const symbols: { span: Span; parsed: ParsedSymbol }[] = [];
  if (draft.masthead?.symbol) symbols.push(draft.masthead.symbol);
  for (const reference of draft.references) if (reference.kind === 'symbol') symbols.push(reference);
  const links: DocumentLink[] = [];
  for (const { span, parsed } of symbols) {
    const target = symbolLink(parsed, base);
    if (target) links.push({ range: draft.lineMap.range(span), target, tooltip: describeSymbol(parsed.normalized) });
  }
  return links;
}
