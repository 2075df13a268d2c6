// Text copied from a PDF (docs/import.md, "Pasted text"): the lines of the page, with the
// page heads and feet, bullets that extractors put before numbers (`- 5. The summary…`),
// paragraph numbers alone on their line, wrapped lines, paragraphs cut by a page break and a
// masthead spread over blank lines. Repaired line by line into the builder's paragraphs. Pure.
import type { Note, ReportDocument } from '../document/model';
import { isFootnoteSeparator } from '../core/parse/footnotes';
import { superscriptMark } from '../document/render';
import { readAnnex, readChapter, readMarker, readNumbered, readSection } from '../core/parse/headings';
import { classifyMastheadLine, isSymbolLine } from '../core/parse/masthead';
import { buildDocument, isTitleText, joinWrapped } from './build';
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

/** The report's symbol: the first masthead line that is one. */
function findSymbol(lines: (TextLine | undefined)[]): string | undefined {
  for (let i = 0; i < lines.length && i < 40; i++) {
    const line = lines[i];
    if (!line) continue;
    // A symbol wrapped in its cell (`CTOC/COP/WG.4/` then `2020/4`) is one symbol.
    const next = lines[i + 1];
    const text = line.text.endsWith('/') && next && isMastheadSymbol(line.text + next.text) ? line.text + next.text : line.text;
    if (isSymbolLine(text)) return text;
    const extra = readMastheadExtras(text);
    if (extra.symbol) return extra.symbol;
  }
  return undefined;
}

interface Counts {
  furniture: number;
  bullets: number;
  hanging: number;
}

function isMastheadSymbol(text: string): boolean {
  return isSymbolLine(text) || readMastheadExtras(text).symbol !== undefined;
}

/** A line of a footnote: `1 Text` starts a note, anything else continues the last one. */
function addNoteLine(notes: Note[], text: string): void {
  let digits = 0;
  while (digits < text.length && digits < 4 && text.charCodeAt(digits) >= 48 && text.charCodeAt(digits) <= 57) digits++;
  const last = notes[notes.length - 1];
  if (digits > 0 && text[digits] === ' ') notes.push({ mark: text.slice(0, digits), text: text.slice(digits + 1).trim() });
  else if (last) last.text = last.text === '' ? text : joinWrapped(last.text, text);
  else notes.push({ mark: '', text });
}

/** Reads the lines of pasted text one by one into the builder's paragraphs. */
class PasteReader {
  readonly paragraphs: SourceParagraph[] = [];
  readonly counts: Counts = { furniture: 0, bullets: 0, hanging: 0 };
  private current: SourceParagraph | undefined;
  private currentIsHeading = false;
  private currentIsMasthead = false;
  private previousLine = '';
  private pageBreak = false;
  /** A hanging number (`12.`) waiting for its text on the next line. */
  private hanging = '';
  private inMasthead = true;
  /** The notes after a separator line, until a blank line or page break. */
  private notes: Note[] | undefined;
  private readonly pageNotes: { notes: Note[]; before: number }[] = [];

  constructor(
    private readonly lines: (TextLine | undefined)[],
    private readonly symbol: string | undefined,
  ) {}

  read(): void {
    for (let index = 0; index < this.lines.length; index++) index = this.line(index);
    for (const group of this.pageNotes) attachNotes(this.paragraphs, group.notes, group.before);
  }

  /** Reads line `index`; returns the index of the last line it used. */
  private line(index: number): number {
    const line = this.lines[index];
    if (!line || line.text === '\f') {
      // A blank line ends a paragraph (not a hanging number's or a note's wait for its text); a
      // form feed (pdftotext's, the PDF reader's) is a page break.
      if (line) this.pageBreak = true;
      this.current = undefined;
      if (line || !this.noteAwaitsText()) this.notes = undefined;
    } else if (this.isNoteMark(line.text, index)) {
      // `1` alone, then the note's text, at the foot of a page (copied without the separator line).
      this.notes = [{ mark: line.text, text: '' }];
      this.pageNotes.push({ notes: this.notes, before: this.paragraphs.length });
      this.current = undefined;
    } else if (isFootnoteSeparator(line.text)) {
      // Footnotes: a separator line, then notes `1 Text`, each kept with the paragraph that carries its mark.
      this.notes = [];
      this.pageNotes.push({ notes: this.notes, before: this.paragraphs.length });
      this.current = undefined;
    } else if (this.notes) {
      addNoteLine(this.notes, line.text);
    } else if (this.isFurniture(line.text)) {
      this.counts.furniture++;
      this.pageBreak = true;
      this.current = undefined;
    } else if (isHangingNumber(line.text)) {
      this.counts.hanging++;
      this.hanging = `${line.text} `;
      this.current = undefined;
    } else {
      return this.textLine(line, index);
    }
    return index;
  }

  private noteAwaitsText(): boolean {
    return this.notes !== undefined && this.notes.length > 0 && this.notes[this.notes.length - 1].text === '';
  }

  /**
   * A number alone on its line (`1`) that is not a page number: the text after it, before the
   * page's foot, is a footnote. A page number is followed by the page break or another foot line.
   */
  private isNoteMark(text: string, index: number): boolean {
    // Right after a page break (before any text of the page) a number is the page's.
    if (this.paragraphs.length === 0 || this.pageBreak || !/^[0-9]{1,3}$/.test(text)) return false;
    let next = index + 1;
    while (next < this.lines.length && this.lines[next] === undefined) next++;
    const following = this.lines[next];
    return following !== undefined && following.text !== '\f' && !this.isFurniture(following.text) && !opensBlock(following.text);
  }

  /** A running head or foot; the symbol in the masthead is the masthead's, later ones are running heads. */
  private isFurniture(text: string): boolean {
    if (this.inMasthead && text === this.symbol) return false;
    return isRunningLine(text, this.symbol);
  }

  private textLine(line: TextLine, index: number): number {
    if (line.bullet) this.counts.bullets++;
    let content = this.hanging + line.text;
    this.hanging = '';
    // A symbol wrapped in the masthead: `CTOC/COP/WG.4/` then `2020/4`.
    const next = this.lines[index + 1];
    if (this.inMasthead && content.endsWith('/') && next && isMastheadSymbol(content + next.text)) {
      content += next.text;
      index++;
    }
    const masthead = this.inMasthead && (classifyMastheadLine(content) !== 'other' || readMastheadExtras(content).known);
    if (!masthead) this.inMasthead = false;
    if (this.startsParagraph(line, content, masthead)) {
      this.current = { text: content, depth: line.indent > 0 ? 1 : 0, ...(line.bullet && line.indent > 0 ? { bullet: true } : {}), ...(this.pageBreak ? { afterPageBreak: true } : {}) };
      this.paragraphs.push(this.current);
      this.currentIsHeading = isHeadingLine(content) && !masthead;
      this.currentIsMasthead = masthead;
    } else if (this.current) {
      this.current.text = joinWrapped(this.current.text, content);
    }
    this.pageBreak = false;
    this.previousLine = content;
    return index;
  }

  /** Whether a line starts a paragraph or wraps the one before (format.md's blocks, rebuilt). */
  private startsParagraph(line: TextLine, content: string, masthead: boolean): boolean {
    if (!this.current || masthead || this.currentIsMasthead || line.bullet) return true;
    if (this.currentIsHeading && !/^\p{Ll}/u.test(content)) return true;
    // `I. Introduction` right after a title's last line: a heading is short and stands alone.
    if (isHeadingLine(content) && content.length <= 120 && !this.previousLine.endsWith('-')) return true;
    return (endsClause(this.previousLine) || mayBeSubsection(this.previousLine)) && opensBlock(content);
  }
}

/** Splits pasted text into the builder's paragraphs, counting what it repaired. */
export function readPastedText(text: string): { paragraphs: SourceParagraph[]; counts: Counts } {
  // Form feeds on lines of their own: pdftotext puts one before a page's first line.
  const lines = text.replace(/\f/g, '\n\f\n').split(/\r\n|\r|\n/).map((raw) => (raw === '\f' ? { text: '\f', indent: 0, bullet: false } : readLine(raw)));
  const reader = new PasteReader(lines, findSymbol(lines));
  reader.read();
  return { paragraphs: reader.paragraphs, counts: reader.counts };
}

/**
 * Where a note's mark lost its superscript in the copy: after a sentence's or clause's end, the
 * number, then a capital or the end (`…persons. 1 In that…`, `…persons.1 In…`). A sentence never
 * starts with a bare number in a report, so this reads nothing else. -1 when not found.
 */
function plainMarkAt(text: string, mark: string): number {
  let from = 0;
  for (;;) {
    const at = text.indexOf(mark, from);
    if (at < 0) return -1;
    from = at + 1;
    const before = text[at - 1] === ' ' ? text[at - 2] : text[at - 1];
    const after = text.slice(at + mark.length, at + mark.length + 2);
    if (before !== undefined && '.,;:)”"'.includes(before) && (after === '' || /^ \p{Lu}/u.test(after))) return at;
  }
}

/**
 * Gives each note to the last paragraph before it (`before`) whose text carries its mark (`¹`, or
 * the mark without its superscript, which is then made one), else to the last one before it.
 */
function attachNotes(paragraphs: SourceParagraph[], notes: Note[], before: number): void {
  for (const note of notes) {
    const mark = superscriptMark(note.mark);
    let owner = before - 1;
    for (let i = before - 1; i >= 0 && i >= before - 200 && note.mark !== ''; i--) {
      const paragraph = paragraphs[i];
      if (paragraph.text.includes(mark)) {
        owner = i;
        break;
      }
      const at = plainMarkAt(paragraph.text, note.mark);
      if (at >= 0) {
        const start = paragraph.text[at - 1] === ' ' ? at - 1 : at;
        paragraph.text = paragraph.text.slice(0, start) + mark + paragraph.text.slice(at + note.mark.length);
        owner = i;
        break;
      }
    }
    if (owner >= 0) (paragraphs[owner].notes ??= []).push(note);
  }
}

/** The document model of text pasted from a PDF. */
export function importPastedText(text: string): ReportDocument {
  const { paragraphs, counts } = readPastedText(text);
  const document = buildDocument(paragraphs, { layoutText: true });
  if (counts.furniture > 0) document.remarks.push(`${counts.furniture} page head and foot line${counts.furniture === 1 ? '' : 's'} removed.`);
  if (counts.bullets > 0) document.remarks.push(`${counts.bullets} bullet${counts.bullets === 1 ? '' : 's'} before numbers and items removed.`);
  return document;
}
