// Gives an unnumbered paragraph the number its place implies, when exactly one
// number is free around it: `6.`, an unnumbered block, `8.` makes the block 7.
// References to 7 then reach it instead of being reported as missing.
import type { Draft, Paragraph } from '../model';

export function inferImpliedNumbers(draft: Draft): void {
  const paragraphs = draft.paragraphs;
  for (let i = 0; i < paragraphs.length; i++) {
    const paragraph = paragraphs[i];
    if (paragraph.number !== undefined || paragraph.exempt || !isAlone(paragraphs, i)) continue;
    const before = neighbour(paragraphs, i, -1);
    const after = neighbour(paragraphs, i, 1);
    const previous = before?.number ?? 0;
    if (after?.number !== undefined && after.number === previous + 2) {
      paragraph.impliedNumber = previous + 1;
    }
  }
}

/** The nearest paragraph in the given direction within the same annex (or body). */
function neighbour(paragraphs: Paragraph[], i: number, step: 1 | -1): Paragraph | undefined {
  for (let j = i + step; j >= 0 && j < paragraphs.length; j += step) {
    if (paragraphs[j].annex !== paragraphs[i].annex) return undefined;
    if (paragraphs[j].number !== undefined) return paragraphs[j];
  }
  return undefined;
}

/** True when no other unnumbered paragraph sits between the same two numbered ones. */
function isAlone(paragraphs: Paragraph[], i: number): boolean {
  const unnumbered = (p: Paragraph | undefined) => p !== undefined && p.annex === paragraphs[i].annex && p.number === undefined && !p.exempt;
  return !unnumbered(paragraphs[i - 1]) && !unnumbered(paragraphs[i + 1]);
}
