// Finds the references in a stretch of text: agenda items, paragraphs,
// decisions and resolutions, document symbols and dates. One pass over the
// tokens; each recognizer looks ahead a bounded number of tokens.
import type { AgendaReference, DecisionReference, ParagraphReference, Reference } from '../model';
import { readNumberList } from './numberList';
import { readSymbol } from './symbolRefs';
import { readDate } from './dates';
import { MONTH_WORDS } from './numerals';
import { endsClause, endsWithComma, isDigits, WordGate, WordSet, type Tokens } from './tokens';

const PARAGRAPH_WORDS = new Set(['paragraph', 'paragraphs', 'para', 'paras', 'paragraphe', 'paragraphes', 'párrafo', 'párrafos']);
// Looked up only with words of `KEYWORDS` and `DIRECTION_WORDS` (never with any word of a draft:
// an object would answer `constructor` with Object's own function).
const DECISION_WORDS: Record<string, 'decision' | 'resolution'> = {
  decision: 'decision', decisions: 'decision', décision: 'decision', décisions: 'decision', decisión: 'decision', decisiones: 'decision',
  resolution: 'resolution', resolutions: 'resolution', résolution: 'resolution', résolutions: 'resolution', resolución: 'resolution', resoluciones: 'resolution',
};
const DIRECTIONS: Record<string, 'above' | 'below'> = {
  above: 'above', below: 'below', 'ci-dessus': 'above', 'ci-dessous': 'below', supra: 'above', infra: 'below',
};
const REPORT_WORDS = new Set(['report', 'rapport', 'informe']);
/** `operative paragraph 31`, `preambular paragraph 2`: a paragraph of the draft resolution discussed. */
const DRAFT_PART_WORDS = new Set(['operative', 'preambular']);
/** `decision 2/CP.17, annex I, paragraph 28`: the part of another document a paragraph number is in. */
const PART_WORDS = new WordSet(['annex', 'annexe', 'anexo', 'appendix', 'appendice', 'apéndice', 'section', 'sección', 'chapter', 'chapitre', 'capítulo']);
/** Tokens that may start a reference by a word; other tokens are never lower-cased. */
const KEYWORDS = ['agenda', 'item', 'items', 'point', 'points', 'tema', 'temas', ...PARAGRAPH_WORDS, ...Object.keys(DECISION_WORDS)];
const GATE = new WordGate([KEYWORDS, MONTH_WORDS]);
const KEYWORD = 1;
const MONTH = 2;
const KEYWORD_WORDS = new WordSet(KEYWORDS);
const ITEM_WORDS = new WordSet(['item', 'items']);
const DIRECTION_WORDS = new WordSet(Object.keys(DIRECTIONS));
const OF_WORDS = new WordSet(['of', 'in', 'de', 'du', 'des', 'del']);
const DECISION_JOINERS = new WordSet(['and', 'et', 'y']);

/** A document symbol starts with a capital letter and has a digit (`A/75/1`; what `readSymbol` asks first). */
function mayBeSymbol(text: string, coreStart: number, coreEnd: number): boolean {
  const c = text.charCodeAt(coreStart);
  if (c < 65 || c > 90) return false;
  for (let i = coreStart + 1; i < coreEnd; i++) {
    const d = text.charCodeAt(i);
    if (d >= 48 && d <= 57) return true;
  }
  return false;
}

/** The longest quoted agenda title we look for; bounds the scan for a closing quote. */
const MAX_TITLE = 600;

export interface ScanContext {
  /** True inside an annex, where a bare `paragraph N` means the annex's own paragraph. */
  inAnnex: boolean;
  /** False to skip dates (they take no tokens from other references, so the rest is the same). */
  dates: boolean;
  /** Looks at every token, not only those near a digit: what the windows are tested against. */
  everyToken?: boolean;
}

/**
 * How far from a digit a reference may start: every reference has a digit in
 * its first three tokens (`agenda item 3`, `paragraph 15`, `decision 7/1`, a
 * symbol), or, for a date found at its month, in the two tokens before it
 * (`28 de septiembre`). Tokens with no digit this near are not looked at.
 */
const REACH = 2;

export function scanReferences(text: string, tokens: Tokens, context: ScanContext, out: Reference[]): void {
  /** End of the last decision, resolution or symbol: `resolution 7/1, paragraph 3` is not about this draft. */
  let otherDocumentEnd = -1;
  /** Numbers of the paragraphs of other documents named so far in this stretch. */
  const elsewhere = new Set<number>();
  const everyToken = context.everyToken === true;
  let i = everyToken ? 0 : skipToDigit(tokens, tokens.stretchStart, 0);
  while (i >= 0 && tokens.has(i)) {
    if (!everyToken && !tokens.digitNear(i, REACH)) {
      i = skipToDigit(tokens, tokens.start(i), i);
      continue;
    }
    // Gates on offsets first: most tokens are never made into objects.
    const coreStart = tokens.coreStart(i);
    const coreEnd = tokens.coreEnd(i);
    const groups = GATE.groups(text, coreStart, coreEnd);
    const lower = groups & KEYWORD ? KEYWORD_WORDS.wordAt(text, coreStart, coreEnd) : '';
    let next = i + 1;
    if (lower === 'agenda' && tokens.has(i + 1) && ITEM_WORDS.hasToken(tokens, i + 1)) {
      next = readAgenda(text, tokens, i, i + 2, out);
    } else if ((lower === 'item' || lower === 'items') && tokens.get(i - 1)?.lower === 'under') {
      next = readAgenda(text, tokens, i, i + 1, out);
    } else if ((lower === 'point' || lower === 'points') && isFrenchAgenda(tokens, i)) {
      next = readAgenda(text, tokens, i, i + 1, out);
    } else if ((lower === 'tema' || lower === 'temas') && isSpanishAgenda(tokens, i)) {
      next = readAgenda(text, tokens, i, i + 1, out);
    } else if (lower !== '' && PARAGRAPH_WORDS.has(lower)) {
      const previous = tokens.get(i - 1);
      // `operative paragraph 31`, `preambular paragraph 2`: of the draft text under discussion.
      const afterOther = previous !== undefined && ((previous.start < otherDocumentEnd && endsWithComma(text, previous)) || DRAFT_PART_WORDS.has(previous.lower));
      next = readParagraph(text, tokens, i, context, { afterOther, elsewhere }, out);
    } else if (lower !== '' && DECISION_WORDS[lower]) {
      next = readDecisions(text, tokens, i, DECISION_WORDS[lower], out);
      if (next > i + 1) {
        otherDocumentEnd = out[out.length - 1].span.end;
        const after = skipPartOfOther(text, tokens, next);
        if (after > next) otherDocumentEnd = tokens.get(after - 1).end;
        next = after;
      }
    } else {
      const symbol = mayBeSymbol(text, coreStart, coreEnd) ? readSymbol(text, tokens, i) : undefined;
      if (symbol) {
        out.push(symbol.reference);
        otherDocumentEnd = symbol.reference.span.end;
        next = skipPartOfOther(text, tokens, symbol.next);
        if (next > symbol.next) otherDocumentEnd = tokens.get(next - 1).end;
      } else if (context.dates && groups & MONTH) {
        const date = readDate(text, tokens, i);
        if (date) out.push(date);
      }
    }
    i = Math.max(next, i + 1);
  }
}

/**
 * Moves the tokens to the next digit at or after `resume` (the start of token
 * `i`, the first not yet looked at): they restart a few tokens before it, so that
 * recognizers can look back, and the index returned is the first token that may
 * start a reference there. -1 when no digit is left.
 */
function skipToDigit(tokens: Tokens, resume: number, i: number): number {
  const digit = tokens.nextDigit(resume);
  if (digit < 0) return -1;
  // One token more than `REACH`: a recognizer looks back one token (`under item 3`, the comma before `paragraph`).
  const windowStart = tokens.startBefore(digit, REACH + 1);
  let first = i;
  if (windowStart > resume) {
    // The tokens between are not made at all.
    tokens.seek(windowStart);
    first = 0;
  }
  while (tokens.has(first) && !tokens.digitNear(first, REACH)) first++;
  return tokens.has(first) ? first : -1;
}

/**
 * After a decision or symbol that ends with a comma, `annex I,` (or `appendix`, `section`,
 * `chapter`, with or without a numeral) ending with a comma too: the part of that document a
 * paragraph number after it is in. Returns the token after it, or `i` when there is none.
 */
function skipPartOfOther(text: string, tokens: Tokens, i: number): number {
  if (!tokens.has(i) || !tokens.has(i - 1) || !endsWithComma(text, tokens.get(i - 1)) || !PART_WORDS.hasToken(tokens, i)) return i;
  if (endsWithComma(text, tokens.get(i))) return i + 1;
  return tokens.has(i + 1) && endsWithComma(text, tokens.get(i + 1)) ? i + 2 : i;
}

/** `point 3 de l'ordre du jour`: the numbers must be followed by "de l'ordre du jour". */
function isFrenchAgenda(tokens: Tokens, i: number): boolean {
  for (let j = i + 2; j < i + 10 && tokens.has(j); j++) {
    if (tokens.get(j).lower.startsWith("l'ordre") || tokens.get(j).lower.startsWith('l’ordre')) return tokens.get(j - 1).lower === 'de';
  }
  return false;
}

/** `tema 3 del programa` */
function isSpanishAgenda(tokens: Tokens, i: number): boolean {
  for (let j = i + 2; j < i + 10 && tokens.has(j); j++) {
    if (tokens.get(j).lower === 'programa') return tokens.get(j - 1).lower === 'del';
  }
  return false;
}

function readAgenda(text: string, tokens: Tokens, start: number, numbersAt: number, out: Reference[]): number {
  const list = readNumberList(text, tokens, numbersAt, true);
  if (!list) return numbersAt;
  const reference: AgendaReference = {
    kind: 'agenda',
    span: { start: tokens.get(start).coreStart, end: tokens.get(list.next - 1).coreEnd },
    targets: list.numbers.map((n) => ({ item: n.first, ...(n.sub ? { sub: n.sub } : {}) })),
  };
  // A range of items (`agenda items 2 to 5`) names every item between.
  for (const n of list.numbers) {
    if (n.last) for (let v = n.first.value + 1; v <= n.last.value && v - n.first.value < 100; v++) reference.targets.push({ item: { value: v, span: n.last.span } });
  }
  let next = list.next;
  if (list.trailingComma && tokens.has(next) && isEntitled(tokens.get(next).lower)) {
    // Bounded by the scanned text: a scan never reads past its block (and a cached block stays valid).
    const title = readQuoted(text, tokens.get(next).end, tokens.stretchEnd);
    if (title) {
      reference.entitled = title;
      reference.span = { start: reference.span.start, end: title.span.end + 1 };
      // Offsets only: a title's words are not made into token objects.
      while (tokens.has(next) && tokens.start(next) < title.span.end) next++;
    }
  }
  out.push(reference);
  return next;
}

function isEntitled(word: string): boolean {
  return word === 'entitled' || word === 'intitulé' || word === 'titulado';
}

const OPEN_QUOTES = '"“«';
const CLOSE_QUOTES = '"”»';

/** The text between the quotes that open right after `from` (skipping spaces), before `to`. */
export function readQuoted(text: string, from: number, to = text.length): { text: string; span: { start: number; end: number } } | undefined {
  let i = from;
  while (i < to && (text[i] === ' ' || text[i] === '\n' || text[i] === '\r' || text[i] === '\u00a0')) i++;
  if (i >= to || !OPEN_QUOTES.includes(text[i])) return undefined;
  const start = i + 1;
  // Native searches of the window (a slice shares the text's characters) for each closing quote.
  const window = text.slice(start, Math.min(to, start + MAX_TITLE));
  let close = -1;
  for (const quote of CLOSE_QUOTES) {
    const at = window.indexOf(quote);
    if (at >= 0 && (close < 0 || at < close)) close = at;
  }
  if (close < 0) return undefined;
  return { text: text.slice(start, start + close), span: { start, end: start + close } };
}

interface ParagraphContext {
  /** True right after a decision, resolution or symbol and a comma (`resolution 7/1, paragraph 3`), or `operative`. */
  afterOther: boolean;
  /** The numbers of other documents' paragraphs named before in the stretch (read and added to). */
  elsewhere: Set<number>;
}

function readParagraph(text: string, tokens: Tokens, start: number, context: ScanContext, around: ParagraphContext, out: Reference[]): number {
  const list = readNumberList(text, tokens, start + 1, false);
  if (!list) return start + 1;
  let next = list.next;
  let end = tokens.get(next - 1).coreEnd;
  const reference: ParagraphReference = {
    kind: 'paragraph',
    span: { start: tokens.get(start).coreStart, end },
    targets: list.numbers.map((n) => ({ first: n.first, ...(n.last ? { last: n.last } : {}) })),
    scope: context.inAnnex ? 'annex' : 'body',
  };
  const direction = tokens.has(next) ? DIRECTIONS[DIRECTION_WORDS.wordAt(text, tokens.coreStart(next), tokens.coreEnd(next))] : undefined;
  if (direction && !endsWithComma(text, tokens.get(next - 1))) {
    reference.direction = { word: direction, span: { start: tokens.get(next).coreStart, end: tokens.get(next).coreEnd } };
    end = tokens.get(next).coreEnd;
    next++;
  }
  reference.span.end = end;
  // "…paragraphs 60 and 61 below. In it…": a word after the sentence's end is not its `of`/`in`.
  if (tokens.has(next) && OF_WORDS.hasToken(tokens, next) && !endsClause(text, tokens.get(next - 1))) {
    if (!pointsToThisReport(text, tokens, next + 1)) {
      rememberElsewhere(reference, around.elsewhere);
      return next;
    }
    reference.scope = 'body';
  } else if (!reference.direction && namedElsewhere(reference, around.elsewhere)) {
    // `paragraphe 15 a)` after `paragraphe 15 de l'annexe à la résolution 5/1`: the same paragraph.
    return next;
  }
  if (around.afterOther) {
    rememberElsewhere(reference, around.elsewhere);
    return next;
  }
  out.push(reference);
  return next;
}

function rememberElsewhere(reference: ParagraphReference, elsewhere: Set<number>): void {
  for (const target of reference.targets) if (!target.last) elsewhere.add(target.first.value);
}

/** True when every number of the reference (none a range) is of a paragraph of another document named before. */
function namedElsewhere(reference: ParagraphReference, elsewhere: Set<number>): boolean {
  return elsewhere.size > 0 && reference.targets.every((target) => !target.last && elsewhere.has(target.first.value));
}

/** `of the report`, `of the present report`, `of this report`, `du présent rapport`, `del presente informe` (not `of the report of the Conference`). */
function pointsToThisReport(text: string, tokens: Tokens, i: number): boolean {
  for (let j = i; j < i + 3 && tokens.has(j); j++) {
    if (!REPORT_WORDS.has(tokens.get(j).lower)) continue;
    const sentenceGoesOn = text[tokens.get(j).coreEnd] === undefined || tokens.get(j).end === tokens.get(j).coreEnd;
    return !(tokens.has(j + 1) && sentenceGoesOn && OF_WORDS.hasToken(tokens, j + 1));
  }
  return false;
}

function readDecisions(text: string, tokens: Tokens, start: number, kind: 'decision' | 'resolution', out: Reference[]): number {
  let i = start + 1;
  let found = false;
  while (tokens.has(i)) {
    const token = tokens.get(i);
    if (!isDecisionNumber(token.core)) break;
    let end = token.coreEnd;
    let label = token.core;
    const year = tokens.get(i + 1);
    if (year && text[year.start] === '(' && /^\(\d{4}\)|^\([IVXLC]+\)/.test(text.slice(year.start, year.start + 8))) {
      end = text.indexOf(')', year.start) + 1;
      label += ` ${text.slice(year.start, end)}`;
      i++;
    }
    const reference: DecisionReference = { kind, span: { start: token.coreStart, end }, label };
    out.push(reference);
    found = true;
    i++;
    if (tokens.has(i) && DECISION_JOINERS.hasToken(tokens, i) && tokens.has(i + 1) && isDecisionNumber(tokens.get(i + 1).core)) i++;
    else if (!endsWithComma(text, tokens.get(i - 1))) break;
  }
  return found ? i : start + 1;
}

/** `4/4`, `75/1`, `1325`, `S-30/2`, `ES-8/2`, and the UNFCCC's `2/CP.17`, `1/CMA.3`, `3/CMP.1` */
function isDecisionNumber(core: string): boolean {
  if (isDigits(core)) return true;
  const slash = core.indexOf('/');
  if (slash <= 0) return false;
  const session = core.slice(0, slash);
  if (isDigits(session) && /^[A-Z]{2,4}\.\d{1,3}$/.test(core.slice(slash + 1))) return true;
  return (isDigits(session) || /^(S|ES)-\d{1,2}$/.test(session)) && isDigits(core.slice(slash + 1));
}
