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

function isBreak(code: number): boolean {
  return code === 10 || code === 13 || isSpace(code);
}

export function tokenize(text: string, from: number, to: number): Token[] {
  const tokens: Token[] = [];
  let i = from;
  while (i < to) {
    while (i < to && isBreak(text.charCodeAt(i))) i++;
    if (i >= to) break;
    const start = i;
    while (i < to && !isBreak(text.charCodeAt(i))) i++;
    const end = i;
    let coreStart = start;
    let coreEnd = end;
    while (coreStart < coreEnd && OPENERS.has(text.charCodeAt(coreStart))) coreStart++;
    while (coreEnd > coreStart && CLOSERS.has(text.charCodeAt(coreEnd - 1))) coreEnd--;
    tokens.push(new Token(text, start, end, coreStart, coreEnd));
  }
  return tokens;
}

/**
 * A cheap test of whether a token may be one of `words` (lower-cased), by the
 * first letter and the length of its core, without cutting it out of the text.
 */
export class WordGate {
  private readonly table = new Uint8Array(26 * 32);

  constructor(words: Iterable<string>) {
    for (const word of words) {
      const letter = word.charCodeAt(0) - 97;
      if (letter >= 0 && letter < 26 && word.length < 32) this.table[letter * 32 + word.length] = 1;
    }
  }

  mayBe(text: string, token: Token): boolean {
    const length = token.coreEnd - token.coreStart;
    const letter = (text.charCodeAt(token.coreStart) | 0x20) - 97;
    return length < 32 && letter >= 0 && letter < 26 && this.table[letter * 32 + length] === 1;
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
