// The grammar of United Nations document symbols (glossary: "Document symbol").
// `parseSymbol` checks a candidate such as `CTOC/COP/WG.4/2020/INF/1/Rev.1` and
// returns its well-formed spelling, its problems and what kind of document it is.
// Everything here is linear in the length of the candidate.
import { trimEndOf } from './text';

/** A problem of a symbol's spelling: a component to respell (`Rev1` → `Rev.1`), `A//75`, a final slash, `S/RES/1325(2000)`. */
export type SymbolProblem =
  | { readonly kind: 'spelling'; readonly written: string; readonly fixed: string }
  | { readonly kind: 'empty-component' }
  | { readonly kind: 'trailing-slash' }
  | { readonly kind: 'year-space'; readonly year: string };

/** Read-only: the symbols of a draft share one per spelling (`parse/symbolRefs.ts`). */
export interface ParsedSymbol {
  /** As written. */
  readonly text: string;
  /** The well-formed spelling (equal to `text` when there is no problem). */
  readonly normalized: string;
  /** The spelling used to compare symbols: `normalized` without a reissue `*`. */
  readonly key: string;
  /** What is wrong with it (rules/symbols.ts words them in a draft's language). */
  readonly problems: readonly SymbolProblem[];
  /** True when `normalized` is a safe replacement for `text` (every problem has a known fix). */
  readonly fixable: boolean;
}

// Tables keyed by what a draft writes are Maps: an object would also answer `constructor`, `toString`…
const MODIFIERS = new Map(Object.entries({ add: 'Add', corr: 'Corr', rev: 'Rev', amend: 'Amend' }));
/** Nature and body components that carry a dot and a number. */
const DOTTED = new Set(['L', 'CRP', 'PV', 'SR', 'WP', 'WG', 'CN', 'AC', 'CONF', 'EG', 'GC', 'SC']);
/** Slash components that are sometimes typed in lower case. */
const BARE = new Set(['RES', 'DEC', 'INF', 'PRST', 'NGO', 'HRC', 'SGB', 'AI', 'IC']);

function isUpper(c: number): boolean {
  return c >= 65 && c <= 90;
}
function isLower(c: number): boolean {
  return c >= 97 && c <= 122;
}
function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

function allMatch(text: string, test: (c: number) => boolean): boolean {
  if (text.length === 0) return false;
  for (let i = 0; i < text.length; i++) if (!test(text.charCodeAt(i))) return false;
  return true;
}

/** Splits `Rev.1`, `rev1`, `REV. 1` into letters and number; undefined when it is not letters then digits. */
function lettersAndNumber(component: string): { letters: string; dot: string; number: string } | undefined {
  let i = 0;
  while (i < component.length && (isUpper(component.charCodeAt(i)) || isLower(component.charCodeAt(i)))) i++;
  if (i === 0) return undefined;
  const letters = component.slice(0, i);
  let j = i;
  while (j < component.length && (component[j] === '.' || component[j] === ' ')) j++;
  const number = component.slice(j);
  if (!allMatch(number, isDigit)) return undefined;
  return { letters, dot: component.slice(i, j), number };
}

/** Checks one component after the first; returns its well-formed spelling and a problem if any. */
function checkComponent(component: string): { fixed: string; problem?: SymbolProblem; fixable: boolean } {
  if (component === '') return { fixed: component, problem: { kind: 'empty-component' }, fixable: false };
  const parts = lettersAndNumber(component);
  if (parts) {
    const modifier = MODIFIERS.get(parts.letters.toLowerCase());
    if (modifier) {
      const fixed = `${modifier}.${parts.number}`;
      return fixed === component
        ? { fixed, fixable: true }
        : { fixed, problem: { kind: 'spelling', written: component, fixed }, fixable: true };
    }
    if (DOTTED.has(parts.letters.toUpperCase()) && (parts.dot !== '.' || parts.letters !== parts.letters.toUpperCase()) && parts.letters !== 'Sub') {
      const fixed = `${parts.letters.toUpperCase()}.${parts.number}`;
      return { fixed, problem: { kind: 'spelling', written: component, fixed }, fixable: true };
    }
    if (DOTTED.has(parts.letters) && parts.dot !== '.') {
      const fixed = `${parts.letters}.${parts.number}`;
      return { fixed, problem: { kind: 'spelling', written: component, fixed }, fixable: true };
    }
    return { fixed: component, fixable: true };
  }
  if (allMatch(component, isLower) && BARE.has(component.toUpperCase())) {
    const fixed = component.toUpperCase();
    return { fixed, problem: { kind: 'spelling', written: component, fixed }, fixable: true };
  }
  return { fixed: component, fixable: true };
}

/** True when `text` can start a document symbol: capital letters, then a slash. */
export function looksLikeSymbolStart(text: string): boolean {
  let i = 0;
  while (i < text.length && isUpper(text.charCodeAt(i))) i++;
  return i > 0 && text[i] === '/';
}

/**
 * Parses a symbol candidate (already cut out of the text, surrounding punctuation removed).
 * `yearSuffix` is a Security Council year written after the symbol (`(2000)`), with `spaced`
 * telling whether a space separated them.
 */
export function parseSymbol(text: string, year?: { text: string; spaced: boolean }): ParsedSymbol {
  let body = text;
  let stars = '';
  while (body.endsWith('*')) {
    stars += '*';
    body = body.slice(0, -1);
  }
  const components = body.split('/');
  const problems: SymbolProblem[] = [];
  let fixable = true;
  const fixedComponents = [components[0]];
  const trailingSlash = components.length > 1 && components[components.length - 1] === '';
  const inner = trailingSlash ? components.slice(1, -1) : components.slice(1);
  for (const component of inner) {
    const checked = checkComponent(component);
    fixedComponents.push(checked.fixed);
    if (checked.problem) problems.push(checked.problem);
    fixable &&= checked.fixable;
  }
  if (trailingSlash) {
    problems.push({ kind: 'trailing-slash' });
  }
  let normalized = fixedComponents.join('/') + stars;
  if (year) {
    if (!year.spaced) problems.push({ kind: 'year-space', year: year.text });
    normalized += ` ${year.text}`;
  }
  const key = withoutStars(normalized);
  return { text: year ? `${text}${year.spaced ? ' ' : ''}${year.text}` : text, normalized, key, problems, fixable: fixable && problems.length > 0 };
}

const ORGANS = new Map(Object.entries({
  A: 'General Assembly',
  S: 'Security Council',
  E: 'Economic and Social Council',
  ST: 'Secretariat',
  T: 'Trusteeship Council',
  CTOC: 'Conference of the Parties to the United Nations Convention against Transnational Organized Crime',
  CAC: 'Conference of the States Parties to the United Nations Convention against Corruption',
  UNODC: 'United Nations Office on Drugs and Crime',
  TD: 'United Nations Conference on Trade and Development',
  UNEP: 'United Nations Environment Programme',
  ECE: 'Economic Commission for Europe',
  FCCC: 'United Nations Framework Convention on Climate Change',
  CRC: 'Committee on the Rights of the Child',
  CEDAW: 'Committee on the Elimination of Discrimination against Women',
  CAT: 'Committee against Torture',
  CCPR: 'Human Rights Committee',
  DP: 'Executive Board of UNDP, UNFPA and UNOPS',
  HSP: 'UN-Habitat',
}));

const NATURES = new Map(Object.entries({
  L: 'limited-distribution document (usually a draft text)',
  CRP: 'conference room paper',
  PV: 'verbatim record',
  SR: 'summary record',
  R: 'restricted document',
  WP: 'working paper',
}));

const SERIES = new Map(Object.entries({
  RES: 'resolution',
  DEC: 'decision',
  INF: 'information series document',
  PRST: 'presidential statement',
  NGO: 'statement by a non-governmental organization',
}));

const MODIFIER_NAMES = new Map(Object.entries({
  Add: 'addendum',
  Corr: 'corrigendum',
  Rev: 'revision',
  Amend: 'amendment',
}));

/** The compared spelling: stars (footnote marks) dropped at the end and before a space. */
function withoutStars(normalized: string): string {
  const trimmed = trimEndOf(normalized, '*');
  const space = trimmed.indexOf(' ');
  return space < 0 ? trimmed : `${trimEndOf(trimmed.slice(0, space), '*')}${trimmed.slice(space)}`;
}

/** Describes a well-formed symbol for a reader: "General Assembly resolution; revision 1". */
export function describeSymbol(symbol: string): string {
  const components = trimEndOf(symbol, '*').split('/');
  const organ = ORGANS.get(components[0]);
  let kind = 'document';
  const modifiers: string[] = [];
  for (const component of components.slice(1)) {
    const dot = component.indexOf('.');
    const head = dot > 0 ? component.slice(0, dot) : component;
    const series = SERIES.get(head);
    const nature = NATURES.get(head);
    const modifier = MODIFIER_NAMES.get(head);
    if (series) kind = series;
    else if (nature && dot > 0) kind = nature;
    else if (modifier && dot > 0) modifiers.push(`${modifier} ${component.slice(dot + 1)}`);
    else if (component === 'Summary') modifiers.push('summary');
  }
  const parts = [organ ? `${organ} ${kind}` : kind.charAt(0).toUpperCase() + kind.slice(1)];
  if (modifiers.length > 0) parts.push(modifiers.join(', '));
  if (symbol.endsWith('*')) parts.push('reissued for technical reasons');
  return parts.join('; ');
}
