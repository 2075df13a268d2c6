// References to the draft's own chapters, sections and annexes: "chapter III of the
// present report", "section II.B above", "sect. B", "annexes I and II", "l'annexe II",
// "capítulo III del presente informe". Only those that say or clearly mean the present
// report: "annex I to decision 2/CP.17", "chapter IV of the report of the Commission",
// "A/78/10, chap. IV, sect. B" and "Annex I Parties" are about other texts.
// Keywords are found by one native search per paragraph; each is read on a bounded
// number of tokens after it (and one before), so the scan is linear.
import type { Draft } from '../model';
import type { Span } from '../text';
import { romanValue } from './numerals';
import { endsWithComma, tokenize, WordSet, type Tokens } from './tokens';

export type HeadingReferenceKind = 'chapter' | 'section' | 'annex';

export interface HeadingTarget {
  /** The chapter's numeral of `section II.B` (`II`); unset for `section B`. */
  chapter?: string;
  /** `III`, `B`, or '' for `the annex to the present report`. */
  label: string;
  /** The label as written (the keyword, for an annex without a numeral). */
  span: Span;
}

export interface HeadingReference {
  kind: HeadingReferenceKind;
  span: Span;
  targets: HeadingTarget[];
  /** The annex the reference sits in (-1: the body); a bare `chapter II` in an annex may mean the annex's own. */
  annex: number;
  /** True when it names the present report ("of the present report", "above"), not only by being bare. */
  explicit: boolean;
  /** True when it says "of the present report" (so in an annex it means the report's body). */
  ofReport: boolean;
}

const KEYWORDS = new Map<string, { kind: HeadingReferenceKind; plural: boolean }>();
function keywords(kind: HeadingReferenceKind, plural: boolean, words: string[]): void {
  for (const word of words) KEYWORDS.set(word, { kind, plural });
}
keywords('chapter', false, ['chapter', 'chap', 'chapitre', 'capítulo', 'cap']);
keywords('chapter', true, ['chapters', 'chaps', 'chapitres', 'capítulos']);
keywords('section', false, ['section', 'sect', 'sección', 'secc']);
keywords('section', true, ['sections', 'sects', 'secciones']);
keywords('annex', false, ['annex', 'annexe', 'anexo']);
keywords('annex', true, ['annexes', 'anexos']);
/** Abbreviations, written with a full stop. */
const ABBREVIATIONS = new Set(['chap', 'chaps', 'cap', 'sect', 'sects', 'secc']);

/** Where a keyword may start: one native search for these stems (either case). */
const STEMS = /chap|sect|secc|annex|anex|cap[ií]t|cap\./gi;
const LONGEST_KEYWORD = 10;

const JOINERS = new WordSet(['and', 'et', 'y']);
const RANGE_WORDS = new WordSet(['to', 'à', 'a']);
const DIRECTION_WORDS = new WordSet(['above', 'below', 'ci-dessus', 'ci-dessous', 'supra', 'infra']);
/** "of", "to" and their French and Spanish forms: what follows says whose chapter or annex it is. */
const OWNER_WORDS = new WordSet(['of', 'to', 'de', 'du', 'del', 'au', 'al', 'à']);
const REPORT_WORDS = new WordSet(['report', 'rapport', 'informe']);
/** "Annex I Parties", "Annex II countries": the groups of States of the UNFCCC. */
const GROUP_WORDS = new WordSet(['parties', 'party', 'countries', 'country', 'states']);
const MAX_LABELS = 20;

/** The heading references of the draft's paragraphs and loose lists, in text order. */
export function findHeadingReferences(draft: Draft): HeadingReference[] {
  const spans: Span[] = draft.paragraphs.map((paragraph) => paragraph.span);
  for (const list of draft.looseLists) spans.push(list.span);
  spans.sort((a, b) => a.start - b.start);
  const out: HeadingReference[] = [];
  // One search of the whole text: a search per paragraph that finds nothing would read to the end each time.
  let s = 0;
  let state: SpanState | undefined;
  STEMS.lastIndex = 0;
  for (let match = STEMS.exec(draft.text); match !== null; match = STEMS.exec(draft.text)) {
    while (s < spans.length && spans[s].end <= match.index) s++;
    if (s === spans.length) break;
    if (spans[s].start > match.index) continue;
    if (state?.span !== spans[s]) state = { span: spans[s], annex: annexAt(draft, spans[s].start), otherEnd: -1 };
    STEMS.lastIndex = readAt(draft.text, match.index, state, out);
  }
  return out;
}

/** The heading references of one stretch of the draft (a paragraph with its lists). */
export function headingReferencesIn(draft: Draft, span: Span): HeadingReference[] {
  const out: HeadingReference[] = [];
  const state: SpanState = { span, annex: annexAt(draft, span.start), otherEnd: -1 };
  const stems = new RegExp(STEMS.source, 'gi');
  const stretch = draft.text.slice(span.start, span.end);
  for (let match = stems.exec(stretch); match !== null; match = stems.exec(stretch)) {
    stems.lastIndex = readAt(draft.text, span.start + match.index, state, out) - span.start;
  }
  return out;
}

interface SpanState {
  span: Span;
  annex: number;
  /** End of the last reference to another text: `chap. IV, sect. B` goes on naming it. */
  otherEnd: number;
}

/** Reads the reference whose keyword may start at `start`; where to search next. */
function readAt(text: string, start: number, state: SpanState, out: HeadingReference[]): number {
  const end = state.span.end;
  const keyword = keywordAt(text, start, end);
  if (!keyword) return start + 1;
  const tokens = tokenize(text, start, end);
  const read = readReference(text, tokens, keyword, state.annex);
  const next = Math.max(start + 1, tokens.has(read.next) ? tokens.start(read.next) : end);
  if (!read.reference) return next;
  const afterOther = state.otherEnd >= 0 && onlySeparators(text, state.otherEnd, start);
  if (read.other || afterOther || followsOtherText(text, state.span.start, start) || isProperName(text, state.span.start, start, read.reference)) {
    state.otherEnd = read.reference.span.end;
  } else {
    out.push(read.reference);
  }
  return next;
}

/** `chap. IV, sect. B`: nothing but a comma and spaces between two references. */
function onlySeparators(text: string, from: number, to: number): boolean {
  if (to - from > 4) return false;
  for (let k = from; k < to; k++) if (text[k] !== ',' && !isBlank(text.charCodeAt(k))) return false;
  return true;
}

function annexAt(draft: Draft, offset: number): number {
  let annex = -1;
  for (let a = 0; a < draft.annexes.length && draft.annexes[a].heading.span.start <= offset; a++) annex = a;
  return annex;
}

/** The keyword starting at `start` (a whole word, or after French `l'`), or undefined. */
function keywordAt(text: string, start: number, end: number): { kind: HeadingReferenceKind; plural: boolean; end: number } | undefined {
  const before = text.charCodeAt(start - 1);
  const elided = (before === 39 || before === 0x2019) && (text[start - 2] === 'l' || text[start - 2] === 'L') && !isLetter(text.charCodeAt(start - 3));
  if (!elided && (isLetter(before) || before === 45 /* - */ || before === 47 /* / */)) return undefined;
  let stop = start;
  while (stop < end && stop - start <= LONGEST_KEYWORD && isLetter(text.charCodeAt(stop))) stop++;
  if (stop - start > LONGEST_KEYWORD) return undefined;
  const word = text.slice(start, stop).toLowerCase();
  const entry = KEYWORDS.get(word);
  if (!entry) return undefined;
  const abbreviated = text[stop] === '.';
  if (ABBREVIATIONS.has(word) !== abbreviated) return undefined;
  return { ...entry, end: stop };
}

function isLetter(code: number): boolean {
  if (Number.isNaN(code)) return false;
  const c = String.fromCharCode(code);
  return c.toLowerCase() !== c.toUpperCase();
}

interface Read {
  reference?: HeadingReference;
  /** Names another text ("annex I to decision 2/CP.17"). */
  other: boolean;
  /** The first token not read. */
  next: number;
}

function readReference(text: string, tokens: Tokens, keyword: { kind: HeadingReferenceKind; plural: boolean }, annex: number): Read {
  const kind = keyword.kind;
  const targets: HeadingTarget[] = [];
  let i = 1;
  while (tokens.has(i) && targets.length < MAX_LABELS) {
    const target = labelOf(tokens, i, kind);
    if (!target) break;
    targets.push(target);
    i++;
    if (!keyword.plural) break;
    if (tokens.has(i) && RANGE_WORDS.hasToken(tokens, i) && !endsWithComma(text, tokens.get(i - 1))) {
      const last = labelOf(tokens, i + 1, kind);
      if (!last || last.chapter !== undefined || target.chapter !== undefined) break;
      for (let value = romanValue(target.label) + 1; value < romanValue(last.label) && targets.length < MAX_LABELS; value++) {
        targets.push({ label: romanOf(value), span: last.span });
      }
      targets.push(last);
      i += 2;
    } else if (tokens.has(i) && JOINERS.hasToken(tokens, i)) {
      i++;
    } else if (!endsWithComma(text, tokens.get(i - 1))) {
      break;
    }
  }
  const keywordToken = tokens.get(0);
  if (targets.length === 0) {
    // `the annex to the present report`: the draft's only annex.
    if (kind !== 'annex' || keyword.plural || !ownerIsThisReport(tokens, 1)) return { other: false, next: 1 };
    const span = { start: keywordToken.coreStart, end: keywordToken.coreEnd };
    return { reference: { kind, span, targets: [{ label: '', span }], annex, explicit: true, ofReport: true }, other: false, next: 1 };
  }
  const labelsEnd = i;
  const reference: HeadingReference = { kind, span: { start: keywordToken.coreStart, end: tokens.get(i - 1).coreEnd }, targets, annex, explicit: false, ofReport: false };
  if (tokens.has(i) && GROUP_WORDS.hasToken(tokens, i)) return { other: true, reference, next: i };
  if (endsWithComma(text, tokens.get(i - 1))) return { reference, other: false, next: i };
  if (kind === 'section' && targets.length === 1 && targets[0].chapter === undefined) i = readChapterOfSection(text, tokens, i, targets[0]);
  if (tokens.has(i) && DIRECTION_WORDS.hasToken(tokens, i)) {
    reference.explicit = true;
    reference.span.end = tokens.get(i).coreEnd;
    return { reference, other: false, next: i + 1 };
  }
  if (tokens.has(i) && OWNER_WORDS.hasToken(tokens, i) && !endsWithComma(text, tokens.get(i - 1))) {
    if (!ownerIsThisReport(tokens, i)) return { reference, other: true, next: Math.max(labelsEnd, i) };
    reference.explicit = true;
    reference.ofReport = true;
  }
  return { reference, other: false, next: i };
}

/** `section A of chapter II`: the chapter is read into the target; the index after it. */
function readChapterOfSection(text: string, tokens: Tokens, i: number, target: HeadingTarget): number {
  if (!tokens.has(i + 2) || !OWNER_WORDS.hasToken(tokens, i)) return i;
  const word = tokens.get(i + 1);
  const entry = KEYWORDS.get(word.lower);
  if (!entry || entry.kind !== 'chapter' || entry.plural) return i;
  const chapter = tokens.get(i + 2).core;
  if (!isRoman(chapter) || endsWithComma(text, word)) return i;
  target.chapter = chapter;
  return i + 3;
}

/** What follows `of`/`to` at `i` names the present report (not "the report of the Commission"). */
function ownerIsThisReport(tokens: Tokens, i: number): boolean {
  if (!tokens.has(i) || !OWNER_WORDS.hasToken(tokens, i)) return false;
  for (let j = i + 1; j < i + 4 && tokens.has(j); j++) {
    if (!REPORT_WORDS.hasToken(tokens, j)) continue;
    const report = tokens.get(j);
    const sentenceGoesOn = report.end === report.coreEnd;
    return !(sentenceGoesOn && tokens.has(j + 1) && OWNER_WORDS.hasToken(tokens, j + 1));
  }
  return false;
}

/** The label at token `i`: a capital Roman numeral (chapters, annexes), a capital letter or `II.B` (sections). */
function labelOf(tokens: Tokens, i: number, kind: HeadingReferenceKind): HeadingTarget | undefined {
  if (!tokens.has(i)) return undefined;
  const token = tokens.get(i);
  const core = token.core;
  const span = { start: token.coreStart, end: token.coreEnd };
  if (kind !== 'section') return isRoman(core) ? { label: core, span } : undefined;
  const dot = core.indexOf('.');
  if (dot > 0 && dot === core.length - 2 && isRoman(core.slice(0, dot)) && isCapitalLetter(core.charCodeAt(dot + 1))) {
    return { chapter: core.slice(0, dot), label: core[dot + 1], span: { start: span.start + dot + 1, end: span.end } };
  }
  if (core.length === 1 && isCapitalLetter(core.charCodeAt(0))) return { label: core, span };
  return isRoman(core) ? { label: core, span } : undefined;
}

function isRoman(text: string): boolean {
  return text.length > 0 && text === text.toUpperCase() && romanValue(text) > 0;
}

function isCapitalLetter(code: number): boolean {
  return code >= 65 && code <= 90;
}

function romanOf(value: number): string {
  const table: [number, string][] = [[10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I']];
  let rest = value;
  let out = '';
  for (const [n, numeral] of table) {
    while (rest >= n) {
      out += numeral;
      rest -= n;
    }
  }
  return out;
}

/** `decision 2/CP.17, annex I` and `(A/78/10), chap. IV`: the word before ends with a comma and has a digit. */
function followsOtherText(text: string, from: number, start: number): boolean {
  let end = start;
  while (end > from && isBlank(text.charCodeAt(end - 1))) end--;
  if (end === start || text[end - 1] !== ',') return false;
  for (let k = end - 2; k >= from && k > end - 40 && !isBlank(text.charCodeAt(k)); k--) {
    const c = text.charCodeAt(k);
    if (c >= 48 && c <= 57) return true;
  }
  return false;
}

function isBlank(code: number): boolean {
  return code === 32 || code === 10 || code === 13 || code === 9 || code === 0xa0;
}

/**
 * "Annex I to the Convention", "the Annex I Parties": a capital keyword inside a sentence is
 * part of a name, unless it says it is the present report's. At a sentence start it is not.
 */
function isProperName(text: string, from: number, start: number, reference: HeadingReference): boolean {
  const first = text.charCodeAt(start);
  if (!isCapitalLetter(first) || reference.explicit) return false;
  let end = start;
  while (end > from && isBlank(text.charCodeAt(end - 1))) end--;
  if (end === from) return false;
  const before = text[end - 1];
  if (before === '.' || before === '(' || before === '"' || before === '“') {
    // "1. Annex II contains …" and "(Annex II)": a sentence start.
    return false;
  }
  return true;
}
