// Recognizers for the one-line shapes of headings and numbered lines. Each
// takes the trimmed first line of a block and never looks past it.
import { endsWithOneOf } from './footnoteMarkers';
import { letterValue, romanValue } from './numerals';

export interface LabeledLine {
  label: string;
  value: number;
  /** Offset (within the line) where the text after the label starts. */
  textStart: number;
  text: string;
  /** Where the label ends when a word comes before it (`Chapter II`: after `II`); unset when the line starts with it. */
  labelEnd?: number;
}

const FINAL_PUNCTUATION = '.,:;';

/** True when the text ends with `.`, `,`, `:` or `;`, also inside closing quotes or brackets (`… matters."`) or before a footnote mark (`…persons.¹`, `…note.3`). */
export function endsWithPunctuation(text: string): boolean {
  return endsWithOneOf(text, FINAL_PUNCTUATION);
}

/** Reads `LABEL. text` where the label is made of characters accepted by `accept`. */
function readLabel(line: string, accept: (c: number) => boolean, maxLength: number): { label: string; rest: number } | undefined {
  const length = labelLength(line, accept, maxLength);
  return length === 0 ? undefined : { label: line.slice(0, length), rest: afterSpace(line, length + 1) };
}

/** The length of the label of `LABEL. text` (`readLabel`), or 0 when the line does not start with one. */
function labelLength(line: string, accept: (c: number) => boolean, maxLength: number): number {
  let i = 0;
  while (i < line.length && i < maxLength && accept(line.charCodeAt(i))) i++;
  if (i === 0 || line[i] !== '.') return 0;
  const after = line[i + 1];
  if (after !== undefined && after !== ' ' && after !== '\t' && after !== '\u00a0') return 0;
  return i;
}

const isRomanChar = (c: number) => 'IVXLCDM'.includes(String.fromCharCode(c));
const isCapital = (c: number) => c >= 65 && c <= 90;
const isDigit = (c: number) => c >= 48 && c <= 57;

function labeled(line: string, label: { label: string; rest: number } | undefined, value: number): LabeledLine | undefined {
  if (!label || value === 0) return undefined;
  return { label: label.label, value, textStart: label.rest, text: line.slice(label.rest) };
}

/** `IV. Organization of the meeting` (a heading has a space after the full stop and no final full stop). */
export function readChapter(line: string): LabeledLine | undefined {
  const label = readLabel(line, isRomanChar, 8);
  const heading = labeled(line, label, label ? romanValue(label.label) : 0);
  return heading && isHeadingText(heading.text) ? heading : undefined;
}

/** The words a line `Chapter II` starts with (Official Records print it above the chapter's title). */
const CHAPTER_WORDS = ['Chapter', 'CHAPTER', 'Chapitre', 'Capítulo', 'CAPÍTULO'];

/**
 * `Chapter II` alone on its line (French `Chapitre II`, Spanish `Capítulo II`): a chapter
 * heading whose title is on the line below. The numeral is capital Roman; its text is empty.
 */
export function readChapterLine(line: string): LabeledLine | undefined {
  // Every word starts with `C`: other lines are rejected without a search.
  if (line.charCodeAt(0) !== 67 || line.length > 24) return undefined;
  for (const word of CHAPTER_WORDS) {
    if (!line.startsWith(word) || !isSpace(line.charCodeAt(word.length))) continue;
    const start = afterSpace(line, word.length);
    const label = line.slice(start).trimEnd();
    const value = label === label.toUpperCase() ? romanValue(label) : 0;
    return value > 0 ? { label, value, textStart: line.length, text: '', labelEnd: start + label.length } : undefined;
  }
  return undefined;
}

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 0xa0;
}

/** `A. Opening of the meeting` */
export function readSection(line: string): LabeledLine | undefined {
  const label = readLabel(line, isCapital, 1);
  const heading = labeled(line, label, label ? letterValue(label.label) : 0);
  return heading && isHeadingText(heading.text) ? heading : undefined;
}

/** `15. Several speakers …` at column 0: the number and where the text starts. */
export function readNumbered(line: string): LabeledLine | undefined {
  const length = labelLength(line, isDigit, 5);
  if (length === 0) return undefined;
  const label = line.slice(0, length);
  const textStart = afterSpace(line, length + 1);
  return { label, value: Number(label), textStart, text: line.slice(textStart) };
}

/** A heading's text: starts with a letter or quote, has no final full stop, and is not too long. */
export function isHeadingText(text: string): boolean {
  if (text.length === 0 || text.length > 250 || text.endsWith('.')) return false;
  const first = text.charCodeAt(0);
  return !(first >= 97 && first <= 122);
}

/** A subsection heading's text: like a heading, and without final `,`, `:` or `;` either. */
export function isSubsectionText(text: string): boolean {
  return isHeadingText(text) && !endsWithPunctuation(text);
}

const ANNEX_WORDS = ['Annex', 'Annexe', 'Anexo', 'ANNEX', 'ANNEXE', 'ANEXO'];

/** `Annex`, `Annex II`, `Annexe I`, `Anexo III`: the numeral (empty for a lone annex) and its value. */
export function readAnnex(line: string): { label: string; value: number } | undefined {
  // Every word starts with `A`: other lines are rejected without a search.
  if (line.charCodeAt(0) !== 65) return undefined;
  for (const word of ANNEX_WORDS) {
    if (!line.startsWith(word)) continue;
    const rest = line.slice(word.length).trim();
    if (rest === '') return { label: '', value: 0 };
    if (line[word.length] !== ' ') continue;
    const value = romanValue(rest);
    if (value > 0 && rest === rest.toUpperCase()) return { label: rest, value };
    if (/^\d{1,3}$/.test(rest)) return { label: rest, value: Number(rest) };
  }
  return undefined;
}

/** A list marker at the start of a trimmed line: `(a)`, `(ii)`, `a)`, `23.1`, or `3.` when numbers are allowed. */
export interface Marker {
  label: string;
  /** Length of the marker including brackets and the space after it. */
  length: number;
  numeric: boolean;
  /** True for a sub-number `23.1` (an item of paragraph 23: format.md, "Sub-numbered items"). */
  sub?: boolean;
}

/**
 * The length of a sub-number `23.1` at the start of a line (up to five digits, a full stop,
 * up to three digits, a space or tab, then text that does not start with a small letter:
 * `2.5 per cent` is not one), or 0.
 */
/** True when `label` is a whole sub-number (`7.1`, `23.12`), as the layout and the import lay such items out. */
export function isSubNumber(label: string): boolean {
  return subNumberLength(`${label} X`) === label.length;
}

export function subNumberLength(line: string): number {
  let i = 0;
  while (i < line.length && i < 5 && isDigit(line.charCodeAt(i))) i++;
  if (i === 0 || line.charCodeAt(i) !== 46) return 0;
  const after = ++i;
  while (i < line.length && i - after < 3 && isDigit(line.charCodeAt(i))) i++;
  if (i === after) return 0;
  const space = line.charCodeAt(i);
  if (space !== 32 && space !== 9 && space !== 0xa0) return 0;
  const next = line.charCodeAt(afterSpace(line, i));
  return Number.isNaN(next) || isLowerLetter(next) ? 0 : i;
}

function isLowerLetter(c: number): boolean {
  return c >= 97 && c <= 122;
}

export function readMarker(line: string, allowNumbers: boolean): Marker | undefined {
  const sub = subNumberLength(line);
  if (sub > 0) return { label: line.slice(0, sub), length: afterSpace(line, sub), numeric: false, sub: true };
  let i = 0;
  const bracketed = line[0] === '(';
  if (bracketed) i = 1;
  const labelStart = i;
  while (i < line.length && i - labelStart < 6 && isLowerLetter(line.charCodeAt(i))) i++;
  if (i > labelStart && line[i] === ')') {
    const label = line.slice(labelStart, i);
    if (letterValue(label) === 0 && romanValue(label) === 0) return undefined;
    return { label, length: afterSpace(line, i + 1), numeric: false };
  }
  if (!allowNumbers || bracketed) return undefined;
  const number = readLabel(line, isDigit, 3);
  return number ? { label: number.label, length: number.rest, numeric: true } : undefined;
}

/** `readMarker(line, allowNumbers) !== undefined`, without making the marker (most list lines are asked twice). */
export function hasMarker(line: string, allowNumbers: boolean): boolean {
  if (subNumberLength(line) > 0) return true;
  let i = 0;
  const bracketed = line.charCodeAt(0) === 40;
  if (bracketed) i = 1;
  const labelStart = i;
  while (i < line.length && i - labelStart < 6 && isLowerLetter(line.charCodeAt(i))) i++;
  if (i > labelStart && line.charCodeAt(i) === 41) {
    // A letter or a doubled letter (`letterValue` > 0), else a Roman numeral.
    const length = i - labelStart;
    if (length === 1 || (length === 2 && line.charCodeAt(labelStart) === line.charCodeAt(labelStart + 1))) return true;
    return romanValue(line.slice(labelStart, i)) !== 0;
  }
  if (!allowNumbers || bracketed) return false;
  return labelLength(line, isDigit, 3) > 0;
}

function afterSpace(line: string, i: number): number {
  let j = i;
  while (j < line.length && (line[j] === ' ' || line[j] === '\t' || line[j] === '\u00a0')) j++;
  return j;
}
