// Cuts a text into blocks: runs of non-blank lines. Page furniture lines are
// set aside (never part of a block) and the block after them remembers it, so
// that a paragraph split by a page break can be joined again.
import type { Furniture } from '../model';
import { contentEnd, contentStart, indentOf, type Line } from '../text';
import { isPageFurniture } from './furniture';

export interface BlockLine {
  line: Line;
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

export function toBlockLine(text: string, line: Line): BlockLine {
  const start = contentStart(text, line);
  const end = Math.max(start, contentEnd(text, line));
  return { line, start, end, indent: indentOf(text, line), content: text.slice(start, end) };
}

export function cutBlocks(text: string, lines: readonly Line[]): { blocks: Block[]; furniture: Furniture[] } {
  const blocks: Block[] = [];
  const furniture: Furniture[] = [];
  let current: Block | undefined;
  let furnitureSeen = false;
  for (const line of lines) {
    const blockLine = toBlockLine(text, line);
    if (blockLine.start === blockLine.end) {
      current = undefined;
      continue;
    }
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
  let previous: BlockLine | undefined;
  for (const line of block.lines) {
    if (previous && line.line.index === previous.line.index + 1) {
      spans[spans.length - 1].end = line.end;
    } else {
      spans.push({ start: line.start, end: line.end });
    }
    previous = line;
  }
  return spans;
}
