// The masthead: the lines before the first blank line (symbol, distribution,
// date, original language; French and Spanish mastheads add the version's language).
import type { Language, Masthead, MastheadLine } from '../model';
import { looksLikeSymbolStart, parseSymbol } from '../symbols';
import { trimEndOf, type Span } from '../text';
import { monthValue } from './numerals';

const LANGUAGE_NAMES = new Set([
  'english', 'français', 'francais', 'español', 'espanol', 'french', 'spanish',
  'arabic', 'chinese', 'russian', 'anglais', 'inglés', 'árabe', 'chinois', 'russe',
]);

/** True when the trimmed line reads as a date: `28 September 2020`, `30 de septiembre de 2021`. */
export function readsAsDate(line: string): boolean {
  const words = line.split(/\s+/);
  if (words.length < 2 || words.length > 6) return false;
  return words.some((word) => monthValue(word) > 0) && /^\d{1,2}(er)?$/.test(words[0]);
}

function hasDigit(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) return true;
  }
  return false;
}

/** True when the trimmed line is a document symbol and nothing else. */
export function isSymbolLine(line: string): boolean {
  return looksLikeSymbolStart(line) && hasDigit(line) && !/\s/.test(line.replace(/ \(\d{4}\)$/, ''));
}

export function classifyMastheadLine(line: string): MastheadLine['kind'] {
  const lower = line.toLowerCase();
  if (isSymbolLine(line)) return 'symbol';
  if (lower.startsWith('distr')) return 'distribution';
  if (lower.startsWith('original') || / only$| seulement$|^solo en /.test(lower)) return 'original';
  if (readsAsDate(line)) return 'date';
  if (LANGUAGE_NAMES.has(lower)) return 'language';
  return 'other';
}

function languageOf(lines: MastheadLine[]): Language {
  for (const line of lines) {
    const lower = line.text.toLowerCase();
    if (lower.startsWith('distr. générale') || lower.startsWith('original :') || lower === 'français') return 'fr';
    if (lower.startsWith('distr. general') || lower === 'español' || lower.includes('inglés')) return 'es';
  }
  return 'en';
}

/** Builds the masthead from its trimmed lines, or returns undefined when the block is not a masthead. */
export function parseMasthead(lines: { text: string; span: Span }[]): Masthead | undefined {
  const classified: MastheadLine[] = lines.map((line) => ({ ...line, kind: classifyMastheadLine(line.text) }));
  if (!classified.some((line) => line.kind !== 'other')) return undefined;
  const masthead: Masthead = {
    span: { start: lines[0].span.start, end: lines[lines.length - 1].span.end },
    lines: classified,
    language: languageOf(classified),
  };
  for (const line of classified) {
    if (line.kind === 'symbol' && !masthead.symbol) {
      const text = trimEndOf(line.text, '*');
      masthead.symbol = { text, span: { start: line.span.start, end: line.span.start + text.length }, parsed: parseSymbol(text) };
    } else if (line.kind === 'distribution') {
      masthead.distribution = line.text;
      const dateStart = line.text.search(/\d{1,2}(er)? /);
      if (!masthead.date && dateStart > 0 && readsAsDate(line.text.slice(dateStart))) masthead.date = line.text.slice(dateStart);
    } else if (line.kind === 'date' && !masthead.date) {
      masthead.date = line.text;
    } else if (line.kind === 'original') {
      masthead.original = line.text;
    }
  }
  return masthead;
}
