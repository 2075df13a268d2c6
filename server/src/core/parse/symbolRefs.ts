// Recognizes document symbols among the tokens of a text, including the
// malformed spellings the checks report: `Rev. 1` split over two tokens, a
// Security Council year with or without its space.
import type { SymbolReference } from '../model';
import { looksLikeSymbolStart, parseSymbol, type ParsedSymbol } from '../symbols';
import { isSuperscriptDigit } from './footnoteMarkers';
import type { Token, Tokens } from './tokens';

function hasDigit(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) return true;
  }
  return false;
}

const CLOSERS = ')]"”’.,;:';
const MODIFIER_WORDS = new Set(['rev', 'add', 'corr', 'amend']);

/** A Security Council year after the symbol: `(2000)`. */
function yearToken(text: string, token: Token | undefined): string | undefined {
  if (!token || text[token.start] !== '(') return undefined;
  const candidate = text.slice(token.start, token.start + 6);
  return /^\(\d{4}\)$/.test(candidate) ? candidate : undefined;
}

/**
 * Parsed symbols by spelling (those without a Security Council year): a report
 * cites the same few documents again and again (the 10 MB bench draft, 3,147
 * symbols of 50 spellings), and parsing one is the costliest step of reading it.
 * The parsed symbols are shared, never changed. Cleared when full, so that it
 * stays small whatever a server is given to read.
 */
const parsedBySpelling = new Map<string, ParsedSymbol>();
const MAX_SPELLINGS = 4096;

function parseSpelling(core: string): ParsedSymbol {
  let parsed = parsedBySpelling.get(core);
  if (parsed === undefined) {
    if (parsedBySpelling.size >= MAX_SPELLINGS) parsedBySpelling.clear();
    parsed = parseSymbol(core);
    parsedBySpelling.set(core, parsed);
  }
  return parsed;
}

/**
 * The length of a symbol's core without a footnote marker glued to it: 1–3 superscript digits,
 * or 1–3 digits after
 * `,`, `;`, `:` or `)` (`A/75/1,3`), after `).` (`(A/75/1).4`), or after a `.` that follows a component already ending in
 * a number (`A/CN.9/1050.9`, `WP.220.10`; not `L.1` or `Add.1`). The whole length otherwise.
 */
function markedLength(core: string): number {
  // A superscript marker (`(A/CN.9/WG.II/WP.227),³`, as the import writes them) is never part of a symbol.
  let superscript = core.length;
  while (superscript > 0 && core.length - superscript < 3 && isSuperscriptDigit(core.charCodeAt(superscript - 1))) superscript--;
  if (superscript < core.length) return superscript;
  let at = core.length;
  while (at > 0 && core.length - at < 3 && isDigitCode(core.charCodeAt(at - 1))) at--;
  if (at === core.length || at < 2 || isDigitCode(core.charCodeAt(at - 1))) return core.length;
  const mark = core.charCodeAt(at - 1);
  if (mark === 44 || mark === 59 || mark === 58 || mark === 41) return at - 1;
  if (mark === 46 && ')]"”’'.includes(core[at - 2])) return at - 1;
  if (mark !== 46 || !isDigitCode(core.charCodeAt(at - 2))) return core.length;
  // The component before the `.` ends in a number: all digits (`1050`), or a dotted `WP.220`.
  let from = at - 2;
  while (from > 0 && isDigitCode(core.charCodeAt(from - 1))) from--;
  const before = core.charCodeAt(from - 1);
  if (from === 0 || before === 47) return at - 1;
  return before === 46 ? at - 1 : core.length;
}

function isDigitCode(c: number): boolean {
  return c >= 48 && c <= 57;
}

export function readSymbol(text: string, tokens: Tokens, i: number): { reference: SymbolReference; next: number } | undefined {
  const token = tokens.get(i);
  let core = token.core;
  if (!looksLikeSymbolStart(core) || !hasDigit(core)) return undefined;
  const start = token.coreStart;
  let end = token.coreEnd;
  const marked = markedLength(core);
  if (marked < core.length) {
    // `A/CN.9/1050,9`: a footnote marker after the symbol (format.md, "Footnotes").
    // `(A/CN.9/1050),2`: the bracket before the marker goes with it.
    let kept = marked;
    while (kept > 0 && CLOSERS.includes(core[kept - 1])) kept--;
    core = core.slice(0, kept);
    end = start + kept;
  }
  let next = i + 1;
  let year: { text: string; spaced: boolean } | undefined;

  const attached = core.indexOf('(');
  if (attached > 0) {
    // `S/RES/1325(2000)`: the closing bracket was stripped with the punctuation.
    const candidate = text.slice(start + attached, start + attached + 6);
    if (!/^\(\d{4}\)$/.test(candidate)) return undefined;
    year = { text: candidate, spaced: false };
    core = core.slice(0, attached);
    end = start + attached + 6;
  } else {
    const lastSlash = core.lastIndexOf('/');
    const last = core.slice(lastSlash + 1).toLowerCase();
    const following = tokens.get(i + 1);
    if (MODIFIER_WORDS.has(last) && following && /^\d{1,3}$/.test(following.core) && token.end - token.coreEnd <= 1) {
      // `Rev. 1`, `Corr 1`: the number is the next token.
      core = text.slice(start, following.coreEnd);
      end = following.coreEnd;
      next = i + 2;
    } else {
      const spacedYear = yearToken(text, following);
      if (spacedYear && core.startsWith('S/')) {
        year = { text: spacedYear, spaced: true };
        end = following.start + spacedYear.length;
        next = i + 2;
      }
    }
  }
  const parsed = year ? parseSymbol(core, year) : parseSpelling(core);
  return { reference: { kind: 'symbol', span: { start, end }, text: text.slice(start, end), parsed }, next };
}
