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
/** `lastDigit` before any: far enough back that no token is near it. */
const NO_DIGIT = -1_000_000;
/** Per token in `offsets`: start, end, core start, core end, 1 when the token has an ASCII digit. */
const STRIDE = 5;
/** Any ASCII digit: the windows of `nextDigit`. */
const DIGIT = /[0-9]/g;

/**
 * The tokens of a stretch of text (`from`–`to`), made lazily from left to right:
 * offsets and a digit flag per token in one typed array, and a `Token` object
 * only for a token a recognizer asks for (`get`). A 10 MB draft has nearly two
 * million tokens, and most are never looked at: every reference has a digit, so
 * the reference scanner asks only for tokens near one (`seek`, `nextDigit`).
 * Indexes count from the last `reset` or `seek`.
 */
export class Tokens {
  private from = 0;
  private to = 0;
  /** Tokens made since the last `reset` or `seek`, and where the next one is looked for. */
  private count = 0;
  private pos = 0;
  /** For `digitNear`: the flags read so far (tokens 0 to `flagsRead`), and the last of them with a digit. */
  private flagsRead = -1;
  private lastDigit = NO_DIGIT;
  private offsets = new Int32Array(256 * STRIDE);
  /**
   * The objects given out, in a small direct-mapped cache (slot `i % 64`):
   * recognizers look a few tokens around one place, and an array indexed by token
   * (a backing store as long as the span, made afresh for every span) was the
   * largest allocation site of a 10 MB check.
   */
  private readonly objects: (Token | undefined)[] = new Array<Token | undefined>(SLOTS).fill(undefined);
  private readonly slotIndex = new Int32Array(SLOTS).fill(-1);
  private cached = false;
  /** The last `nextDigit` answer: the first digit at or after `digitFrom` is at `digitAt` (-1: none). */
  private digitFrom = -1;
  private digitAt = -1;

  constructor(readonly text: string) {}

  /** Starts the tokens of `from`–`to` (the `Token` objects given out stay valid). */
  reset(from: number, to: number): this {
    this.from = from;
    this.to = to;
    return this.seek(from);
  }

  /** Starts again at `at` (a token start, or `from`): token 0 is the first one at or after it. */
  seek(at: number): this {
    this.count = 0;
    this.pos = at;
    this.flagsRead = -1;
    this.lastDigit = NO_DIGIT;
    if (this.cached) {
      this.slotIndex.fill(-1);
      this.cached = false;
    }
    return this;
  }

  /** Start of the stretch being tokenized. */
  get stretchStart(): number {
    return this.from;
  }

  /** End of the stretch being tokenized. */
  get stretchEnd(): number {
    return this.to;
  }

  /** True when token `i` exists (making the tokens up to it). */
  has(i: number): boolean {
    if (i < 0) return false;
    while (this.count <= i) if (!this.readNext()) return false;
    return true;
  }

  /** The number of tokens from the last `reset` or `seek` to the end (makes them all). */
  countAll(): number {
    while (this.readNext());
    return this.count;
  }

  private readNext(): boolean {
    const text = this.text;
    const to = this.to;
    let i = this.pos;
    while (i < to && isBreak(text.charCodeAt(i))) i++;
    if (i >= to) {
      this.pos = i;
      return false;
    }
    const start = i;
    let digit = 0;
    for (; i < to; i++) {
      const code = text.charCodeAt(i);
      if (isBreak(code)) break;
      if (code >= 48 && code <= 57) digit = 1;
    }
    this.pos = i;
    let coreStart = start;
    let coreEnd = i;
    while (coreStart < coreEnd && isOpener(text.charCodeAt(coreStart))) coreStart++;
    while (coreEnd > coreStart && isCloser(text.charCodeAt(coreEnd - 1))) coreEnd--;
    this.push(start, i, coreStart, coreEnd, digit);
    return true;
  }

  private push(start: number, end: number, coreStart: number, coreEnd: number, digit: number): void {
    let at = this.count * STRIDE;
    if (at + STRIDE > this.offsets.length) {
      const grown = new Int32Array(this.offsets.length * 2);
      grown.set(this.offsets);
      this.offsets = grown;
    }
    const offsets = this.offsets;
    offsets[at++] = start;
    offsets[at++] = end;
    offsets[at++] = coreStart;
    offsets[at++] = coreEnd;
    offsets[at] = digit;
    this.count++;
  }

  /** The token at `i`; like an array, undefined when there is none. */
  get(i: number): Token {
    if (!this.has(i)) return undefined as unknown as Token;
    const slot = i & (SLOTS - 1);
    if (this.slotIndex[slot] === i) return this.objects[slot] as Token;
    const at = i * STRIDE;
    const offsets = this.offsets;
    const token = new Token(this.text, offsets[at], offsets[at + 1], offsets[at + 2], offsets[at + 3]);
    this.objects[slot] = token;
    this.slotIndex[slot] = i;
    this.cached = true;
    return token;
  }

  /** Offsets of token `i` without making its object (`has(i)` first). */
  start(i: number): number {
    return this.offsets[i * STRIDE];
  }

  end(i: number): number {
    return this.offsets[i * STRIDE + 1];
  }

  coreStart(i: number): number {
    return this.offsets[i * STRIDE + 2];
  }

  coreEnd(i: number): number {
    return this.offsets[i * STRIDE + 3];
  }

  /**
   * True when a token within `reach` of token `i` has an ASCII digit (making the
   * tokens up to `i + reach`). Asked with increasing `i`, each token's flag is read
   * once: the last token with a digit is remembered.
   */
  digitNear(i: number, reach: number): boolean {
    const until = i + reach;
    if (until < this.flagsRead) return this.digitBetween(i - reach, until);
    const offsets = this.offsets;
    while (this.flagsRead < until && this.has(this.flagsRead + 1)) {
      this.flagsRead++;
      if (offsets[this.flagsRead * STRIDE + 4] === 1) this.lastDigit = this.flagsRead;
    }
    return this.lastDigit >= i - reach;
  }

  private digitBetween(from: number, to: number): boolean {
    for (let k = Math.max(0, from); k <= to && this.has(k); k++) if (this.offsets[k * STRIDE + 4] === 1) return true;
    return false;
  }

  /**
   * Offset of the first ASCII digit at or after `at` and before the end, or -1.
   * A native search, which reads past the end of the stretch up to the next digit;
   * the last answer is remembered, so that searches from increasing offsets read
   * the text once. Use one `Tokens` for stretches in order (spans, lines): a fresh
   * one per stretch would read on to the next digit for each.
   */
  nextDigit(at: number): number {
    if (!(this.digitFrom >= 0 && this.digitFrom <= at && (this.digitAt < 0 || at <= this.digitAt))) {
      DIGIT.lastIndex = at;
      this.digitFrom = at;
      this.digitAt = DIGIT.test(this.text) ? DIGIT.lastIndex - 1 : -1;
    }
    return this.digitAt >= 0 && this.digitAt < this.to ? this.digitAt : -1;
  }

  /** Start of the `n`th token before the one holding offset `at` (or of the stretch, if fewer). */
  startBefore(at: number, n: number): number {
    const text = this.text;
    const from = this.from;
    let p = at;
    while (p > from && !isBreak(text.charCodeAt(p - 1))) p--;
    for (let k = 0; k < n && p > from; k++) {
      while (p > from && isBreak(text.charCodeAt(p - 1))) p--;
      while (p > from && !isBreak(text.charCodeAt(p - 1))) p--;
    }
    return p;
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

/**
 * A set of lower-case words, asked of a token's core in place: an ASCII core is
 * compared character by character with the words of its length (most tokens asked
 * are not one of them, and cutting and lower-casing each was an allocation per
 * token); any other core is lower-cased as `Token.lower` would be.
 */
export class WordSet {
  private readonly words: ReadonlySet<string>;
  private readonly byLength: string[][] = [];

  constructor(words: Iterable<string>) {
    this.words = new Set(words);
    for (const word of this.words) (this.byLength[word.length] ??= []).push(word);
  }

  /** The word the core `coreStart`–`coreEnd` of `text` is (lower-cased), or ''. */
  wordAt(text: string, coreStart: number, coreEnd: number): string {
    for (let i = coreStart; i < coreEnd; i++) {
      if (text.charCodeAt(i) >= 128) {
        const lower = text.slice(coreStart, coreEnd).toLowerCase();
        return this.words.has(lower) ? lower : '';
      }
    }
    const candidates = this.byLength[coreEnd - coreStart];
    if (candidates === undefined) return '';
    for (let k = 0; k < candidates.length; k++) if (equalsLowerAscii(text, coreStart, candidates[k])) return candidates[k];
    return '';
  }

  /** True when token `i` (which exists) is one of the words. */
  hasToken(tokens: Tokens, i: number): boolean {
    return this.wordAt(tokens.text, tokens.coreStart(i), tokens.coreEnd(i)) !== '';
  }
}

/** True when the ASCII text at `at` lower-cases to `word`. */
function equalsLowerAscii(text: string, at: number, word: string): boolean {
  for (let k = 0; k < word.length; k++) {
    let c = text.charCodeAt(at + k);
    if (c >= 65 && c <= 90) c |= 0x20;
    if (c !== word.charCodeAt(k)) return false;
  }
  return true;
}

/** True when the raw token ends with a comma (after closing brackets or quotes). */
export function endsWithComma(text: string, token: Token): boolean {
  for (let i = token.end - 1; i >= token.coreEnd; i--) {
    if (text[i] === ',') return true;
  }
  return false;
}

/** True when the token's trailing punctuation ends a clause or sentence: `,`, `.`, `;` or `:`. */
export function endsClause(text: string, token: Token): boolean {
  for (let i = token.end - 1; i >= token.coreEnd; i--) {
    const c = text[i];
    if (c === ',' || c === '.' || c === ';' || c === ':') return true;
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
