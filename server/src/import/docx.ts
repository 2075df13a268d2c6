// Word documents (.docx): the body of word/document.xml in order, with automatic numbering as Word
// shows it (numbering.ts, styles.ts), headings from the UN styles, the masthead table, tracked
// changes read as accepted, footnotes kept as notes; headers and footers (other parts) left out.
import { unzipSync } from 'fflate';
import type { Note, ReportDocument } from '../document/model';
import { superscriptMark } from '../document/render';
import { isSymbolLine } from '../core/parse/masthead';
import { buildDocument } from './build';
import { ImportError } from './errors';
import { Numbering } from './numbering';
import type { SourceParagraph } from './source';
import { Styles } from './styles';
import { readXml } from './xml';

/** A paragraph as the XML gives it, before numbering. */
interface RawParagraph {
  text: string;
  styleId?: string;
  numId?: string;
  ilvl?: number;
  /** Footnote ids referred to in the paragraph, in order. */
  footnotes: string[];
  /** The paragraph mark was deleted (tracked): the paragraph runs on into the next. */
  markDeleted: boolean;
  /** The paragraph's own indentation (`w:ind`), in twentieths of a point: where its label starts. */
  labelAt?: number;
  /** Index of the body table the paragraph is in (and of its cell), or -1. */
  table: number;
  cell: number;
}

interface Counts {
  insertions: number;
  deletions: number;
}

/** Elements whose content is not the document's text (deleted, a duplicate rendering, a field code…). */
const SKIPPED = new Set(['w:del', 'w:moveFrom', 'w:delText', 'w:instrText', 'mc:Fallback', 'w:txbxContent', 'w:footnoteRef', 'w:endnoteRef', 'w:rPrChange', 'w:pPrChange', 'w:sectPr']);

/**
 * Reads the paragraphs of a part (document.xml or footnotes.xml) in one pass. `onParagraph` gets
 * each one, with the footnote (`w:footnote`) it belongs to in footnotes.xml.
 */
function readParagraphs(xml: string, counts: Counts, onParagraph: (paragraph: RawParagraph, footnote: string | undefined) => void): void {
  let skipped = 0;
  let inText = false;
  let current: RawParagraph | undefined;
  let inParagraphProperties = false;
  let tableDepth = 0;
  let tables = -1;
  let cells = -1;
  let footnote: string | undefined;
  readXml(xml, {
    open(name, attributes, selfClosing) {
      if (name === 'w:ins' || name === 'w:moveTo') counts.insertions++;
      if (name === 'w:del' || name === 'w:moveFrom') {
        // A deleted paragraph mark is `w:del` inside the paragraph's run properties.
        if (inParagraphProperties && current) current.markDeleted = true;
        else counts.deletions++;
      }
      if (skipped > 0 || SKIPPED.has(name)) {
        if (!selfClosing) skipped++;
        return;
      }
      switch (name) {
        case 'w:footnote':
          footnote = attributes.get('w:id');
          return;
        case 'w:tbl':
          if (tableDepth++ === 0) tables++;
          return;
        case 'w:tc':
          cells++;
          return;
        case 'w:p':
          current = { text: '', footnotes: [], markDeleted: false, table: tableDepth > 0 ? tables : -1, cell: cells };
          return;
        case 'w:pPr':
          inParagraphProperties = true;
          return;
        case 'w:pStyle':
          if (current && inParagraphProperties) current.styleId = attributes.get('w:val');
          return;
        case 'w:ind':
          if (current && inParagraphProperties) current.labelAt = labelPosition(attributes);
          return;
        case 'w:numId':
          if (current && inParagraphProperties) current.numId = attributes.get('w:val');
          return;
        case 'w:ilvl':
          if (current && inParagraphProperties) current.ilvl = Number(attributes.get('w:val') ?? '0');
          return;
        case 'w:t':
          inText = !selfClosing;
          return;
        case 'w:tab':
          if (current && !inParagraphProperties) current.text += '\t';
          return;
        case 'w:br':
        case 'w:cr':
          if (current) current.text += '\n';
          return;
        case 'w:noBreakHyphen':
          if (current) current.text += '-';
          return;
        case 'w:footnoteReference':
          current?.footnotes.push(attributes.get('w:id') ?? '');
          if (current) current.text += `\u0000${current.footnotes.length - 1}\u0000`;
          return;
      }
    },
    close(name) {
      if (skipped > 0) {
        skipped--;
        return;
      }
      if (name === 'w:t') inText = false;
      else if (name === 'w:pPr') inParagraphProperties = false;
      else if (name === 'w:tbl') tableDepth--;
      else if (name === 'w:p' && current) {
        onParagraph(current, footnote);
        current = undefined;
      }
    },
    text(text) {
      if (inText && skipped === 0 && current) current.text += text;
    },
  });
}

function readFootnotes(xml: string | undefined, counts: Counts): Map<string, string> {
  const notes = new Map<string, string>();
  if (!xml) return notes;
  readParagraphs(xml, counts, (paragraph, id) => {
    if (id === undefined) return;
    const text = paragraph.text.replace(/\u0000\d+\u0000/g, '').trim();
    const before = notes.get(id);
    notes.set(id, before ? `${before} ${text}` : text);
  });
  return notes;
}

/** The masthead table's cells: a cell's paragraphs are one line each, but a symbol wrapped in its cell is one symbol. */
function mastheadParagraphs(cells: Map<number, string[]>): SourceParagraph[] {
  const out: SourceParagraph[] = [];
  for (const lines of cells.values()) {
    const pieces = lines.flatMap((line) => line.split('\n')).map((line) => line.trim()).filter((line) => line !== '');
    const joined = pieces.join('');
    if (pieces.length > 1 && isSymbolLine(joined)) out.push({ text: joined, masthead: true });
    else for (const piece of pieces) out.push({ text: piece, masthead: true });
  }
  return out;
}

function unzip(bytes: Uint8Array): Record<string, Uint8Array> {
  // An encrypted .docx is an OLE compound file, not a zip (and so is an old .doc).
  if (bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0) {
    throw new ImportError('this is a password-protected (encrypted) Word document or an old .doc: open it in Word and save it as .docx without a password');
  }
  try {
    return unzipSync(bytes, { filter: (file) => /^word\/(document|numbering|styles|footnotes)\.xml$/.test(file.name) });
  } catch (error) {
    throw new ImportError(`not a readable Word document (the .docx is damaged: ${(error as Error).message})`);
  }
}

export function importDocx(bytes: Uint8Array): ReportDocument {
  const files = unzip(bytes);
  const text = (name: string) => (files[name] ? new TextDecoder().decode(files[name]) : undefined);
  const documentXml = text('word/document.xml');
  if (documentXml === undefined) throw new ImportError('not a Word document: the .docx has no word/document.xml');
  try {
    return readDocument(documentXml, text('word/numbering.xml'), text('word/styles.xml'), text('word/footnotes.xml'));
  } catch (error) {
    if (error instanceof ImportError) throw error;
    throw new ImportError(`not a readable Word document (the .docx is damaged: ${(error as Error).message})`);
  }
}

function readDocument(documentXml: string, numberingXml: string | undefined, stylesXml: string | undefined, footnotesXml: string | undefined): ReportDocument {
  const counts: Counts = { insertions: 0, deletions: 0 };
  const numbering = new Numbering(numberingXml);
  const styles = new Styles(stylesXml);
  const footnoteTexts = readFootnotes(footnotesXml, { insertions: 0, deletions: 0 });
  const paragraphs: SourceParagraph[] = [];
  const mastheadCells = new Map<number, string[]>();
  let mastheadTable: number | undefined;
  let bodyText = false;
  let carried = '';
  let noteCount = 0;
  readParagraphs(documentXml, counts, (raw) => {
    // The first table before any text of the body is the masthead.
    if (raw.table >= 0 && !bodyText && (mastheadTable === undefined || mastheadTable === raw.table)) {
      mastheadTable = raw.table;
      const cell = mastheadCells.get(raw.cell) ?? [];
      cell.push(raw.text);
      mastheadCells.set(raw.cell, cell);
      return;
    }
    const style = styles.numbering(raw.styleId);
    const numId = raw.numId ?? style?.numId;
    const ilvl = raw.ilvl ?? (raw.numId === undefined ? style?.ilvl : undefined) ?? 0;
    const label = numId === undefined ? undefined : numbering.next(numId, ilvl);
    const notes: Note[] = [];
    const body = raw.text.replace(/\u0000(\d+)\u0000/g, (_, index: string) => {
      const mark = String(++noteCount);
      notes.push({ mark, text: footnoteTexts.get(raw.footnotes[Number(index)]) ?? '' });
      return superscriptMark(mark);
    });
    let text = carried + (label?.label ? `${label.label} ${body.trimStart()}` : body);
    if (raw.markDeleted) {
      carried = text;
      return;
    }
    carried = '';
    if (text.trim() !== '') bodyText = true;
    const heading = styles.headingLevel(raw.styleId);
    paragraphs.push({ text, depth: label ? ilvl + (label.bullet ? 1 : 0) : typedDepth(text, raw.labelAt), ...(label?.bullet ? { bullet: true } : {}), ...(heading ? { heading } : {}), ...(notes.length ? { notes } : {}) });
  });
  const document = buildDocument(mastheadParagraphs(mastheadCells).concat(paragraphs));
  if (counts.insertions + counts.deletions > 0) {
    document.remarks.push(`the document has tracked changes (${counts.insertions} insertion${counts.insertions === 1 ? '' : 's'}, ${counts.deletions} deletion${counts.deletions === 1 ? '' : 's'}): read as if accepted.`);
  }
  return document;
}

/** The UN text column (1.27 cm) and the step of each list level (0.84 cm), in twentieths of a point. */
const COLUMN = 1267;
const STEP = 475;

/** Where `w:ind` puts a paragraph's first line: its left edge less a hanging indent, or plus a first-line one. */
function labelPosition(attributes: ReadonlyMap<string, string>): number | undefined {
  const left = Number(attributes.get('w:left') ?? attributes.get('w:start') ?? NaN);
  if (!Number.isFinite(left)) return undefined;
  return left - Number(attributes.get('w:hanging') ?? 0) + Number(attributes.get('w:firstLine') ?? 0);
}

/**
 * The list depth of a paragraph whose label is typed (`(a)`, then a tab), from where its label
 * stands: at the text column a paragraph's number (0), one step in a list item (1), and so on.
 * A paragraph without a typed label or without its own indentation says nothing (0).
 */
function typedDepth(text: string, labelAt: number | undefined): number {
  if (labelAt === undefined || !/^\S{1,8}\t/.test(text)) return 0;
  return Math.max(0, Math.round((labelAt - COLUMN) / STEP));
}