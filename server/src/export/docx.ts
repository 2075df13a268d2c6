// Renders a layout (core/layout) as a Word document in the UN layout with the `docx` package:
// A4, Times New Roman 10 pt, the masthead table, the UN paragraph styles (HCh, H1, H23, H4,
// SingleTxt), numbers as literal text in a hanging indent, the symbol as running header and
// page/pages with the job number in the footer. docs/export.md describes the mapping.
import { AlignmentType, BorderStyle, Document, Footer, Header, Packer, PageNumber, Paragraph, Tab, Table, TableCell, TableRow, TabStopType, TextRun, WidthType, type IStylesOptions } from 'docx';
import type { HeadingBlock, ItemBlock, Layout, LayoutBlock, MastheadBlock, ParagraphBlock } from '../core/layout';

/** A4 in twentieths of a point, and the UN margins. */
export const PAGE = { width: 11906, height: 16838, top: 1440, bottom: 1440, left: 1080, right: 1080 } as const;
/** The text column starts 1.27 cm in; a number hangs 0.84 cm before its text. */
const COLUMN = 1267;
const HANG = 475;
const RIGHT = 1264;

const STYLES: IStylesOptions = {
  default: { document: { run: { font: 'Times New Roman', size: 20 }, paragraph: { spacing: { line: 240 } } } },
  paragraphStyles: [
    heading('HCh', 28, { before: 360, after: 240 }),
    heading('H1', 24, { before: 360, after: 240 }),
    heading('H23', 20, { before: 240, after: 120 }),
    { ...heading('H4', 20, { before: 240, after: 120 }), run: { italics: true, size: 20 } },
    { id: 'Title', name: 'Title', basedOn: 'Normal', next: 'Normal', run: { bold: true, size: 34 }, paragraph: { spacing: { before: 240, after: 240 }, indent: { left: COLUMN, right: RIGHT } } },
    { id: 'SingleTxt', name: 'SingleTxt', basedOn: 'Normal', next: 'SingleTxt', paragraph: { spacing: { after: 120 }, alignment: AlignmentType.BOTH, indent: { left: COLUMN + HANG, right: RIGHT, hanging: HANG } } },
  ],
};

function heading(id: string, size: number, spacing: { before: number; after: number }): NonNullable<IStylesOptions['paragraphStyles']>[number] {
  return { id, name: id, basedOn: 'Normal', next: 'SingleTxt', run: { bold: true, size }, paragraph: { keepNext: true, spacing, indent: { left: COLUMN, right: RIGHT, hanging: COLUMN } } };
}

export async function renderDocx(layout: Layout): Promise<Uint8Array> {
  const document = new Document({
    creator: 'Rapporteur',
    styles: STYLES,
    sections: [
      {
        properties: { page: { size: { width: PAGE.width, height: PAGE.height }, margin: { top: PAGE.top, bottom: PAGE.bottom, left: PAGE.left, right: PAGE.right } } },
        headers: { default: new Header({ children: [new Paragraph({ children: [new TextRun({ text: layout.symbol ?? '', bold: true })] })] }) },
        footers: { default: footer(layout.jobNumber) },
        children: layout.blocks.flatMap(render),
      },
    ],
  });
  return Packer.toBuffer(document);
}

function footer(jobNumber: string | undefined): Footer {
  const runs = [new TextRun({ children: [PageNumber.CURRENT, '/', PageNumber.TOTAL_PAGES] })];
  if (jobNumber) runs.push(new TextRun({ children: [new Tab(), jobNumber] }));
  return new Footer({ children: [new Paragraph({ tabStops: [{ type: TabStopType.RIGHT, position: PAGE.width - PAGE.left - PAGE.right }], children: runs })] });
}

function render(block: LayoutBlock): Array<Paragraph | Table> {
  switch (block.kind) {
    case 'masthead':
      return [masthead(block), new Paragraph({})];
    case 'title':
      return [new Paragraph({ style: 'Title', children: [new TextRun(block.text)] })];
    case 'heading':
      return [headingParagraph(block)];
    case 'paragraph':
      return [numbered(block)];
    case 'item':
      return [item(block)];
    case 'text':
      return [new Paragraph({ style: 'SingleTxt', indent: indentOf(block.quoted, 0, 0), children: [new TextRun(block.text)] })];
  }
}

/** United Nations | symbol, then Distr., date and Original under the symbol. */
function masthead(block: MastheadBlock): Table {
  const rule = { style: BorderStyle.SINGLE, size: 12, color: '000000' };
  const none = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };
  const cell = (children: Paragraph[], bottom: { style: (typeof BorderStyle)[keyof typeof BorderStyle]; size: number; color: string } = none) => new TableCell({ children, borders: { top: none, left: none, right: none, bottom } });
  const line = (text: string | undefined) => new Paragraph({ children: [new TextRun(text ?? '')] });
  return new Table({
    width: { size: PAGE.width - PAGE.left - PAGE.right, type: WidthType.DXA },
    columnWidths: [3800, PAGE.width - PAGE.left - PAGE.right - 3800],
    rows: [
      new TableRow({ children: [cell([new Paragraph({ children: [new TextRun({ text: 'United Nations', size: 28 })] })], rule), cell([new Paragraph({ alignment: AlignmentType.RIGHT, children: [new TextRun({ text: block.symbol ?? '', size: 40 })] })], rule)] }),
      new TableRow({ children: [cell(block.other.map(line)), cell([line(block.distribution), line(block.date), line(block.original)])] }),
    ],
  });
}

function headingParagraph(block: HeadingBlock): Paragraph {
  if (block.annex) return new Paragraph({ style: 'HCh', alignment: AlignmentType.CENTER, indent: { left: 0, hanging: 0 }, children: [new TextRun(block.label || block.text)] });
  return new Paragraph({ style: block.style, tabStops: [{ type: TabStopType.LEFT, position: COLUMN }], children: hanging(block.label, block.text) });
}

/** The number as literal text, hanging before the paragraph's text. */
function numbered(block: ParagraphBlock): Paragraph {
  const indent = indentOf(block.quoted, 0, block.number ? HANG : 0);
  return new Paragraph({ style: 'SingleTxt', indent, tabStops: [{ type: TabStopType.LEFT, position: indent.left }], children: block.number ? hanging(block.number, block.text) : [new TextRun(block.text)] });
}

/** (a) one step in from the text column, (i) one more; the agenda like a first-level list. */
function item(block: ItemBlock): Paragraph {
  const left = COLUMN + HANG * (block.level + 2) + (block.quoted ? HANG : 0);
  return new Paragraph({ style: 'SingleTxt', indent: { left, right: RIGHT, hanging: HANG }, tabStops: [{ type: TabStopType.LEFT, position: left }], children: hanging(block.marker, block.text) });
}

/** A quoted resolution's blocks stand one step further in. */
function indentOf(quoted: boolean, level: number, hanging: number): { left: number; right: number; hanging: number } {
  return { left: COLUMN + HANG * (level + 1) + (quoted ? HANG : 0), right: RIGHT, hanging };
}

/** A label (number, marker, numeral) as literal text, a tab, and the text that hangs after it. */
function hanging(label: string, text: string): TextRun[] {
  return [new TextRun(label), new TextRun({ children: [new Tab(), text] })];
}
