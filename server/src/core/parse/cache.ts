// Reuses per-block analysis when a draft is parsed again after an edit. The
// reference scan of a block and the search for enumerations in a paragraph
// read only a window of text around them (their callers say how much), so when
// that window lies in a stretch the edit did not touch (the text before the
// first change or after the last), the previous results are reused, shifted by
// what the edit added or removed. One cache per open document; pure, no I/O.
import type { Enumeration, Reference } from '../model';

/** Results of one window of the previous text, with absolute offsets into it. */
interface Entry<T> {
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

/** Results by window for one kind of analysis: those of the previous parse, and those of the current one. */
class Memo<T> {
  private previous = new Map<number, Entry<T>>();
  private current = new Map<number, Entry<T>>();

  constructor(
    /** Characters read before a span's start and after its end. */
    private readonly before: number,
    private readonly after: number,
  ) {}

  /**
   * The results for the span `start`–`end` (`tag`: whatever else they depend on),
   * reused when its window is unchanged, else computed by `compute` and kept.
   */
  get(edit: Unchanged | undefined, start: number, end: number, tag: string, compute: () => T[]): T[] {
    const reused = edit && this.reuse(edit, start, end, tag);
    const items = reused ?? detachStrings(compute());
    this.current.set(start, { end, tag, items });
    return items;
  }

  private reuse(edit: Unchanged, start: number, end: number, tag: string): T[] | undefined {
    let shift: number;
    if (end + this.after <= edit.prefix) shift = 0;
    else if (start - this.before >= edit.newLength - edit.suffix) shift = edit.delta;
    else return undefined;
    const entry = this.previous.get(start - shift);
    if (!entry || entry.end !== end - shift || entry.tag !== tag) return undefined;
    // Model objects are read-only once parsed, so unshifted results are shared.
    return shift === 0 ? entry.items : entry.items.map((item) => shifted(item, shift));
  }

  /** The parse is over: entries it did not use are dropped. */
  rotate(): void {
    this.previous = this.current;
    this.current = new Map();
  }

  get size(): number {
    return this.previous.size;
  }
}

/** Per-document memory of the previous parse (`parseDraft(text, { cache })`). */
export class ParseCache {
  /** Reference scans of block spans (they read no further than the span's own tokens). */
  readonly references = new Memo<Reference>(1, 1);
  /** Enumerations in a paragraph's or list item's text (read one character before, up to four after). */
  readonly enumerations = new Memo<Enumeration>(1, 4);
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
    this.enumerations.rotate();
  }

  /** Entries kept from the last parse (for tests). */
  get size(): number {
    return this.references.size + this.enumerations.size;
  }
}

/** A copy of `value` with every span (an object with numeric `start` and `end`) moved by `delta`. */
function shifted<T>(value: T, delta: number): T {
  if (typeof value !== 'object' || value === null) return value;
  if (Array.isArray(value)) return value.map((item) => shifted(item, delta)) as T;
  const source = value as Record<string, unknown>;
  const copy: Record<string, unknown> = {};
  for (const name in source) copy[name] = shifted(source[name], delta);
  if (typeof source.start === 'number' && typeof source.end === 'number') {
    copy.start = source.start + delta;
    copy.end = source.end + delta;
  }
  return copy as T;
}

/**
 * Replaces, in fresh results, every string by a flat copy: in V8 a substring may
 * keep its whole parent alive, and the cache must not keep old versions of a
 * draft alive through the strings of results it carries forward.
 */
function detachStrings<T>(items: T[]): T[] {
  for (const item of items) detachIn(item);
  return items;
}

function detachIn(value: unknown): void {
  if (typeof value !== 'object' || value === null) return;
  const record = value as Record<string, unknown>;
  for (const name in record) {
    const field = record[name];
    if (typeof field === 'string') {
      if (field.length >= 13) record[name] = `${field} `.slice(0, -1);
    } else {
      detachIn(field);
    }
  }
}
