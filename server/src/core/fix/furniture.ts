// Removing page furniture (rules.md, `page-furniture`): the line goes, and a
// paragraph it cut in two (second part in small letters) is joined again.
import type { Draft, Furniture } from '../model';
import type { Line } from '../text';
import { replace, type TextEdit } from './edits';

function isBlank(text: string, line: Line): boolean {
  return text.slice(line.start, line.end).trim() === '';
}

/** The edit that removes one line of page furniture. */
export function removeFurniture(draft: Draft, furniture: Furniture): TextEdit {
  const { text, lineMap } = draft;
  const index = lineMap.lineAt(furniture.span.start);
  const line = lineMap.line(index);
  let before = index - 1;
  while (before >= 0 && isBlank(text, lineMap.line(before))) before--;
  let after = index + 1;
  while (after < lineMap.lineCount && isBlank(text, lineMap.line(after))) after++;
  const hasAfter = after < lineMap.lineCount;
  const next = hasAfter ? lineMap.line(after) : undefined;
  // A paragraph cut in two: its parts become one block again.
  if (before >= 0 && next && /^[a-z]/.test(text.slice(next.start, next.end).trimStart())) {
    const previous = lineMap.line(before);
    return replace(previous.end, next.start, text.slice(previous.end, previous.next));
  }
  const blankBefore = index > 0 && isBlank(text, lineMap.line(index - 1));
  const blankAfter = index + 1 < lineMap.lineCount && isBlank(text, lineMap.line(index + 1));
  // Between blank lines: one blank line stays, so the blocks around stay apart.
  if (blankBefore && blankAfter) return replace(line.start, lineMap.line(index + 1).next, '');
  if (line.next === line.end && index > 0) return replace(lineMap.line(index - 1).end, line.end, '');
  return replace(line.start, line.next, '');
}

/** Removes every line of page furniture. */
export function removeAllFurniture(draft: Draft): TextEdit[] {
  return draft.furniture.map((furniture) => removeFurniture(draft, furniture));
}
