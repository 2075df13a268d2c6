// Removing page furniture (rules.md, `page-furniture`): the line goes, and a
// paragraph it cut in two is joined again. Whether it cut one is the parser's
// reading (`Furniture.joins`, parse/cuts.ts), so the joined text parses as the
// same paragraph and no fix ever numbers its second part.
import type { Draft, Furniture } from '../model';
import type { Line, LineMap } from '../text';
import { mergeEdits, replace, type TextEdit } from './edits';

function isBlank(text: string, line: Line): boolean {
  return text.slice(line.start, line.end).trim() === '';
}

/** The indexes of the lines the parser read as page furniture (a running head is one only in its draft). */
export function furnitureLines(draft: Draft): Set<number> {
  return new Set(draft.furniture.map((f) => draft.lineMap.lineAt(f.span.start)));
}

/** True when a line is blank or page furniture: what lies between the parts of a cut paragraph. */
function isGap(text: string, line: Line, index: number, furniture: Set<number>): boolean {
  return furniture.has(index) || isBlank(text, line);
}

/** The edit that removes one line of page furniture (`lines`: `furnitureLines(draft)`, when it is at hand). */
export function removeFurniture(draft: Draft, furniture: Furniture, lines = furnitureLines(draft)): TextEdit {
  const { text, lineMap } = draft;
  const index = lineMap.lineAt(furniture.span.start);
  if (furniture.joins) return joinAcross(text, lineMap, index, lines);
  const line = lineMap.line(index);
  const blankBefore = index > 0 && isBlank(text, lineMap.line(index - 1));
  const blankAfter = index + 1 < lineMap.lineCount && isBlank(text, lineMap.line(index + 1));
  // Between blank lines: one blank line stays, so the blocks around stay apart.
  if (blankBefore && blankAfter) return replace(line.start, lineMap.line(index + 1).next, '');
  if (line.next === line.end && index > 0) return replace(lineMap.line(index - 1).end, line.end, '');
  return replace(line.start, line.next, '');
}

/**
 * Joins the parts of a paragraph cut at line `index`: everything from the end of the part
 * before to the start of the part after (blank lines, every line of furniture between)
 * becomes one line break. Every line of furniture of one cut gives the same edit.
 */
function joinAcross(text: string, lineMap: LineMap, index: number, furniture: Set<number>): TextEdit {
  let before = index - 1;
  while (before >= 0 && isGap(text, lineMap.line(before), before, furniture)) before--;
  let after = index + 1;
  while (after < lineMap.lineCount && isGap(text, lineMap.line(after), after, furniture)) after++;
  const line = lineMap.line(index);
  if (before < 0 || after >= lineMap.lineCount) return replace(line.start, line.next, '');
  const previous = lineMap.line(before);
  return replace(previous.end, lineMap.line(after).start, text.slice(previous.end, previous.next));
}

/** Removes every line of page furniture (the lines of one cut share one edit). */
export function removeAllFurniture(draft: Draft): TextEdit[] {
  const lines = furnitureLines(draft);
  return mergeEdits(draft.text, draft.furniture.map((furniture) => removeFurniture(draft, furniture, lines)));
}
