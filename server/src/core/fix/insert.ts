// "Insert paragraph after this one": a new numbered paragraph after the one at
// an offset, and the paragraphs after it (and references to them) renumbered.
import type { Draft } from '../model';
import { lineBreakOf, mergeEdits, replace, type TextEdit } from './edits';
import { renumberParagraphs } from './renumber';

export interface InsertResult {
  edits: TextEdit[];
  /** The new paragraph's number. */
  number: number;
  /** Where the new paragraph's text starts, as an offset into the text after the edits. */
  cursor: number;
}

/** The paragraph at `offset`, or the last one that starts before it; -1 when none. */
function paragraphAt(draft: Draft, offset: number): number {
  let found = -1;
  draft.paragraphs.forEach((paragraph, i) => {
    if (paragraph.span.start <= offset) found = i;
  });
  return found;
}

export function insertParagraphAfter(draft: Draft, offset: number): InsertResult | undefined {
  const index = paragraphAt(draft, offset);
  if (index < 0) return undefined;
  const paragraph = draft.paragraphs[index];
  const renumbered = renumberParagraphs(draft, { gapAfter: index });
  // No room for one more number: the new paragraph could not be numbered.
  if (renumbered.refused.length > 0) return undefined;
  let number = 1;
  for (let i = index; i >= 0; i--) {
    const n = renumbered.numbers.get(i);
    if (n !== undefined && draft.paragraphs[i].annex === paragraph.annex) {
      number = n + 1;
      break;
    }
  }
  const eol = lineBreakOf(draft.text);
  const prefix = `${eol}${eol}${number}. `;
  const insertion = replace(paragraph.span.end, paragraph.span.end, prefix);
  const edits = mergeEdits(draft.text, [insertion], renumbered.edits);
  let cursor = paragraph.span.end + prefix.length;
  for (const edit of edits) {
    if (edit !== insertion && edit.span.end <= paragraph.span.end) cursor += edit.newText.length - (edit.span.end - edit.span.start);
  }
  return { edits, number, cursor };
}
