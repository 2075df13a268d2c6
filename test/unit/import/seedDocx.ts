// The seed report (test/fixtures/CTOC-COP-WG.4-2020-4.unr) as a Word document laid out as the
// published one: masthead table, UN heading styles, typed paragraph numbers in a hanging indent
// (so that its three unnumbered paragraphs stay unnumbered), lists and the agenda indented, the
// symbol as running head and the job number with page/pages at the foot, and one footnote.
// `npm run build && tsc -p . && node out/test/unit/import/seedDocx.js` writes it and, with
// LibreOffice, the PDF committed as test/fixtures/import/CTOC-COP-WG.4-2020-4.pdf.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { AlignmentType, Document, Footer, FootnoteReferenceRun, Header, Packer, PageNumber, Paragraph, TabStopType, TextRun } from 'docx';
import { mastheadTable } from './docxFixtures';

const ROOT = resolve(__dirname, '../../../..');
export const SEED_UNR = join(ROOT, 'test/fixtures/CTOC-COP-WG.4-2020-4.unr');
export const SEED_PDF = join(ROOT, 'test/fixtures/import/CTOC-COP-WG.4-2020-4.pdf');

/** Where the footnote goes, and its text. */
export const FOOTNOTE_AFTER = 'global instrument to combat trafficking in persons.';
export const FOOTNOTE = 'United Nations, Treaty Series, vol. 2237, No. 39574.';

/** The seed draft as it reads with the footnote: the mark after its sentence, the note after paragraph 1. */
export function seedWithFootnote(): string {
  const seed = readFileSync(SEED_UNR, 'utf8');
  const paragraph1 = seed.split('\n').find((line) => line.startsWith('1. '))!;
  const marked = paragraph1.replace(FOOTNOTE_AFTER, `${FOOTNOTE_AFTER}¹`);
  return seed.replace(paragraph1, `${marked}\n\n__________________\n1 ${FOOTNOTE}`);
}

const FONT = { font: 'Times New Roman', size: 20 };
const twips = (cm: number) => Math.round(cm * 567);

function body(text: string, indentCm: number, hanging: boolean, footnote = false): Paragraph {
  const tab = text.indexOf(' ');
  const label = hanging && tab > 0 ? text.slice(0, tab) : '';
  const rest = label ? text.slice(tab + 1) : text;
  const runs: (TextRun | FootnoteReferenceRun)[] = label ? [new TextRun({ ...FONT, text: label }), new TextRun({ ...FONT, text: '\t' })] : [];
  if (footnote) {
    const at = rest.indexOf(FOOTNOTE_AFTER) + FOOTNOTE_AFTER.length;
    runs.push(new TextRun({ ...FONT, text: rest.slice(0, at) }), new FootnoteReferenceRun(1), new TextRun({ ...FONT, text: rest.slice(at) }));
  } else runs.push(new TextRun({ ...FONT, text: rest }));
  return new Paragraph({
    children: runs,
    alignment: AlignmentType.JUSTIFIED,
    spacing: { after: 120, line: 240 },
    indent: hanging ? { left: twips(indentCm + 1), hanging: twips(1) } : { left: twips(indentCm) },
    tabStops: hanging ? [{ type: TabStopType.LEFT, position: twips(indentCm + 1) }] : [],
  });
}

function heading(text: string, size: number): Paragraph {
  return new Paragraph({ children: [new TextRun({ ...FONT, size, bold: true, text })], spacing: { before: 240, after: 120 }, keepNext: true });
}

/** The seed draft's blocks as Word paragraphs. */
export function seedParagraphs(): Paragraph[] {
  const lines = readFileSync(SEED_UNR, 'utf8').split('\n');
  const out: Paragraph[] = [];
  let i = lines.indexOf('') + 1;
  for (; i < lines.length; i++) {
    const line = lines[i];
    if (line === '') continue;
    const indent = line.length - line.trimStart().length;
    const text = line.trim();
    if (/^[IVX]+\. /.test(text) && indent === 0) out.push(heading(text, 24));
    else if (/^[A-H]\. /.test(text) && indent === 0) out.push(heading(text, 20));
    else if (out.length === 0) out.push(new Paragraph({ children: [new TextRun({ ...FONT, size: 28, bold: true, text })], spacing: { after: 240 } }));
    else if (indent > 0) out.push(body(text, indent / 4, /^(\d+\.|\([a-z]+\)) /.test(text)));
    else out.push(body(text, 0, /^\d+\. /.test(text), text.includes(FOOTNOTE_AFTER)));
  }
  return out;
}

export async function seedDocx(): Promise<Uint8Array> {
  const document = new Document({
    footnotes: { 1: { children: [new Paragraph({ children: [new TextRun({ font: 'Times New Roman', size: 16, text: FOOTNOTE })] })] } },
    sections: [{
      properties: { page: { size: { width: 11906, height: 16838 }, margin: { top: twips(2.5), bottom: twips(2.5), left: twips(2.2), right: twips(2.2) } }, titlePage: true },
      headers: { default: new Header({ children: [new Paragraph({ alignment: AlignmentType.RIGHT, children: [new TextRun({ ...FONT, size: 16, bold: true, text: 'CTOC/COP/WG.4/2020/4' })] })] }) },
      footers: {
        default: new Footer({ children: [new Paragraph({ children: [new TextRun({ ...FONT, size: 16, children: ['V.20-05476', '\t', PageNumber.CURRENT, '/', PageNumber.TOTAL_PAGES] })], tabStops: [{ type: TabStopType.RIGHT, position: twips(16.6) }] })] }),
        first: new Footer({ children: [new Paragraph({ children: [new TextRun({ ...FONT, size: 16, text: 'V.20-05476 (E)' })] })] }),
      },
      children: [mastheadTable(), ...seedParagraphs()],
    }],
  });
  return new Uint8Array(await Packer.toBuffer(document));
}

/** Writes the .docx and converts it with LibreOffice (`soffice`) into the committed PDF. */
async function writeFixture(): Promise<void> {
  const folder = mkdtempSync(join(tmpdir(), 'rapporteur-seed-'));
  const docx = join(folder, 'CTOC-COP-WG.4-2020-4.docx');
  writeFileSync(docx, await seedDocx());
  execFileSync('soffice', ['--headless', '--convert-to', 'pdf', '--outdir', folder, docx], { stdio: 'inherit' });
  copyFileSync(join(folder, 'CTOC-COP-WG.4-2020-4.pdf'), SEED_PDF);
}

if (require.main === module) writeFixture();
