// Text copied from a PDF (docs/import.md, "Pasted text"): the lines of the page, with the
// page heads and feet, bullets that extractors put before numbers (`- 5. The summary…`),
// paragraph numbers alone on their line, wrapped lines, paragraphs cut by a page break and a
// masthead spread over blank lines. Repaired line by line into the builder's paragraphs. Pure.
import type { ReportDocument } from '../document/model';
import { readAnnex, readChapter, readMarker, readNumbered, readSection } from '../core/parse/headings';
import { classifyMastheadLine, isSymbolLine } from '../core/parse/masthead';
import { buildDocument, isTitleText } from './build';
import { isRunningLine } from './furniture';
import { readMastheadExtras } from './masthead';
import type { SourceParagraph } from './source';

/** Bullets a PDF's text puts before list items and paragraph numbers. */
const BULLETS = '-•–▪◦·\uf0b7\uf0a7';

export interface TextLine {
  /** The line without its bullet and surrounding white space. */
  text: string;
  /** Leading white space (before any bullet), in characters. */
  indent: number;
  bullet: boolean;
}

function isSpaceChar(c: string): boolean {
  return c === ' ' || c === '\t' || c === '\u00a0' || c === '\u2007' || c === '\u202f' || c === '\u200b' || c === '\ufeff';
}

/** The line's content without bullet (undefined for a blank line). */
export function readLine(raw: string): TextLine | undefined {
  let start = 0;
  while (start < raw.length && isSpaceChar(raw[start])) start++;
  let end = raw.length;
  while (end > start && (isSpaceChar(raw[end - 1]) || raw[end - 1] === '\r')) end--;
  if (start === end) return undefined;
  const indent = start;
  let bullet = false;
  if (BULLETS.includes(raw[start]) && end > start + 1 && isSpaceChar(raw[start + 1])) {
    bullet = true;
    start += 2;
    while (start < end && isSpaceChar(raw[start])) start++;
  }
  return { text: raw.slice(start, end), indent, bullet };
}

/** A line that may open a block: a paragraph number, a list marker, a heading. */
function opensBlock(text: string): boolean {
  return readNumbered(text) !== undefined || readMarker(text, true) !== undefined || isHeadingLine(text);
}

/** A chapter, section or annex heading stands alone on its line: what follows it starts a block of its own. */
function isHeadingLine(text: string): boolean {
  return readAnnex(text) !== undefined || readChapter(text) !== undefined || readSection(text) !== undefined;
}

/** `1. General discussion`, or the first line of a paragraph cut short: only a number or heading after it starts a block. */
function mayBeSubsection(text: string): boolean {
  const numbered = readNumbered(text);
  return numbered !== undefined && numbered.text.length <= 120 && isTitleText(numbered.text);
}

function endsClause(text: string): boolean {
  const last = text[text.length - 1];
  return last === '.' || last === ':' || last === ';' || last === '?' || last === '!';
}

/** A paragraph number or list marker alone on its line (`12.`, `(a)`): it hangs before the next line. */
function isHangingNumber(text: string): boolean {
  if (text.length > 6) return false;
  const numbered = readNumbered(`${text} x`);
  if (numbered && numbered.textStart === text.length + 1) return true;
  const marker = readMarker(`${text} x`, true);
  return marker !== undefined && marker.length === text.length + 1;
}

/** Joins a wrapped line to the text before it: `multi-` + `stakeholder` keeps its hyphen and no space. */
function join(before: string, after: string): string {
  const hyphen = before.endsWith('-') && before.length > 1 && /\p{L}/u.test(before[before.length - 2]) && /^\p{Ll}/u.test(after);
  return hyphen ? before + after : `${before} ${after}`;
}

/** The report's symbol: the first masthead line that is one. */
function findSymbol(lines: (TextLine | undefined)[]): string | undefined {
  for (let i = 0; i < lines.length && i < 40; i++) {
    const line = lines[i];
    if (!line) continue;
    if (isSymbolLine(line.text)) return line.text;
    const extra = readMastheadExtras(line.text);
    if (extra.symbol) return extra.symbol;
  }
  return undefined;
}

interface Counts {
  furniture: number;
  bullets: number;
  hanging: number;
}

/** Splits pasted text into the builder's paragraphs, counting what it repaired. */
export function readPastedText(text: string): { paragraphs: SourceParagraph[]; counts: Counts } {
  const lines = text.split(/\r\n|\r|\n/).map(readLine);
  const symbol = findSymbol(lines);
  const counts: Counts = { furniture: 0, bullets: 0, hanging: 0 };
  const paragraphs: SourceParagraph[] = [];
  let current: SourceParagraph | undefined;
  let currentIsHeading = false;
  let previousLine = '';
  let pageBreak = false;
  let hanging = '';
  let symbolSeen = false;
  let inMasthead = true;
  for (const line of lines) {
    if (!line) {
      current = undefined;
      continue;
    }
    // The symbol's first appearance is the masthead's; later ones are running heads.
    const first = !symbolSeen && line.text === symbol;
    if (first) symbolSeen = true;
    else if (isRunningLine(line.text, symbol)) {
      counts.furniture++;
      pageBreak = true;
      current = undefined;
      continue;
    }
    if (line.bullet) counts.bullets++;
    if (isHangingNumber(line.text)) {
      counts.hanging++;
      hanging = `${line.text} `;
      current = undefined;
      continue;
    }
    const content = hanging + line.text;
    hanging = '';
    const masthead = inMasthead && (classifyMastheadLine(content) !== 'other' || readMastheadExtras(content).known);
    if (!masthead && inMasthead) inMasthead = false;
    const opens = opensBlock(content);
    const starts = !current || masthead || line.bullet || (currentIsHeading && !/^\p{Ll}/u.test(content)) || ((endsClause(previousLine) || mayBeSubsection(previousLine)) && opens);
    if (starts) {
      current = { text: content, depth: line.indent > 0 ? 1 : 0, ...(pageBreak ? { afterPageBreak: true } : {}) };
      paragraphs.push(current);
      currentIsHeading = isHeadingLine(content) && !masthead;
    } else if (current) {
      current.text = join(current.text, content);
    }
    pageBreak = false;
    previousLine = content;
  }
  return { paragraphs, counts };
}

/** The document model of text pasted from a PDF. */
export function importPastedText(text: string): ReportDocument {
  const { paragraphs, counts } = readPastedText(text);
  const document = buildDocument(paragraphs, { layoutText: true });
  if (counts.furniture > 0) document.remarks.push(`${counts.furniture} page head and foot line${counts.furniture === 1 ? '' : 's'} removed.`);
  if (counts.bullets > 0) document.remarks.push(`${counts.bullets} bullet${counts.bullets === 1 ? '' : 's'} before numbers and items removed.`);
  return document;
}
