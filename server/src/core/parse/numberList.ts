// Reads the numbers that follow `paragraph(s)` or `agenda item(s)`:
// `15`, `12 and 13`, `2, 3 and 4`, `12–14`, `5 to 12`, `4 (a) and (b)`.
import type { NumberPart } from '../model';
import { endsWithComma, isDigits, WordSet, type Token, type Tokens } from './tokens';
import { letterValue } from './numerals';

export interface ListedNumber {
  first: NumberPart;
  last?: NumberPart;
  sub?: { label: string; value: number; span: { start: number; end: number } };
}

export interface NumberList {
  numbers: ListedNumber[];
  /** Index of the first token after the list. */
  next: number;
  /** True when the last token of the list ended with a comma. */
  trailingComma: boolean;
}

const AND_WORDS = new WordSet(['and', 'or', 'et', 'ou', 'y', 'o', '&']);
const TO_WORDS = new WordSet(['to', 'through', 'à', 'au', 'a', 'al']);
const DASHES = '–—-‑';

/** `(a)` as a token of its own, or attached to a number (`4(a)`): the letter and its span. */
function subItem(text: string, token: Token, from: number): ListedNumber['sub'] {
  const open = text.indexOf('(', from);
  if (open < 0 || open >= token.end) return undefined;
  let i = open + 1;
  while (i < token.end && text.charCodeAt(i) >= 97 && text.charCodeAt(i) <= 122) i++;
  if (i === open + 1 || text[i] !== ')') return undefined;
  const label = text.slice(open + 1, i);
  const value = letterValue(label);
  return value ? { label, value, span: { start: open, end: i + 1 } } : undefined;
}

/** Reads one number or range token at `i`; returns undefined when the token is not one. */
function readNumberToken(text: string, token: Token): ListedNumber | undefined {
  const core = token.core;
  if (isDigits(core)) return { first: { value: Number(core), span: { start: token.coreStart, end: token.coreEnd } } };
  let i = 0;
  while (i < core.length && i < 6 && core.charCodeAt(i) >= 48 && core.charCodeAt(i) <= 57) i++;
  if (i === 0) return undefined;
  const first = { value: Number(core.slice(0, i)), span: { start: token.coreStart, end: token.coreStart + i } };
  if (DASHES.includes(core[i]) && isDigits(core.slice(i + 1))) {
    return { first, last: { value: Number(core.slice(i + 1)), span: { start: token.coreStart + i + 1, end: token.coreEnd } } };
  }
  if (core[i] === '(') {
    const sub = subItem(text, token, token.coreStart + i);
    return sub ? { first, sub } : undefined;
  }
  return undefined;
}

export function readNumberList(text: string, tokens: Tokens, start: number, allowSubItems: boolean): NumberList | undefined {
  const numbers: ListedNumber[] = [];
  let i = start;
  while (tokens.has(i)) {
    const token = tokens.get(i);
    const listed = readNumberToken(text, token);
    if (!listed) {
      const sub = allowSubItems && numbers.length > 0 && text[token.start] === '(' ? subItem(text, token, token.start) : undefined;
      if (!sub) break;
      numbers.push({ first: numbers[numbers.length - 1].first, sub });
    } else {
      if (listed.sub && !allowSubItems) break;
      numbers.push(listed);
    }
    i++;
    const last = numbers[numbers.length - 1];
    // A sub-item written as its own token: `4 (a)`.
    if (allowSubItems && !last.sub && !last.last && tokens.has(i) && text[tokens.get(i).start] === '(') {
      const sub = subItem(text, tokens.get(i), tokens.get(i).start);
      if (sub) {
        last.sub = sub;
        i++;
      }
    }
    // A range: `5 to 12`, `12 – 14`.
    if (!last.last && !last.sub && tokens.has(i + 1) && !endsWithComma(text, tokens.get(i - 1))) {
      const isDash = tokens.end(i) - tokens.start(i) === 1 && DASHES.includes(text[tokens.start(i)]);
      if ((isDash || TO_WORDS.hasToken(tokens, i)) && isDigits(tokens.get(i + 1).core)) {
        last.last = { value: Number(tokens.get(i + 1).core), span: { start: tokens.get(i + 1).coreStart, end: tokens.get(i + 1).coreEnd } };
        i += 2;
      }
    }
    const comma = endsWithComma(text, tokens.get(i - 1));
    if (tokens.has(i + 1) && AND_WORDS.hasToken(tokens, i) && startsNumberOrSub(text, tokens.get(i + 1), allowSubItems)) {
      i++;
      continue;
    }
    if (comma && tokens.has(i) && startsNumberOrSub(text, tokens.get(i), allowSubItems)) continue;
    break;
  }
  if (numbers.length === 0) return undefined;
  return { numbers, next: i, trailingComma: endsWithComma(text, tokens.get(i - 1)) };
}

function startsNumberOrSub(text: string, token: Token, allowSubItems: boolean): boolean {
  const c = token.core.charCodeAt(0);
  if (c >= 48 && c <= 57) return true;
  return allowSubItems && text[token.start] === '(' && subItem(text, token, token.start) !== undefined;
}
