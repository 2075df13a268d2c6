// Roman numerals, list-letter values and the month names of the three
// languages a draft may be written in.

const ROMAN: Record<string, number> = { i: 1, v: 5, x: 10, l: 50, c: 100, d: 500, m: 1000 };

/**
 * Values already computed: list labels repeat (`i`, `ii`, …). Bounded, so hostile text
 * cannot grow it; keys have at most 12 characters, which V8 copies when slicing, so no
 * key keeps a draft's text alive.
 */
const romanMemo = new Map<string, number>();

/** Value of a well-formed Roman numeral (either case), or 0 when it is not one. */
export function romanValue(text: string): number {
  if (text.length === 0 || text.length > 12) return 0;
  const known = romanMemo.get(text);
  if (known !== undefined) return known;
  const value = computeRomanValue(text);
  if (romanMemo.size < 1024) romanMemo.set(text, value);
  return value;
}

function computeRomanValue(text: string): number {
  const lower = text.toLowerCase();
  let total = 0;
  for (let i = 0; i < lower.length; i++) {
    const value = ROMAN[lower[i]];
    if (!value) return 0;
    const next = ROMAN[lower[i + 1]] ?? 0;
    total += next > value ? -value : value;
  }
  return toRoman(total) === lower ? total : 0;
}

const ROMAN_TABLE: readonly (readonly [number, string])[] = [
  [1000, 'm'], [900, 'cm'], [500, 'd'], [400, 'cd'], [100, 'c'], [90, 'xc'],
  [50, 'l'], [40, 'xl'], [10, 'x'], [9, 'ix'], [5, 'v'], [4, 'iv'], [1, 'i'],
];

export function toRoman(value: number): string {
  let out = '';
  let rest = value;
  for (const [amount, numeral] of ROMAN_TABLE) {
    while (rest >= amount) {
      out += numeral;
      rest -= amount;
    }
  }
  return out;
}

/** a → 1 … z → 26, aa → 27 (the doubled letters some long lists use); 0 when not letters. */
export function letterValue(text: string): number {
  const length = text.length;
  let ascii = true;
  for (let i = 0; i < length && ascii; i++) ascii = text.charCodeAt(i) < 128;
  // ASCII (every list label): lower-cased in place, since lower case keeps its length.
  if (!ascii) return lowerLetterValue(text.toLowerCase());
  if (length === 0 || length > 2) return 0;
  const first = lowerAscii(text.charCodeAt(0));
  if (first < 97 || first > 122) return 0;
  if (length === 2 && lowerAscii(text.charCodeAt(1)) !== first) return 0;
  return (length - 1) * 26 + (first - 96);
}

function lowerAscii(code: number): number {
  return code >= 65 && code <= 90 ? code + 32 : code;
}

/** `letterValue` of a lower-cased text. */
function lowerLetterValue(lower: string): number {
  if (lower.length === 0 || lower.length > 2) return 0;
  for (let i = 0; i < lower.length; i++) {
    const c = lower.charCodeAt(i);
    if (c < 97 || c > 122 || c !== lower.charCodeAt(0)) return 0;
  }
  return (lower.length - 1) * 26 + (lower.charCodeAt(0) - 96);
}

export function toLetter(value: number): string {
  const round = Math.floor((value - 1) / 26);
  return String.fromCharCode(97 + ((value - 1) % 26)).repeat(round + 1);
}

export function toUpperLetter(value: number): string {
  return toLetter(value).toUpperCase();
}

// Maps, not objects: a draft's word `constructor` must not find Object's function.
const MONTHS = new Map<string, number>(Object.entries({
  january: 1, february: 2, march: 3, april: 4, may: 5, june: 6,
  july: 7, august: 8, september: 9, october: 10, november: 11, december: 12,
  janvier: 1, février: 2, mars: 3, avril: 4, mai: 5, juin: 6,
  juillet: 7, août: 8, septembre: 9, octobre: 10, novembre: 11, décembre: 12,
  enero: 1, febrero: 2, marzo: 3, abril: 4, mayo: 5, junio: 6,
  julio: 7, agosto: 8, septiembre: 9, setiembre: 9, octubre: 10, noviembre: 11, diciembre: 12,
}));

/** Every month name of the three languages, lower-cased. */
export const MONTH_WORDS = [...MONTHS.keys()];

/** Month number for an English (capitalized), French or Spanish month name; 0 otherwise. */
export function monthValue(word: string): number {
  const lower = word.toLowerCase();
  const month = MONTHS.get(lower) ?? 0;
  // English month names are capitalized; lower-case "may" and "march" are verbs.
  if (word === lower && ENGLISH_LOWER.has(lower)) return 0;
  return month;
}

const ENGLISH_LOWER = new Set(['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december']);

export function daysInMonth(month: number, year: number | undefined): number {
  if (month === 2) {
    if (year === undefined) return 29;
    const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
    return leap ? 29 : 28;
  }
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

export const MONTH_NAMES = [
  'January', 'February', 'March', 'April', 'May', 'June',
  'July', 'August', 'September', 'October', 'November', 'December',
];
