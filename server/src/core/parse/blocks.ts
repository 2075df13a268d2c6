// Cuts a text into blocks: runs of non-blank lines. Page furniture lines are
// set aside (never part of a block) and the block after them remembers them, so
// that a paragraph split by a page break can be joined again. Blocks are cut one
// at a time, as the walker asks for them: their lines are garbage once walked,
// and only their spans (for the reference scan) are kept, as offsets.
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
  /** The index in `furniture` of the first line of the furniture right before this block. */
  furnitureFrom: number;
}

/**
 * Blocks already walked, reduced to their spans (those `forEachBlockSpan` gives):
 * `count` spans, start and end offsets in turn in `spans`, from span `first`.
 */
export interface SpanRun {
  spans: Int32Array;
  first: number;
  count: number;
}

/** Calls `each` with the start and end of every span of the run, in order. */
export function forEachSpan(run: SpanRun, each: (start: number, end: number) => void): void {
  const last = run.first + run.count;
  for (let k = run.first; k < last; k++) each(run.spans[2 * k], run.spans[2 * k + 1]);
}

/**
 * Cuts the text into blocks one at a time (`next`), and keeps the spans of every
 * block it returned (`spansFrom`). Cutting them all first kept every line's object
 * alive to the end of the parse: a 10 MB draft has 35,000 of them, and the garbage
 * collector copied them twice over (ARCHITECTURE.md, "Performance").
 */
export class BlockCutter {
  /** Page furniture, in order, as it is met. */
  readonly furniture: Furniture[] = [];
  private spans = new Int32Array(1024);
  private spanCount = 0;
  private index = 0;
  private furnitureSeen = false;
  /** Where the run of furniture since the last line of text starts in `furniture`. */
  private furnitureFrom = 0;
  /** A block cut ahead by `peek`, or null when none is. */
  private peeked: Block | undefined | null = null;
  /** The report's own symbol, once the masthead is read: a line of it alone is a running head. */
  runningHead: string | undefined;

  constructor(
    private readonly text: string,
    private readonly lineMap: LineMap,
  ) {}

  /** Spans of the blocks returned so far. */
  get spansCut(): number {
    return this.spanCount;
  }

  /** The next block, or undefined at the end of the text. */
  next(): Block | undefined {
    const peeked = this.peeked;
    if (peeked === null) return this.cutNext();
    this.peeked = null;
    return peeked;
  }

  /** The block `next` will return, cut ahead (its spans are kept: it is the next one walked). */
  peek(): Block | undefined {
    if (this.peeked === null) this.peeked = this.cutNext();
    return this.peeked;
  }

  /** Marks the furniture lines right before `block` as cutting a paragraph in two (the walker joined it). */
  joinAcross(block: Block): void {
    const start = block.lines[0].start;
    for (let k = block.furnitureFrom; k < this.furniture.length && this.furniture[k].span.start < start; k++) this.furniture[k].joins = true;
  }

  private cutNext(): Block | undefined {
    const text = this.text;
    const lineMap = this.lineMap;
    let current: Block | undefined;
    for (; this.index < lineMap.lineCount; this.index++) {
      const index = this.index;
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
        if (!current) continue;
        this.index++;
        return this.cut(current);
      }
      let end = lineEnd;
      while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
      const content = text.slice(start, end);
      // Furniture is short (`isPageFurniture` rejects more than 40 characters).
      if ((end - start <= 40 && isPageFurniture(content)) || content === this.runningHead) {
        if (!this.furnitureSeen) this.furnitureFrom = this.furniture.length;
        this.furniture.push({ span: { start, end }, text: content, joins: false });
        this.furnitureSeen = true;
        continue;
      }
      const line: BlockLine = { index, start, end, indent, content };
      if (current) {
        // Furniture between two lines of one block cuts it: removing it joins them.
        if (this.furnitureSeen) for (let k = this.furnitureFrom; k < this.furniture.length; k++) this.furniture[k].joins = true;
        current.lines.push(line);
      } else {
        current = { lines: [line], afterFurniture: this.furnitureSeen, furnitureFrom: this.furnitureFrom };
      }
      this.furnitureSeen = false;
    }
    return current ? this.cut(current) : undefined;
  }

  /** The spans of the blocks returned after the first `from` spans, as one `SpanRun`. */
  spansFrom(from: number): SpanRun {
    return { spans: this.spans, first: from, count: this.spanCount - from };
  }

  private cut(block: Block): Block {
    forEachBlockSpan(block, this.keepSpan);
    return block;
  }

  private readonly keepSpan = (start: number, end: number): void => this.keep(start, end);

  private keep(start: number, end: number): void {
    if (2 * this.spanCount + 2 > this.spans.length) {
      const grown = new Int32Array(this.spans.length * 2);
      grown.set(this.spans);
      this.spans = grown;
    }
    this.spans[2 * this.spanCount] = start;
    this.spans[2 * this.spanCount + 1] = end;
    this.spanCount++;
  }
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

