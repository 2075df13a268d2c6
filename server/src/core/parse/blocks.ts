// Cuts a text into blocks: runs of non-blank lines. Page furniture lines are
// set aside (never part of a block) and the block after them remembers it, so
// that a paragraph split by a page break can be joined again.
import type { Furniture } from '../model';
import { isSpace, type LineMap } from '../text';
import { isPageFurniture } from './furniture';

export interface BlockLine {
  /** The line's index in the draft. */
  index: number;
  /** Offset of the first non-space character. */
  start: number;
  /** Offset after the last non-space character. */
  end: number;
  indent: number;
  /** The trimmed text. */
  content: string;
}

export interface Block {
  lines: BlockLine[];
  /** True when page furniture came right before this block. */
  afterFurniture: boolean;
}

function toBlockLine(text: string, index: number, lineStart: number, lineEnd: number): BlockLine {
  let start = lineStart;
  while (start < lineEnd && isSpace(text.charCodeAt(start))) start++;
  let end = lineEnd;
  while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
  return { index, start, end, indent: indentOf(text, lineStart, lineEnd), content: text.slice(start, end) };
}

/** Counts the leading indentation of a line (a tab counts as four columns). */
function indentOf(text: string, start: number, end: number): number {
  let columns = 0;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === 32 || c === 0xa0) columns += 1;
    else if (c === 9) columns += 4;
    else break;
  }
  return columns;
}

export function cutBlocks(text: string, lineMap: LineMap): { blocks: Block[]; furniture: Furniture[] } {
  const blocks: Block[] = [];
  const furniture: Furniture[] = [];
  let current: Block | undefined;
  let furnitureSeen = false;
  for (let index = 0; index < lineMap.lineCount; index++) {
    const lineStart = lineMap.lineStart(index);
    const lineEnd = lineMap.lineEnd(index);
    // A blank line (only spaces) ends the block; no object is made for it.
    let first = lineStart;
    while (first < lineEnd && isSpace(text.charCodeAt(first))) first++;
    if (first === lineEnd) {
      current = undefined;
      continue;
    }
    const blockLine = toBlockLine(text, index, lineStart, lineEnd);
    if (isPageFurniture(blockLine.content)) {
      furniture.push({ span: { start: blockLine.start, end: blockLine.end }, text: blockLine.content });
      furnitureSeen = true;
      continue;
    }
    if (!current) {
      current = { lines: [], afterFurniture: furnitureSeen };
      blocks.push(current);
    }
    furnitureSeen = false;
    current.lines.push(blockLine);
  }
  return { blocks, furniture };
}

/** The block's lines split where furniture interrupted them, so that scans never cross a page foot. */
export function blockSpans(block: Block): { start: number; end: number }[] {
  const spans: { start: number; end: number }[] = [];
  forEachBlockSpan(block, (start, end) => spans.push({ start, end }));
  return spans;
}

/** Calls `each` with the start and end of every span of `blockSpans(block)`, in order, making no objects. */
export function forEachBlockSpan(block: Block, each: (start: number, end: number) => void): void {
  const lines = block.lines;
  if (lines.length === 0) return;
  let start = lines[0].start;
  let end = lines[0].end;
  for (let k = 1; k < lines.length; k++) {
    const line = lines[k];
    if (line.index === lines[k - 1].index + 1) {
      end = line.end;
    } else {
      each(start, end);
      start = line.start;
      end = line.end;
    }
  }
  each(start, end);
}
