// Footnote marks left in the text (format.md, "Footnotes"; the notes themselves: footnotes.ts).
// A mark is superscript (`…persons.¹`,
// `…States.*`, as `rapporteur import` writes it) or, in text pasted from a PDF, a plain
// number right after a word or a punctuation mark (`session,1`, `report.2`, `above.4`).
// At the end of a line a mark must not hide the final punctuation that tells a
// paragraph from a heading, or a sentence's end.

const CLOSERS = '"”’)]';

/** Superscript digits and the star: marks wherever they stand. */
const SUPERSCRIPT_MARKS = '*¹²³⁰⁴⁵⁶⁷⁸⁹';

/** A superscript digit (`¹`, `²`, `³`, `⁰`, `⁴`–`⁹`), as a footnote mark is written. */
export function isSuperscriptDigit(c: number): boolean {
  return c === 0xb9 || c === 0xb2 || c === 0xb3 || c === 0x2070 || (c >= 0x2074 && c <= 0x2079);
}

/** How far back a plain mark after `.` looks for a `/`: `…/Rev.1` ends a symbol, not a sentence. */
const SYMBOL_REACH = 40;

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

function isLowerLetter(c: number): boolean {
  return (c >= 97 && c <= 122) || c >= 0xdf;
}

/** True when the word that ends at `end` (back to a space, at most SYMBOL_REACH characters) has a `/`. */
function inSymbol(text: string, end: number): boolean {
  for (let at = end - 1; at >= 0 && at >= end - SYMBOL_REACH; at--) {
    const c = text.charCodeAt(at);
    if (c === 47) return true;
    if (c === 32 || c === 9 || c === 0xa0) return false;
  }
  return false;
}

/** Where a plain mark (one to three digits) ending at `end` starts, or `end` when there is none. */
function plainMarkStart(text: string, end: number): number {
  let at = end;
  while (at > 0 && end - at < 3 && isDigit(text.charCodeAt(at - 1))) at--;
  if (at === end || at === 0 || isDigit(text.charCodeAt(at - 1))) return end;
  const before = text.charCodeAt(at - 1);
  if (before === 44 || before === 59 || before === 58 || CLOSERS.includes(text[at - 1])) return at;
  if (before === 46) {
    // `report.2` and `(A/77/17).1`, not `3.1`, `CP.17` or `A/C.3/78/L.22/Rev.1`.
    const word = at >= 2 ? text.charCodeAt(at - 2) : 0;
    if (CLOSERS.includes(text[at - 2] ?? '')) return at;
    return isLowerLetter(word) && !inSymbol(text, at - 1) ? at : end;
  }
  const word = at >= 3 && isLowerLetter(before) && isLowerLetter(text.charCodeAt(at - 2)) && isLowerLetter(text.charCodeAt(at - 3));
  return word ? at : end;
}

/**
 * Where a footnote mark at the end of `text` (before `end`) starts, or `end` when there is
 * none: up to three superscript digits or stars; or one to three plain digits right after
 * `,`, `;`, `:`, a closing quote or bracket, a `.` after a small letter or a closing bracket
 * (`report.2`, not `3.1` or `…/Rev.1`), or a word of at least three small letters
 * (`Convention1`, not `G20` or `COVID-19`).
 */
export function markerStart(text: string, end: number): number {
  let at = end;
  while (at > 0 && end - at < 3 && SUPERSCRIPT_MARKS.includes(text[at - 1])) at--;
  return at < end ? at : plainMarkStart(text, end);
}

/** The line without a final footnote mark. */
export function withoutMarker(line: string): string {
  const at = markerStart(line, line.length);
  return at === line.length ? line : line.slice(0, at);
}

/** The end of `line` without a final footnote mark and closing quotes or brackets (`…matters."¹`). */
function contentEnd(line: string): number {
  let end = markerStart(line, line.length);
  while (end > 0 && CLOSERS.includes(line[end - 1])) end--;
  return end;
}

/** True when the line ends with one of `marks`, also inside closing quotes or brackets and before a footnote mark. */
export function endsWithOneOf(line: string, marks: string): boolean {
  const end = contentEnd(line);
  return end > 0 && marks.includes(line[end - 1]);
}

/** True when the line ends with a full stop, also inside closing quotes or brackets and before a footnote mark. */
export function endsWithFullStop(line: string): boolean {
  return endsWithOneOf(line, '.');
}
