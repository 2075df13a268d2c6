// Recognizes dates at a month-name token: `28 September 2020`,
// `10 and 11 September 2020`, `from 27 to 29 January 2010`, `10-11 May`,
// `30 septembre 2021`, `30 de septiembre de 2021`.
import type { DateReference, NumberPart } from '../model';
import { monthValue } from './numerals';
import { endsWithComma, type Token, type Tokens } from './tokens';

const JOINERS = new Set(['and', 'to', 'et', 'au', 'y', 'al', 'a', '-', '–']);
/** A number right after one of these is the session's or meeting's, not a day (`at its session 31, 30 April`). */
const SESSION_WORDS = new Set(['session', 'sessions', 'meeting', 'meetings', 'séance', 'séances', 'sesión', 'sesiones']);

const ORDINAL_ENDINGS = ['st', 'nd', 'rd', 'th', 'ième', 'ière', 'ier', 'º', 'ª'];

/** True when the token before `j` names a session or meeting, so that the number at `j` is its number. */
function isSessionNumber(tokens: Tokens, j: number): boolean {
  const before = tokens.get(j - 1);
  // `the session, 30 April`: punctuation after the word ends its phrase; `its 32nd session 31 June`
  // has its number already.
  if (before === undefined || before.end !== before.coreEnd || !SESSION_WORDS.has(before.lower)) return false;
  const ordinal = tokens.get(j - 2)?.lower ?? '';
  return !ORDINAL_ENDINGS.some((ending) => ordinal.endsWith(ending));
}

/** The length of the run of ASCII digits of `text` from `from` (at most `max + 1`, so that a longer run shows). */
function digitsAt(text: string, from: number, max: number): number {
  let i = from;
  while (i < text.length && i - from <= max) {
    const c = text.charCodeAt(i);
    if (c < 48 || c > 57) break;
    i++;
  }
  return i - from;
}

/** `28`, `1er`: one or two digits, then `er` or nothing (read in place: a date is looked for at every month name). */
export function dayOf(token: Token | undefined): NumberPart | undefined {
  if (!token) return undefined;
  const core = token.core;
  const length = digitsAt(core, 0, 2);
  if (length === 0 || length > 2) return undefined;
  if (core.length !== length && !(core.length === length + 2 && core.charCodeAt(length) === 101 && core.charCodeAt(length + 1) === 114)) return undefined;
  return { value: Number(core.slice(0, length)), span: { start: token.coreStart, end: token.coreStart + length } };
}

/** Days written as one token with a dash: `10-11`, `10–11`. */
export function dayRange(token: Token | undefined): [NumberPart, NumberPart] | undefined {
  if (!token) return undefined;
  const core = token.core;
  const first = digitsAt(core, 0, 2);
  if (first === 0 || first > 2) return undefined;
  const dash = core.charCodeAt(first);
  if (dash !== 45 && dash !== 0x2013) return undefined;
  const second = digitsAt(core, first + 1, 2);
  if (second === 0 || second > 2 || core.length !== first + 1 + second) return undefined;
  const secondStart = token.coreStart + first + 1;
  return [
    { value: Number(core.slice(0, first)), span: { start: token.coreStart, end: token.coreStart + first } },
    { value: Number(core.slice(first + 1)), span: { start: secondStart, end: secondStart + second } },
  ];
}

export function readDate(text: string, tokens: Tokens, i: number): DateReference | undefined {
  const month = monthValue(tokens.get(i).core);
  if (month === 0) return undefined;
  let j = i - 1;
  if (tokens.get(j)?.lower === 'de') j--; // Spanish: 30 de septiembre
  const days: NumberPart[] = [];
  const range = dayRange(tokens.get(j));
  if (range) {
    days.push(range[0], range[1]);
    j--;
  } else {
    const day = dayOf(tokens.get(j));
    if (!day || isSessionNumber(tokens, j)) return undefined;
    days.push(day);
    j--;
    // Earlier days of the same month: `10 and 11`, `27 to 29`, `2, 3 and 4`.
    while (days.length < 8 && j >= 0) {
      const joiner = tokens.get(j);
      const earlier = dayOf(tokens.get(j - 1));
      const listed = dayOf(joiner);
      if (JOINERS.has(joiner.lower) && earlier) {
        days.unshift(earlier);
        j -= 2;
      } else if (listed && endsWithComma(text, joiner) && !isSessionNumber(tokens, j)) {
        days.unshift(listed);
        j -= 1;
      } else {
        break;
      }
    }
  }
  let end = tokens.get(i).coreEnd;
  let year: number | undefined;
  let k = i + 1;
  if (tokens.get(k)?.lower === 'de') k++;
  if (tokens.get(k) && tokens.get(k).core.length === 4 && digitsAt(tokens.get(k).core, 0, 4) === 4) {
    year = Number(tokens.get(k).core);
    end = tokens.get(k).coreEnd;
  }
  return { kind: 'date', span: { start: days[0].span.start, end }, days, month, ...(year !== undefined ? { year } : {}) };
}
