// Reuses per-block analysis when a draft is parsed again after an edit. The
// reference scan of a block and the search for enumerations in a paragraph
// read only a window of text around them (their callers say how much), so when
// that window lies in a stretch the edit did not touch (the text before the
// first change or after the last), the previous results are reused, shifted by
// what the edit added or removed. One cache per open document; pure, no I/O.
import type { Enumeration, Reference } from '../model';

/** Results of one span of the previous text, with absolute offsets into it. */
interface Entry<T> {
  start: number;
  end: number;
  tag: string;
  items: T[];
}

/** The stretch shared by the previous and the new text: a common prefix and suffix. */
interface Unchanged {
  prefix: number;
  suffix: number;
  /** New length minus old length: the shift of offsets in the suffix. */
  delta: number;
  newLength: number;
}

const CHUNK = 4096;

/** How the new text differs from the old: the longest common prefix, and suffix (not overlapping it). */
export function unchanged(old: string, text: string): Unchanged {
  const max = Math.min(old.length, text.length);
  let prefix = 0;
  while (prefix + CHUNK <= max && old.slice(prefix, prefix + CHUNK) === text.slice(prefix, prefix + CHUNK)) prefix += CHUNK;
  while (prefix < max && old.charCodeAt(prefix) === text.charCodeAt(prefix)) prefix++;
  let suffix = 0;
  const room = max - prefix;
  while (suffix + CHUNK <= room && old.slice(old.length - suffix - CHUNK, old.length - suffix) === text.slice(text.length - suffix - CHUNK, text.length - suffix)) suffix += CHUNK;
  while (suffix < room && old.charCodeAt(old.length - suffix - 1) === text.charCodeAt(text.length - suffix - 1)) suffix++;
  return { prefix, suffix, delta: text.length - old.length, newLength: text.length };
}

/**
 * Results by span for one kind of analysis: those of the previous parse (in
 * order of their offsets) and those of the current one. Spans are asked for in
 * increasing order, so the previous results are found by a cursor, not a hash.
 */
class Memo<T> {
  private previous: Entry<T>[] = [];
  private current: Entry<T>[] = [];
  private cursor = 0;

  constructor(
    /** Characters read before a span's start and after its end. */
    private readonly before: number,
    private readonly after: number,
  ) {}

  /** The previous results for the span `start`–`end` (`tag`: whatever else they depend on) when its window is unchanged. */
  reuse(edit: Unchanged | undefined, start: number, end: number, tag: string): T[] | undefined {
    if (!edit) return undefined;
    let shift: number;
    if (end + this.after <= edit.prefix) shift = 0;
    else if (start - this.before >= edit.newLength - edit.suffix) shift = edit.delta;
    else return undefined;
    const old = start - shift;
    while (this.cursor < this.previous.length && this.previous[this.cursor].start < old) this.cursor++;
    const entry = this.previous[this.cursor];
    if (!entry || entry.start !== old || entry.end !== end - shift || entry.tag !== tag) return undefined;
    // Model objects are read-only once parsed, so unshifted results (and their entry) are shared.
    if (shift === 0) {
      this.current.push(entry);
      return entry.items;
    }
    // Most spans found nothing: their empty list is shared too.
    const items = entry.items.length === 0 ? entry.items : entry.items.map((item) => shifted(item, shift));
    this.current.push({ start, end, tag, items });
    return items;
  }

  /** Remembers the results computed for a span: `found` from index `from` on. */
  keep(start: number, end: number, tag: string, found: readonly T[], from: number): void {
    const items = found.slice(from);
    for (const item of items) detachStrings(item);
    this.current.push({ start, end, tag, items });
  }

  /** The parse is over: entries it did not use are dropped. */
  rotate(): void {
    this.previous = this.current;
    this.current = [];
    this.cursor = 0;
  }

  get size(): number {
    return this.previous.length;
  }
}

/** Per-document memory of the previous parse (`parseDraft(text, { cache })`). */
export class ParseCache {
  /** Reference scans of block spans (they read no further than the span's own tokens). */
  readonly references = new Memo<Reference>(1, 1);
  /** Enumerations in paragraphs' and in list items' text (read one character before, up to four after). */
  readonly paragraphEnumerations = new Memo<Enumeration>(1, 4);
  readonly itemEnumerations = new Memo<Enumeration>(1, 4);
  private text: string | undefined;
  /** How the text being parsed differs from the previous one; undefined on the first parse. */
  edit: Unchanged | undefined;

  /** Called when a parse of `text` starts. */
  start(text: string): void {
    this.edit = this.text === undefined ? undefined : unchanged(this.text, text);
    this.text = text;
  }

  /** Called once the parse is complete. */
  finish(): void {
    this.references.rotate();
    this.paragraphEnumerations.rotate();
    this.itemEnumerations.rotate();
  }

  /** Entries kept from the last parse (for tests). */
  get size(): number {
    return this.references.size + this.paragraphEnumerations.size + this.itemEnumerations.size;
  }
}

/**
 * A copy of `value` with every span (an object with numeric `start` and `end`)
 * moved by `delta`. Objects and arrays without a span inside (a parsed symbol)
 * are shared, not copied: model objects are read-only once parsed.
 */
function shifted<T>(value: T, delta: number): T {
  if (typeof value !== 'object' || value === null) return value;
  return (hasSpan(value) ? copyShifted(value, delta) : value) as T;
}

function copyShifted(value: object, delta: number): unknown {
  if (Array.isArray(value)) {
    const copy = new Array(value.length);
    for (let i = 0; i < value.length; i++) copy[i] = shifted(value[i], delta);
    return copy;
  }
  const source = value as Record<string, unknown>;
  const copy: Record<string, unknown> = {};
  for (const name in source) copy[name] = shifted(source[name], delta);
  if (typeof source.start === 'number' && typeof source.end === 'number') {
    copy.start = source.start + delta;
    copy.end = source.end + delta;
  }
  return copy;
}

/** True when `value` is, or holds, a span. */
function hasSpan(value: object): boolean {
  if (Array.isArray(value)) {
    for (const item of value) if (typeof item === 'object' && item !== null && hasSpan(item)) return true;
    return false;
  }
  const record = value as Record<string, unknown>;
  if (typeof record.start === 'number' && typeof record.end === 'number') return true;
  for (const name in record) {
    const field = record[name];
    if (typeof field === 'object' && field !== null && hasSpan(field)) return true;
  }
  return false;
}

/**
 * Replaces, in a fresh result, every string by a flat copy: in V8 a substring may
 * keep its whole parent alive, and the cache must not keep old versions of a
 * draft alive through the strings of results it carries forward.
 */
function detachStrings(value: unknown): void {
  if (typeof value !== 'object' || value === null) return;
  const record = value as Record<string, unknown>;
  for (const name in record) {
    const field = record[name];
    if (typeof field === 'string') {
      if (field.length >= 13) record[name] = `${field} `.slice(0, -1);
    } else {
      detachStrings(field);
    }
  }
}
