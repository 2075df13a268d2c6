// Splits a stretch of text into white-space separated tokens, each with its
// offsets and a "core" (the token without surrounding brackets, quotes and
// punctuation). Reference recognizers walk these tokens; nothing rescans text.
import { isSpace } from '../text';

export interface Token {
  /** Offsets of the raw token in the draft. */
  start: number;
  end: number;
  /** Offsets of the core (punctuation stripped). */
  coreStart: number;
  coreEnd: number;
  core: string;
  lower: string;
}

const OPENERS = '(["“‘«¿¡';
const CLOSERS = ')]"”’»,;:.!?';

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
    while (coreStart < coreEnd && OPENERS.includes(text[coreStart])) coreStart++;
    while (coreEnd > coreStart && CLOSERS.includes(text[coreEnd - 1])) coreEnd--;
    const core = text.slice(coreStart, coreEnd);
    tokens.push({ start, end, coreStart, coreEnd, core, lower: core.toLowerCase() });
  }
  return tokens;
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
