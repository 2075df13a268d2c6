// Splits a stretch of text into white-space separated tokens, each with its
// offsets and a "core" (the token without surrounding brackets, quotes and
// punctuation). Reference recognizers walk these tokens; nothing rescans text.
import { isSpace } from '../text';

/**
 * A token: offsets of the raw token and of its core. `core` and `lower` are cut
 * out of the text on first use only: most words of a draft are never looked at
 * beyond their first letter and length (profiles showed the eager slices and
 * lower-casing of every word as the largest cost of a 10 MB check).
 */
export class Token {
  private coreText: string | undefined;
  private lowerText: string | undefined;

  constructor(
    private readonly text: string,
    /** Offsets of the raw token in the draft. */
    readonly start: number,
    readonly end: number,
    /** Offsets of the core (punctuation stripped). */
    readonly coreStart: number,
    readonly coreEnd: number,
  ) {}

  get core(): string {
    return (this.coreText ??= this.text.slice(this.coreStart, this.coreEnd));
  }

  get lower(): string {
    return (this.lowerText ??= this.core.toLowerCase());
  }
}

const OPENERS = new Set([...'(["“‘«¿¡'].map((c) => c.charCodeAt(0)));
const CLOSERS = new Set([...')]"”’»,;:.!?'].map((c) => c.charCodeAt(0)));
/** Punctuation by ASCII code: 1 opens a token's core, 2 closes it. */
const ASCII_PUNCTUATION = new Uint8Array(128);
for (const code of OPENERS) if (code < 128) ASCII_PUNCTUATION[code] = 1;
for (const code of CLOSERS) if (code < 128) ASCII_PUNCTUATION[code] = 2;

function isOpener(code: number): boolean {
  return code < 128 ? ASCII_PUNCTUATION[code] === 1 : OPENERS.has(code);
}

function isCloser(code: number): boolean {
  return code < 128 ? ASCII_PUNCTUATION[code] === 2 : CLOSERS.has(code);
}

/** Printable ASCII (most characters of a draft) is decided by one comparison. */
function isBreak(code: number): boolean {
  if (code > 32 && code < 127) return false;
  return code === 10 || code === 13 || isSpace(code);
}

const SLOTS = 64;

/**
 * The tokens of a stretch of text, as four offsets each in one typed array; a
 * `Token` object is made only for a token a recognizer asks for (`get`). A
 * 10 MB draft has nearly two million tokens, and most are never looked at beyond
 * their first and last letters and length (profiles: allocating an object per
 * token and collecting it was the largest cost left of a check).
 */
export class Tokens {
  length = 0;
  private offsets = new Int32Array(256);
  /**
   * The objects given out, in a small direct-mapped cache (slot `i % 64`):
   * recognizers look a few tokens around one place, and an array indexed by token
   * (a backing store as long as the span, made afresh for every span) was the
   * largest allocation site of a 10 MB check.
   */
  private readonly objects: (Token | undefined)[] = new Array<Token | undefined>(SLOTS).fill(undefined);
  private readonly slotIndex = new Int32Array(SLOTS).fill(-1);
  private cached = false;

  constructor(readonly text: string) {}

  /** Tokenizes `from`–`to` of the text, replacing the tokens held (the `Token` objects given out stay valid). */
  reset(from: number, to: number): this {
    const text = this.text;
    this.length = 0;
    if (this.cached) {
      this.slotIndex.fill(-1);
      this.cached = false;
    }
    let i = from;
    while (i < to) {
      while (i < to && isBreak(text.charCodeAt(i))) i++;
      if (i >= to) break;
      const start = i;
      while (i < to && !isBreak(text.charCodeAt(i))) i++;
      let coreStart = start;
      let coreEnd = i;
      while (coreStart < coreEnd && isOpener(text.charCodeAt(coreStart))) coreStart++;
      while (coreEnd > coreStart && isCloser(text.charCodeAt(coreEnd - 1))) coreEnd--;
      this.push(start, i, coreStart, coreEnd);
    }
    return this;
  }

  private push(start: number, end: number, coreStart: number, coreEnd: number): void {
    let at = this.length * 4;
    if (at + 4 > this.offsets.length) {
      const grown = new Int32Array(this.offsets.length * 2);
      grown.set(this.offsets);
      this.offsets = grown;
    }
    const offsets = this.offsets;
    offsets[at++] = start;
    offsets[at++] = end;
    offsets[at++] = coreStart;
    offsets[at] = coreEnd;
    this.length++;
  }

  /** The token at `i`; like an array, undefined when `i` is out of range. */
  get(i: number): Token {
    if (i < 0 || i >= this.length) return undefined as unknown as Token;
    const slot = i & (SLOTS - 1);
    if (this.slotIndex[slot] === i) return this.objects[slot] as Token;
    const at = i * 4;
    const offsets = this.offsets;
    const token = new Token(this.text, offsets[at], offsets[at + 1], offsets[at + 2], offsets[at + 3]);
    this.objects[slot] = token;
    this.slotIndex[slot] = i;
    this.cached = true;
    return token;
  }

  /** Offsets of token `i` without making its object (`i` in range). */
  start(i: number): number {
    return this.offsets[i * 4];
  }

  end(i: number): number {
    return this.offsets[i * 4 + 1];
  }

  coreStart(i: number): number {
    return this.offsets[i * 4 + 2];
  }

  coreEnd(i: number): number {
    return this.offsets[i * 4 + 3];
  }
}

/** The tokens of `from`–`to` in `text`. */
export function tokenize(text: string, from: number, to: number): Tokens {
  return new Tokens(text).reset(from, to);
}

/** Bucket of a letter for `WordGate`: a–z (either case) by letter, anything else in one more bucket. */
function letterBucket(code: number): number {
  if (code === 0x212a) return 10; // the Kelvin sign lower-cases to k
  const letter = (code | 0x20) - 97;
  return code < 128 && letter >= 0 && letter < 26 ? letter : 26;
}

const BUCKETS = 27;
const MAX_LENGTH = 32;

/**
 * A cheap test of which groups of words (lower-cased) a token may belong to, by
 * the first and last letters and the length of its core, without cutting it out
 * of the text: one table lookup for every group. Letters outside a–z share one
 * bucket, so that every casing of a word passes (lower-casing keeps the length of
 * the letters the words use).
 */
export class WordGate {
  private readonly table = new Uint8Array(BUCKETS * BUCKETS * MAX_LENGTH);

  /** Group `g` (at most 8) is bit `1 << g` of what `groups` returns. */
  constructor(groups: Iterable<string>[]) {
    groups.forEach((words, group) => {
      for (const word of words) {
        if (word.length === 0 || word.length >= MAX_LENGTH) continue;
        this.table[this.index(letterBucket(word.charCodeAt(0)), letterBucket(word.charCodeAt(word.length - 1)), word.length)] |= 1 << group;
      }
    });
  }

  private index(first: number, last: number, length: number): number {
    return (first * BUCKETS + last) * MAX_LENGTH + length;
  }

  /** The groups the token with core `coreStart`–`coreEnd` may belong to (0: none). */
  groups(text: string, coreStart: number, coreEnd: number): number {
    const length = coreEnd - coreStart;
    if (length === 0 || length >= MAX_LENGTH) return 0;
    return this.table[this.index(letterBucket(text.charCodeAt(coreStart)), letterBucket(text.charCodeAt(coreEnd - 1)), length)];
  }
}

/** True when the raw token ends with a comma (after closing brackets or quotes). */
export function endsWithComma(text: string, token: Token): boolean {
  for (let i = token.end - 1; i >= token.coreEnd; i--) {
    if (text[i] === ',') return true;
  }
  return false;
}

export function isDigits(text: string): boolean {
  if (text.length === 0 || text.length > 6) return false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}
