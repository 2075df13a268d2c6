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

export function cutBlocks(text: string, lineMap: LineMap): { blocks: Block[]; furniture: Furniture[] } {
  const blocks: Block[] = [];
  const furniture: Furniture[] = [];
  let current: Block | undefined;
  let furnitureSeen = false;
  for (let index = 0; index < lineMap.lineCount; index++) {
    const lineStart = lineMap.lineStart(index);
    const lineEnd = lineMap.lineEnd(index);
    // One pass over the leading spaces finds the content and the indentation: spaces and
    // no-break spaces count one column, tabs four, up to the first other character.
    let start = lineStart;
    let indent = 0;
    let counting = true;
    for (; start < lineEnd; start++) {
      const c = text.charCodeAt(start);
      if (c === 32 || c === 0xa0) indent += counting ? 1 : 0;
      else if (c === 9) indent += counting ? 4 : 0;
      else if (isSpace(c)) counting = false;
      else break;
    }
    // A blank line (only spaces) ends the block; no object is made for it.
    if (start === lineEnd) {
      current = undefined;
      continue;
    }
    let end = lineEnd;
    while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
    const content = text.slice(start, end);
    // Furniture is short (`isPageFurniture` rejects more than 40 characters).
    if (end - start <= 40 && isPageFurniture(content)) {
      furniture.push({ span: { start, end }, text: content });
      furnitureSeen = true;
      continue;
    }
    const line: BlockLine = { index, start, end, indent, content };
    if (current) {
      current.lines.push(line);
    } else {
      current = { lines: [line], afterFurniture: furnitureSeen };
      blocks.push(current);
    }
    furnitureSeen = false;
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
