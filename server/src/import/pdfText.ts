// PDFs: the text of each page with its positions (unpdf, the serverless build of pdf.js), made
// into the lines of the page: items on one baseline are one line, read left to right; a raised,
// smaller number is a footnote mark; the page's heads and feet (in its top and bottom margins,
// known by their shape or because they repeat on other pages) are removed; the smaller lines at
// the foot of the body are the page's footnotes. The lines go to the pasted-text reader (text.ts)
// with blank lines where the gap between lines is a paragraph's, indentation kept, a form feed
// between pages and the footnotes after a separator line. Bundled apart (dist/pdfText.js) and
// loaded only when a PDF is imported.
import { getDocumentProxy } from 'unpdf';
import type { ReportDocument } from '../document/model';
import { NOTES_SEPARATOR, superscriptMark } from '../document/render';
import { ImportError } from './errors';
import { isRunningLine } from './furniture';
import { importPastedText } from './text';

interface Item {
  str: string;
  x: number;
  y: number;
  width: number;
  height: number;
}

interface PageLine {
  text: string;
  x: number;
  y: number;
  /** The height of the line's largest text (its font size). */
  size: number;
}

interface Page {
  height: number;
  lines: PageLine[];
}

/** Items closer than this (in points) share a baseline; a raised footnote mark is within `size`. */
const SAME_LINE = 2;

function isDigits(text: string): boolean {
  return text.length > 0 && text.length <= 3 && /^[0-9]+$/.test(text);
}

/** Groups a page's items into lines, top to bottom; a raised smaller number becomes a superscript mark. */
function linesOf(items: Item[]): PageLine[] {
  const sorted = items.filter((item) => item.str !== '').sort((a, b) => b.y - a.y || a.x - b.x);
  const rows: Item[][] = [];
  for (const item of sorted) {
    const row = rows[rows.length - 1];
    const base = row?.[0];
    // A footnote mark sits a little above the baseline, in a smaller size.
    const raised = base !== undefined && isDigits(item.str.trim()) && item.height < base.height * 0.8 && item.y > base.y && item.y - base.y < base.height * 0.6;
    if (base && (Math.abs(item.y - base.y) <= SAME_LINE || raised)) row.push(item);
    else rows.push([item]);
  }
  return joinHangingMarks(rows).map((row) => lineOf(row));
}

/** A row that is only a small number just above the next row's baseline is that row's mark (a footnote's `¹`). */
function joinHangingMarks(rows: Item[][]): Item[][] {
  const out: Item[][] = [];
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i];
    const next = rows[i + 1];
    const mark = row.length <= 2 && isDigits(row.map((item) => item.str).join('').trim());
    if (mark && next && row[0].height < next[0].height * 0.8 && row[0].y > next[0].y && row[0].y - next[0].y < next[0].height * 0.6) {
      for (const item of row) next.push(item);
      continue;
    }
    out.push(row);
  }
  return out;
}

function lineOf(row: Item[]): PageLine {
  const size = row.reduce((max, item) => Math.max(max, item.height), 0);
  const baseline = row.reduce((low, item) => (item.height >= size * 0.8 ? Math.min(low, item.y) : low), Infinity);
  row.sort((a, b) => a.x - b.x);
  let text = '';
  let end = -Infinity;
  for (const item of row) {
    const mark = item.height < size * 0.8 && item.y - baseline > 1 && isDigits(item.str.trim());
    const piece = mark ? superscriptMark(item.str.trim()) : item.str;
    // A gap wider than a fifth of the font size is a space the PDF did not write.
    if (text !== '' && !mark && item.x - end > size * 0.2 && !text.endsWith(' ') && !piece.startsWith(' ')) text += ' ';
    text += piece;
    end = item.x + item.width;
  }
  return { text: text.trim(), x: row[0].x, y: baseline === Infinity ? row[0].y : baseline, size };
}

/** The size of most of the text: the body's font. */
function bodySize(pages: Page[]): number {
  const counts = new Map<number, number>();
  for (const page of pages) for (const line of page.lines) counts.set(Math.round(line.size), (counts.get(Math.round(line.size)) ?? 0) + line.text.length);
  let best = 10;
  let most = -1;
  for (const [size, count] of counts) if (count > most) [best, most] = [size, count];
  return best;
}

/** The line's text with its digits as `#`: running heads and feet differ only in their page number. */
function shape(text: string): string {
  return text.replace(/[0-9]+/g, '#');
}

/** The symbol in the masthead (the first page's first lines). */
function symbolOf(pages: Page[]): string | undefined {
  const first = pages[0]?.lines.slice(0, 8) ?? [];
  for (const line of first) {
    const words = line.text.split(' ');
    for (const word of words) if (/^[A-Z]{1,10}(\.[0-9]+)?(\/[A-Za-z0-9.-]+)+$/.test(word) && /[0-9]/.test(word)) return word;
  }
  return undefined;
}

/** Running heads and feet: lines in the top (not on the first page) or bottom margin (8 %) of a page that look like one or repeat on other pages. */
function runningLines(pages: Page[], symbol: string | undefined): Set<PageLine> {
  // The first page's top is the masthead, which has the symbol but no running head.
  const margin = (page: Page, line: PageLine) => (line.y > page.height * 0.92 && page !== pages[0]) || line.y < page.height * 0.08;
  const shapes = new Map<string, number>();
  for (const page of pages) for (const line of page.lines) if (margin(page, line)) shapes.set(shape(line.text), (shapes.get(shape(line.text)) ?? 0) + 1);
  const running = new Set<PageLine>();
  for (const page of pages) {
    for (const line of page.lines) {
      if (!margin(page, line)) continue;
      if (isRunningLine(line.text, symbol) || (pages.length > 1 && (shapes.get(shape(line.text)) ?? 0) > 1)) running.add(line);
    }
  }
  return running;
}

const SUPERSCRIPTS = '⁰¹²³⁴⁵⁶⁷⁸⁹';

/** A note's line as the draft writes it: `¹ Text` (a raised mark) → `1 Text`. */
function plainMark(text: string): string {
  let i = 0;
  let digits = '';
  while (i < text.length && SUPERSCRIPTS.includes(text[i])) digits += SUPERSCRIPTS.indexOf(text[i++]);
  return digits === '' ? text : `${digits} ${text.slice(i).trimStart()}`;
}

/** The leftmost start of a body line: where unindented text starts. */
function leftMargin(pages: Page[], running: Set<PageLine>): number {
  let left = Infinity;
  for (const page of pages) for (const line of page.lines) if (!running.has(line) && line.x < left) left = line.x;
  return left === Infinity ? 0 : left;
}

/** The page's text as pasted text: paragraphs apart, indentation kept, footnotes after a separator. */
function pageText(page: Page, body: number, running: Set<PageLine>, left: number): string[] {
  const lines = page.lines.filter((line) => !running.has(line));
  // Footnotes: from the first smaller line that starts with a number, in the lower half, to the foot.
  let notesFrom = lines.length;
  for (let i = lines.length - 1; i >= 0; i--) {
    const line = lines[i];
    if (line.size >= body * 0.9 || line.y > page.height * 0.5) break;
    if (/^[0-9]{1,3}(\s|$)|^[¹²³⁴⁵⁶⁷⁸⁹⁰]+/.test(line.text)) notesFrom = i;
  }
  const out: string[] = [];
  let previous: PageLine | undefined;
  for (let i = 0; i < notesFrom; i++) {
    const line = lines[i];
    // A gap of more than one and a half lines ends a paragraph.
    if (previous && previous.y - line.y > Math.max(previous.size, line.size) * 1.6) out.push('');
    const indent = Math.max(0, Math.round((line.x - left) / (body * 1.5)));
    out.push(`${'  '.repeat(Math.min(indent, 4))}${line.text}`);
    previous = line;
  }
  if (notesFrom < lines.length) {
    out.push('', NOTES_SEPARATOR);
    for (let i = notesFrom; i < lines.length; i++) out.push(plainMark(lines[i].text));
  }
  return out;
}

async function readPages(bytes: Uint8Array): Promise<Page[]> {
  let pdf;
  try {
    // pdf.js takes the buffer over: give it a copy.
    pdf = await getDocumentProxy(new Uint8Array(bytes), { verbosity: 0 });
  } catch (error) {
    const name = (error as Error)?.name;
    if (name === 'PasswordException') throw new ImportError('the PDF is password-protected (encrypted): save a copy without a password and import that');
    throw new ImportError(`not a readable PDF (${(error as Error)?.message ?? String(error)})`);
  }
  try {
    const pages: Page[] = [];
    for (let n = 1; n <= pdf.numPages; n++) {
      const page = await pdf.getPage(n);
      const viewport = page.getViewport({ scale: 1 });
      const content = await page.getTextContent();
      const items: Item[] = [];
      for (const item of content.items) {
        if (!('str' in item)) continue;
        items.push({ str: item.str, x: item.transform[4], y: item.transform[5], width: item.width, height: item.height || Math.abs(item.transform[3]) });
      }
      pages.push({ height: viewport.height, lines: linesOf(items) });
    }
    return pages;
  } catch (error) {
    throw new ImportError(`not a readable PDF (${(error as Error)?.message ?? String(error)})`);
  } finally {
    await pdf.destroy();
  }
}

/** The document model of a PDF; throws `ImportError` for an unreadable, encrypted or image-only one. */
export async function importPdf(bytes: Uint8Array): Promise<ReportDocument> {
  const pages = await readPages(bytes);
  if (pages.every((page) => page.lines.length === 0)) throw new ImportError('the PDF has no text (a scanned, image-only PDF needs OCR first)');
  const body = bodySize(pages);
  const symbol = symbolOf(pages);
  const running = runningLines(pages, symbol);
  const left = leftMargin(pages, running);
  const text = pages.map((page) => pageText(page, body, running, left).join('\n')).join('\n\f\n');
  const document = importPastedText(text);
  if (running.size > 0) document.remarks.unshift(`${running.size} page head and foot line${running.size === 1 ? '' : 's'} removed by their place on the page.`);
  return document;
}
