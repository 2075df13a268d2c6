// Text primitives shared by the parser and the features: line maps and
// conversion between UTF-16 offsets (what the model stores) and LSP positions.
import type { Position, Range } from 'vscode-languageserver-types';

/** A half-open span of UTF-16 offsets into the draft's text. */
export interface Span {
  start: number;
  end: number;
}

/** One physical line: `start`..`end` excludes the line break; `next` is where the following line starts. */
export interface Line {
  index: number;
  start: number;
  end: number;
  next: number;
}

const LF = 10;
const CR = 13;

/**
 * Splits text into lines, accepting LF, CRLF and lone CR line breaks. Linear: the
 * next LF and the next CR are each found once with `indexOf` (a native scan, much
 * faster than a loop over every character on a 10 MB draft).
 */
export function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  forEachLine(text, (start, end, next) => lines.push({ index: lines.length, start, end, next }));
  return lines;
}

/** Calls `each` with every line's start, end (before the break) and next line's start, in order. */
function forEachLine(text: string, each: (start: number, end: number, next: number) => void): void {
  const length = text.length;
  let start = 0;
  let lf = text.indexOf('\n');
  let cr = text.indexOf('\r');
  for (;;) {
    if (lf !== -1 && lf < start) lf = text.indexOf('\n', start);
    if (cr !== -1 && cr < start) cr = text.indexOf('\r', start);
    const i = lf === -1 ? cr : cr === -1 ? lf : Math.min(lf, cr);
    if (i === -1) break;
    const next = i === cr && text.charCodeAt(i + 1) === LF ? i + 2 : i + 1;
    each(start, i, next);
    start = next;
  }
  each(start, length, length);
}

/**
 * The lines of a text as offsets in typed arrays, and conversion of offsets to
 * positions and back by binary search. No object per line: a 10 MB draft has
 * about 56,000 lines, and their objects lived as long as the model.
 */
export class LineMap {
  private readonly starts: Int32Array;
  private readonly ends: Int32Array;
  private readonly nexts: Int32Array;
  readonly lineCount: number;

  /** From the lines of `splitLines`, or from the text itself (without making line objects). */
  constructor(source: readonly Line[] | string) {
    if (typeof source === 'string') {
      const offsets = lineOffsets(source);
      this.lineCount = offsets.count;
      this.starts = offsets.starts;
      this.ends = offsets.ends;
      this.nexts = offsets.nexts;
      return;
    }
    this.lineCount = source.length;
    this.starts = new Int32Array(source.length);
    this.ends = new Int32Array(source.length);
    this.nexts = new Int32Array(source.length);
    source.forEach((line, i) => {
      this.starts[i] = line.start;
      this.ends[i] = line.end;
      this.nexts[i] = line.next;
    });
  }

  /** The line at `index` (clamped to the text's lines), as a new object. */
  line(index: number): Line {
    const i = Math.max(0, Math.min(index, this.lineCount - 1));
    return { index: i, start: this.starts[i], end: this.ends[i], next: this.nexts[i] };
  }

  /** The start of every line, in a new array. */
  lineStarts(): Uint32Array {
    return new Uint32Array(this.starts);
  }

  /** Start of line `index` (in range). */
  lineStart(index: number): number {
    return this.starts[index];
  }

  /** End of line `index` (in range), before its line break. */
  lineEnd(index: number): number {
    return this.ends[index];
  }

  lineAt(offset: number): number {
    let low = 0;
    let high = this.lineCount - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (this.starts[mid] <= offset) low = mid;
      else high = mid - 1;
    }
    return low;
  }

  position(offset: number): Position {
    const line = this.lineAt(offset);
    const start = this.starts[line];
    return { line, character: Math.min(offset, this.ends[line]) - start };
  }

  range(span: Span): Range {
    return { start: this.position(span.start), end: this.position(span.end) };
  }

  offset(position: Position): number {
    if (position.line < 0) return 0;
    if (position.line >= this.lineCount) return this.ends[this.lineCount - 1];
    const start = this.starts[position.line];
    return Math.min(start + Math.max(0, position.character), this.ends[position.line]);
  }
}

function lineOffsets(text: string): { count: number; starts: Int32Array; ends: Int32Array; nexts: Int32Array } {
  let capacity = 1024;
  let starts = new Int32Array(capacity);
  let ends = new Int32Array(capacity);
  let nexts = new Int32Array(capacity);
  let count = 0;
  forEachLine(text, (start, end, next) => {
    if (count === capacity) {
      capacity *= 2;
      starts = grow(starts, capacity);
      ends = grow(ends, capacity);
      nexts = grow(nexts, capacity);
    }
    starts[count] = start;
    ends[count] = end;
    nexts[count] = next;
    count++;
  });
  return { count, starts: starts.slice(0, count), ends: ends.slice(0, count), nexts: nexts.slice(0, count) };
}

function grow(array: Int32Array, capacity: number) {
  const grown = new Int32Array(capacity);
  grown.set(array);
  return grown;
}

/** True for space, tab and the no-break and other Unicode spaces pasted from Word or PDFs. */
export function isSpace(code: number): boolean {
  return (
    code === 32 ||
    code === 9 ||
    code === 0xa0 ||
    code === 0x202f ||
    code === 0x2007 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

/**
 * True for what `/\s/` matches (one UTF-16 code unit; NaN, past the end, is not).
 * Hot loops test char codes: `/\s/.test(text[i])` allocates on every call.
 */
export function isWhiteSpace(code: number): boolean {
  if (code > 32 && code < 127) return false;
  return (
    code === 32 ||
    (code >= 9 && code <= 13) ||
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

/** Counts the leading indentation of a line (a tab counts as four columns). */
export function indentOf(text: string, line: Line): number {
  let columns = 0;
  for (let i = line.start; i < line.end; i++) {
    const c = text.charCodeAt(i);
    if (c === 32 || c === 0xa0) columns += 1;
    else if (c === 9) columns += 4;
    else break;
  }
  return columns;
}

/** Offset of the first non-space character of the line (or its end). */
export function contentStart(text: string, line: Line): number {
  let i = line.start;
  while (i < line.end && isSpace(text.charCodeAt(i))) i++;
  return i;
}

/** Offset just after the last non-space character of the line. */
export function contentEnd(text: string, line: Line): number {
  let i = line.end;
  while (i > line.start && isSpace(text.charCodeAt(i - 1))) i--;
  return i;
}

export function isBlank(text: string, line: Line): boolean {
  return contentStart(text, line) === line.end;
}

/** Collapses runs of white space so that wrapped text reads as one line. */
export function collapseSpace(text: string): string {
  let out = '';
  let pendingSpace = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (isSpace(c) || c === LF || c === CR) {
      pendingSpace = out.length > 0;
    } else {
      if (pendingSpace) out += ' ';
      pendingSpace = false;
      out += text[i];
    }
  }
  return out;
}

/**
 * `text` without the trailing characters that are in `chars`. A linear scan: V8 runs an unanchored
 * `/[…]+$/` from every start position, which is quadratic on a long run of those characters.
 */
export function trimEndOf(text: string, chars: string): string {
  let end = text.length;
  while (end > 0 && chars.includes(text[end - 1])) end--;
  return end === text.length ? text : text.slice(0, end);
}

/** `text` without the leading characters that are in `chars`. */
export function trimStartOf(text: string, chars: string): string {
  let start = 0;
  while (start < text.length && chars.includes(text[start])) start++;
  return start === 0 ? text : text.slice(start);
}
