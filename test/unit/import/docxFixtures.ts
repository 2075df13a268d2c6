// Word documents made in code with the `docx` package, as a Secretariat editor's report looks in
// Word: the masthead table, UN heading styles, paragraphs and lists numbered automatically,
// footnotes, tracked changes. `withParts` edits the XML afterwards for what `docx` cannot write
// (numbering given by a paragraph style).
import {
  AlignmentType, DeletedTextRun, Document, FootnoteReferenceRun, InsertedTextRun, LevelFormat, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType,
} from 'docx';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';

export const SYMBOL = 'CTOC/COP/WG.4/2020/4';

/** The masthead table: `United Nations` | the symbol (wrapped in its cell, as a narrow cell does); then Distr., date, Original. */
export function mastheadTable(symbolLines: string[] = ['CTOC/COP/WG.4/', '2020/4']): Table {
  const cell = (...lines: string[]) => new TableCell({ children: lines.map((line) => new Paragraph(line)), width: { size: 4500, type: WidthType.DXA } });
  return new Table({
    rows: [
      new TableRow({ children: [cell('United Nations'), new TableCell({ children: [new Paragraph({ children: symbolLines.map((line, i) => new TextRun({ text: line, break: i > 0 ? 1 : 0 })) })] })] }),
      new TableRow({ children: [cell(''), cell('Distr.: General', '28 September 2020', '', 'Original: English')] }),
    ],
  });
}

const HEADING_STYLES = [
  { id: 'HCh', name: 'HCh_G', run: { bold: true, size: 28 } },
  { id: 'H1', name: 'H1_G', run: { bold: true, size: 24 } },
  { id: 'H23', name: 'H23_G', run: { bold: true, size: 20 } },
  { id: 'SingleTxt', name: 'SingleTxt_G', run: { size: 20 } },
];

/** Numbered lists: body paragraphs `1.`, lists `(a)` / `(i)`, the agenda `1.` / `(a)`, chapters `I.`, sections `A.`. */
const NUMBERING = {
  config: [
    { reference: 'paragraphs', levels: [{ level: 0, format: LevelFormat.DECIMAL, text: '%1.', alignment: AlignmentType.LEFT }] },
    {
      reference: 'list',
      levels: [
        { level: 0, format: LevelFormat.LOWER_LETTER, text: '(%1)', alignment: AlignmentType.LEFT },
        { level: 1, format: LevelFormat.LOWER_ROMAN, text: '(%2)', alignment: AlignmentType.LEFT },
      ],
    },
    {
      reference: 'agenda',
      levels: [
        { level: 0, format: LevelFormat.DECIMAL, text: '%1.', alignment: AlignmentType.LEFT },
        { level: 1, format: LevelFormat.LOWER_LETTER, text: '(%2)', alignment: AlignmentType.LEFT },
      ],
    },
    { reference: 'bullets', levels: [{ level: 0, format: LevelFormat.BULLET, text: '•', alignment: AlignmentType.LEFT }] },
    { reference: 'chapters', levels: [{ level: 0, format: LevelFormat.UPPER_ROMAN, text: '%1.', alignment: AlignmentType.LEFT }] },
    { reference: 'sections', levels: [{ level: 0, format: LevelFormat.UPPER_LETTER, text: '%1.', alignment: AlignmentType.LEFT }] },
  ],
};

export const numbered = (text: string, children?: (TextRun | FootnoteReferenceRun | InsertedTextRun | DeletedTextRun)[]) =>
  new Paragraph({ style: 'SingleTxt', numbering: { reference: 'paragraphs', level: 0 }, children: children ?? [new TextRun(text)] });
export const item = (text: string, level = 0, instance = 0) => new Paragraph({ style: 'SingleTxt', numbering: { reference: 'list', level, instance }, children: [new TextRun(text)] });
export const agendaItem = (text: string, level = 0) => new Paragraph({ style: 'SingleTxt', numbering: { reference: 'agenda', level }, children: [new TextRun(text)] });
export const bullet = (text: string) => new Paragraph({ style: 'SingleTxt', numbering: { reference: 'bullets', level: 0 }, children: [new TextRun(text)] });
export const chapter = (text: string) => new Paragraph({ style: 'HCh', numbering: { reference: 'chapters', level: 0 }, children: [new TextRun(text)] });
export const section = (text: string, instance = 0) => new Paragraph({ style: 'H1', numbering: { reference: 'sections', level: 0, instance }, children: [new TextRun(text)] });
export const plain = (text: string, style = 'SingleTxt') => new Paragraph({ style, children: [new TextRun(text)] });

/** A .docx of these body elements, with footnotes by id. */
export async function makeDocx(children: (Paragraph | Table)[], footnotes: Record<number, string> = {}): Promise<Uint8Array> {
  const document = new Document({
    styles: { paragraphStyles: HEADING_STYLES.map((style) => ({ id: style.id, name: style.name, basedOn: 'Normal', run: style.run })) },
    numbering: NUMBERING,
    footnotes: Object.fromEntries(Object.entries(footnotes).map(([id, text]) => [id, { children: [new Paragraph(text)] }])),
    sections: [{ children }],
  });
  return new Uint8Array(await Packer.toBuffer(document));
}

/** The text of one part of a .docx. */
export function part(docx: Uint8Array, name: string): string {
  return strFromU8(unzipSync(docx)[name]);
}

/** The .docx with some of its parts' XML edited. */
export function withParts(docx: Uint8Array, edit: Record<string, (xml: string) => string>): Uint8Array {
  const files = unzipSync(docx);
  for (const [name, change] of Object.entries(edit)) files[name] = strToU8(change(strFromU8(files[name])));
  return zipSync(files);
}

/** The seed report's opening, as a Word document: masthead, title, chapters, numbered paragraphs, a footnote, lists, the agenda. */
export async function seedLikeDocx(): Promise<Uint8Array> {
  return makeDocx([
    mastheadTable(),
    plain('Report on the meeting of the Working Group on Trafficking in Persons held in Vienna on 10 and 11 September 2020', 'Title'),
    chapter('Introduction'),
    numbered('', [new TextRun('In its decision 4/4, the Conference of the Parties established a working group on trafficking in persons.'), new FootnoteReferenceRun(1)]),
    numbered('In its resolution 7/1, entitled “Strengthening the implementation of the Convention”, the Conference decided that the Working Group would be a constant element of the Conference.'),
    chapter('Organization of the meeting'),
    section('Adoption of the agenda'),
    numbered('At its 1st meeting, on 10 September 2020, the Working Group adopted the following agenda:'),
    agendaItem('Organizational matters:'),
    agendaItem('Opening of the meeting;', 1),
    agendaItem('Adoption of the agenda.', 1),
    agendaItem('Other matters.'),
    agendaItem('Adoption of the report.'),
    section('Documentation'),
    numbered('The Working Group had before it the following:'),
    item('Annotated provisional agenda (CTOC/COP/WG.4/2020/1);'),
    item('Background paper prepared by the Secretariat (CTOC/COP/WG.4/2020/2).'),
    numbered('Under agenda\u00a0item\u00a02, see paragraph\u00a01 above, the Working Group recommended that States:'),
    item('Consider:', 0, 1),
    item('Ratifying the Protocol;', 1, 1),
    item('Reviewing their legislation;', 1, 1),
    item('Report on progress.', 0, 1),
  ], { 1: 'Official Records of the General Assembly, Seventy-fifth Session, Supplement No. 1 (A/75/1).' });
}
