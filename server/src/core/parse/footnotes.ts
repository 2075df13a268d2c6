// Footnotes (format.md, "Footnotes"): a separator line (`__________`, as a PDF or
// a word processor prints it), then one footnote a line, `1 Official Records of
// the General Assembly, …`, wrapped lines continuing it. They are not paragraphs,
// and what they cite (`para. 245`) is in another document.

/** True when the trimmed line is a footnote separator: at least three `_`, `-`, `–` or `—` and nothing else. */
export function isFootnoteSeparator(line: string): boolean {
  if (line.length < 3 || line.length > 200) return false;
  for (let i = 0; i < line.length; i++) {
    const c = line.charCodeAt(i);
    if (c !== 95 && c !== 45 && c !== 0x2013 && c !== 0x2014) return false;
  }
  return true;
}

/**
 * The length of a footnote's label at the start of a trimmed line (`1`, `12`, `*`, `**`),
 * when a space or tab and text follow; 0 otherwise. `2021. It was…` has a full stop, so it is not one.
 */
export function footnoteLabelLength(line: string): number {
  const star = line.charCodeAt(0) === 42;
  let i = 0;
  while (i < line.length && i < 3 && (star ? line.charCodeAt(i) === 42 : line.charCodeAt(i) >= 48 && line.charCodeAt(i) <= 57)) i++;
  if (i === 0 || i >= line.length) return 0;
  const space = line.charCodeAt(i);
  if (space !== 32 && space !== 9 && space !== 0xa0) return 0;
  return i + 1 < line.length ? i : 0;
}
