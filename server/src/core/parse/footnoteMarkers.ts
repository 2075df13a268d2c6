// Footnote markers left in the text by a PDF or a paste (format.md, "Footnotes"):
// the superscript number becomes a plain one right after a word or a punctuation
// mark (`session,1`, `report.2`, `above.4`). At the end of a line it must not hide
// the final punctuation that tells a paragraph from a heading, or a sentence's end.

const CLOSERS = '"”’)]';

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

function isLowerLetter(c: number): boolean {
  return (c >= 97 && c <= 122) || c >= 0xdf;
}

/**
 * Where a footnote marker at the end of `text` (before `end`) starts, or `end` when there is
 * none: one to three digits right after `,`, `;`, `:`, a closing quote or bracket, a `.`
 * that follows no digit (`report.2`, not `3.1`), or a word of at least three small letters
 * (`Convention1`, not `G20` or `COVID-19`).
 */
export function markerStart(text: string, end: number): number {
  let at = end;
  while (at > 0 && end - at < 3 && isDigit(text.charCodeAt(at - 1))) at--;
  if (at === end || at === 0 || isDigit(text.charCodeAt(at - 1))) return end;
  const before = text.charCodeAt(at - 1);
  if (before === 44 || before === 59 || before === 58 || CLOSERS.includes(text[at - 1])) return at;
  if (before === 46) return at >= 2 && !isDigit(text.charCodeAt(at - 2)) ? at : end;
  const word = at >= 3 && isLowerLetter(before) && isLowerLetter(text.charCodeAt(at - 2)) && isLowerLetter(text.charCodeAt(at - 3));
  return word ? at : end;
}

/** The line without a final footnote marker. */
export function withoutMarker(line: string): string {
  const at = markerStart(line, line.length);
  return at === line.length ? line : line.slice(0, at);
}

/** True when the line ends with a full stop, also inside closing quotes or brackets and before a footnote marker. */
export function endsWithFullStop(line: string): boolean {
  const text = withoutMarker(line);
  let end = text.length;
  while (end > 0 && CLOSERS.includes(text[end - 1])) end--;
  return end > 0 && text.charCodeAt(end - 1) === 46;
}
