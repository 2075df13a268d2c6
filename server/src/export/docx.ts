// Renders a layout (core/layout) as a Word document in the UN layout with the `docx` package:
// A4, Times New Roman 10 pt, the masthead table, the UN paragraph styles (HCh, H1, H23, H4,
// SingleTxt), numbers as literal text in a hanging indent, the symbol as running header and
// page/pages with the job number in the footer, footnotes as Word footnotes (notes.ts).
// docs/export.md describes the mapping.
import { AlignmentType, BorderStyle, Document, FootnoteReferenceRun, Footer, Header, LineRuleType, Packer, PageNumber, Paragraph, Tab, Table, TableCell, TableRow, TabStopType, TextRun, WidthType, type IStylesOptions, type ParagraphChild } from 'docx';
import type { HeadingBlock, ItemBlock, Layout, LayoutBlock, MastheadBlock, NotesBlock, ParagraphBlock } from '../core/layout';
import { markedText, placeFootnotes, type FootnoteMark, type FootnotePlan } from './notes';

/** A4 in twentieths of a point, and the UN margins. */
export const PAGE = { width: 11906, height: 16838, top: 1440, bottom: 1440, left: 1080, right: 1080 } as const;
/** The text column starts 1.27 cm in; a number hangs 0.84 cm before its text. */
const COLUMN = 1267;
const HANG = 475;
const RIGHT = 1264;

const STYLES: IStylesOptions = {
  default: { document: { run: { font: 'Times New Roman', size: 20 }, paragraph: { spacing: { line: 240, lineRule: LineRuleType.AUTO } } } },
  paragraphStyles: [
    heading('HCh', 28, { before: 360, after: 240 }),
    heading('H1', 24, { before: 360, after: 240 }),
    heading('H23', 20, { before: 240, after: 120 }),
    { ...heading('H4', 20, { before: 240, after: 120 }), run: { italics: true, size: 20 } },
    { id: 'Title', name: 'Title', basedOn: 'Normal', next: 'Normal', run: { bold: true, size: 34 }, paragraph: { spacing: { before: 240, after: 240 }, indent: { left: COLUMN, right: RIGHT } } },
    // Footnotes as UN documents print them: 9 pt, from the text column.
    { id: 'FootnoteText', name: 'footnote text', basedOn: 'Normal', run: { size: 18 }, paragraph: { spacing: { line: 220, lineRule: LineRuleType.AUTO }, indent: { left: COLUMN, right: RIGHT } } },
    { id: 'SingleTxt', name: 'SingleTxt', basedOn: 'Normal', next: 'SingleTxt', paragraph: { spacing: { after: 120 }, alignment: AlignmentType.BOTH, indent: { left: COLUMN + HANG, right: RIGHT, hanging: HANG } } },
  ],
};

function heading(id: string, size: number, spacing: { before: number; after: number }): NonNullable<IStylesOptions['paragraphStyles']>[number] {
  return { id, name: id, basedOn: 'Normal', next: 'SingleTxt', run: { bold: true, size }, paragraph: { keepNext: true, spacing, indent: { left: COLUMN, right: RIGHT, hanging: COLUMN } } };
}

export async function renderDocx(layout: Layout): Promise<Uint8Array> {
  const plan = placeFootnotes(layout.blocks);
  const footnotes: Record<number, { children: Paragraph[] }> = {};
  for (const [id, text] of plan.footnotes) footnotes[id] = { children: [new Paragraph({ style: 'FootnoteText', children: [new TextRun(` ${text}`)] })] };
  const document = new Document({
    creator: 'Rapporteur',
    styles: STYLES,
    footnotes,
    sections: [
      {
        properties: { page: { size: { width: PAGE.width, height: PAGE.height }, margin: { top: PAGE.top, bottom: PAGE.bottom, left: PAGE.left, right: PAGE.right } } },
        headers: { default: new Header({ children: [new Paragraph({ children: [new TextRun({ text: layout.symbol ?? '', bold: true })] })] }) },
        footers: { default: footer(layout.jobNumber) },
        children: bodyOf(layout.blocks, plan),
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

function bodyOf(blocks: readonly LayoutBlock[], plan: FootnotePlan): Array<Paragraph | Table> {
  const body: Array<Paragraph | Table> = [];
  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i];
    const next = blocks[i + 1];
    // `Annex I` with its title on the next line: one centred paragraph of two lines.
    if (block.kind === 'heading' && block.annex && block.label && next?.kind === 'heading' && next.annex && !next.label && next.source.line === block.source.endLine + 1) {
      body.push(new Paragraph({ style: 'HCh', alignment: AlignmentType.CENTER, indent: { left: 0, hanging: 0 }, children: runsOf(`${block.label}\n${next.text}`, []) }));
      i++;
      continue;
    }
    for (const made of render(block, plan)) body.push(made);
  }
  return body;
}

function render(block: LayoutBlock, plan: FootnotePlan): Array<Paragraph | Table> {
  const marks = plan.marks.get(block) ?? [];
  switch (block.kind) {
    case 'masthead':
      return [masthead(block), new Paragraph({})];
    case 'title':
      return [new Paragraph({ style: 'Title', children: runsOf(block.text, marks) })];
    case 'heading':
      return headingParagraphs(block, marks);
    case 'paragraph':
      return [numbered(block, marks)];
    case 'item':
      return [item(block, marks)];
    case 'text':
      return [new Paragraph({ style: 'SingleTxt', indent: indentOf(block.quoted, 0, 0), children: runsOf(block.text, marks) })];
    case 'notes':
      return plan.placed.has(block) ? [] : notesAsText(block);
  }
}

/**
 * A block's text as runs: its lines (`\n` in the layout) with line breaks between them, and
 * each footnote mark replaced by a reference to its Word footnote.
 */
function runsOf(text: string, marks: readonly FootnoteMark[]): ParagraphChild[] {
  const runs: ParagraphChild[] = [];
  let breakBefore = false;
  const addText = (piece: string) => {
    piece.split('\n').forEach((line, index) => {
      if (index > 0) breakBefore = true;
      if (line === '') return;
      runs.push(new TextRun(breakBefore ? { text: line, break: 1 } : line));
      breakBefore = false;
    });
  };
  let at = 0;
  for (const mark of marks) {
    addText(text.slice(at, mark.start));
    runs.push(new FootnoteReferenceRun(mark.id));
    at = mark.end;
  }
  addText(text.slice(at));
  return runs;
}

/** Footnotes whose marks were not found (or whose labels Word would not print): kept as text under a short rule. */
function notesAsText(block: NotesBlock): Paragraph[] {
  const rule = new Paragraph({ indent: { left: COLUMN }, children: [new TextRun('__________________')] });
  return [rule, ...block.notes.map((note) => new Paragraph({ style: 'SingleTxt', indent: { left: COLUMN + HANG, right: RIGHT, hanging: HANG }, tabStops: [{ type: TabStopType.LEFT, position: COLUMN + HANG }], children: [new TextRun({ text: note.label, size: 18 }), new TextRun({ children: [new Tab(), note.text], size: 18 })] }))];
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

/** Centred, as annexes and Official Records chapters are: the whole paragraph's runs given. */
function centred(children: ParagraphChild[]): Paragraph {
  return new Paragraph({ style: 'HCh', alignment: AlignmentType.CENTER, indent: { left: 0, hanging: 0 }, children });
}

function headingParagraphs(block: HeadingBlock, marks: readonly FootnoteMark[]): Paragraph[] {
  // `Chapter II` above its title: one paragraph of two lines, or two paragraphs when a blank line parts them.
  if (block.labelAbove === 'next-line') return [centred(runsOf(`${block.label}\n${block.text}`, marks.map((mark) => ({ ...mark, start: mark.start + block.label.length + 1, end: mark.end + block.label.length + 1 }))))];
  if (block.labelAbove === 'next-block') return [centred([new TextRun(block.label)]), centred(runsOf(block.text, marks))];
  return [headingParagraph(block, marks)];
}

function headingParagraph(block: HeadingBlock, marks: readonly FootnoteMark[]): Paragraph {
  if (block.annex) return new Paragraph({ style: 'HCh', alignment: AlignmentType.CENTER, indent: { left: 0, hanging: 0 }, children: runsOf(markedText(block), marks) });
  return new Paragraph({ style: block.style, tabStops: [{ type: TabStopType.LEFT, position: COLUMN }], children: hanging(block.label, block.text, marks) });
}

/** The number as literal text, hanging before the paragraph's text. */
function numbered(block: ParagraphBlock, marks: readonly FootnoteMark[]): Paragraph {
  const indent = indentOf(block.quoted, 0, block.number ? HANG : 0);
  return new Paragraph({ style: 'SingleTxt', indent, tabStops: [{ type: TabStopType.LEFT, position: indent.left }], children: block.number ? hanging(block.number, block.text, marks) : runsOf(block.text, marks) });
}

/** (a) one step in from the text column, (i) one more; the agenda like a first-level list. */
function item(block: ItemBlock, marks: readonly FootnoteMark[]): Paragraph {
  const left = COLUMN + HANG * (block.level + 2) + (block.quoted ? HANG : 0);
  return new Paragraph({ style: 'SingleTxt', indent: { left, right: RIGHT, hanging: HANG }, tabStops: [{ type: TabStopType.LEFT, position: left }], children: hanging(block.marker, block.text, marks) });
}

/** A quoted resolution's blocks stand one step further in. */
function indentOf(quoted: boolean, level: number, hanging: number): { left: number; right: number; hanging: number } {
  return { left: COLUMN + HANG * (level + 1) + (quoted ? HANG : 0), right: RIGHT, hanging };
}

/** A label (number, marker, numeral) as literal text, a tab, and the text that hangs after it. */
function hanging(label: string, text: string, marks: readonly FootnoteMark[]): ParagraphChild[] {
  return [new TextRun(label), new TextRun({ children: [new Tab()] }), ...runsOf(text, marks)];
}
