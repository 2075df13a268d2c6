import type { Span } from '../text';

/** The blocks of non-blank lines of text[start, end). */
export function textBlocks(text: string, start: number, end: number): Span[] {
  const spans: Span[] = [];
  let blockStart = -1;
  let lastContent = -1;
  let lineStart = start;
  for (let i = start; i <= end; i++) {
    const atLineEnd = i === end || text[i] === '\n';
    if (!atLineEnd) continue;
    const line = text.slice(lineStart, i);
    if (line.trim() === '') {
      if (blockStart >= 0) spans.push({ start: blockStart, end: lastContent });
      blockStart = -1;
    } else {
      if (blockStart < 0) blockStart = lineStart + (line.length - line.trimStart().length);
      lastContent = lineStart + line.trimEnd().length;
    }
    lineStart = i + 1;
  }
  if (blockStart >= 0) spans.push({ start: blockStart, end: lastContent });
  return spans;
}
