// PDFs, imported (docs/import.md, "PDF"): the seed report laid out by LibreOffice from a .docx
// (test/fixtures/import, made by seedDocx.ts), and small PDFs written by tinyPdf.ts.
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { renderDraft } from '../../../server/src/document/render';
import { importDocument } from '../../../server/src/import';
import { importPdf } from '../../../server/src/import/pdfText';
import { check, diagnose, lines } from '../check';
import { SEED_PDF, seedWithFootnote } from './seedDocx';
import { textStream, tinyPdf } from './tinyPdf';

const findings = (text: string) => diagnose(text).map((d) => `${d.code} ${d.message}`);

describe('import of PDFs', () => {
  it('gives the seed draft from the seed report laid out on seven pages, with its footnote and the same findings', async () => {
    const document = await importPdf(readFileSync(SEED_PDF));
    const draft = renderDraft(document);
    // Running heads (the symbol) and feet (job number, page/pages) removed, paragraphs cut by page
    // breaks joined (also `multi-` / `jurisdictional`), the footnote kept after paragraph 1.
    assert.equal(draft, seedWithFootnote());
    assert.deepEqual(findings(draft), findings(seedWithFootnote()));
    assert.match(document.remarks[0], /^\d+ page head and foot lines removed by their place on the page\.$/);
  });

  it('rebuilds lines from positions, joins hanging numbers, and removes heads and feet that repeat', async () => {
    const page = (n: number, body: { x: number; y: number; text: string }[]) => textStream([
      { x: 450, y: 800, size: 9, text: 'A/AC.1/2020/4' },
      ...body.map((b) => ({ ...b, size: 10 })),
      { x: 60, y: 40, size: 8, text: `GE.23-15302` }, { x: 520, y: 40, size: 8, text: `${n}` },
    ]);
    const pdf = tinyPdf([
      textStream([{ x: 300, y: 780, size: 10, text: 'A/AC.1/2020/4' }, { x: 300, y: 765, size: 10, text: 'Distr.: General' }, { x: 300, y: 750, size: 10, text: '1 May 2020' }, { x: 300, y: 735, size: 10, text: 'Original: English' },
        { x: 60, y: 700, size: 14, text: 'Report of the committee' }, { x: 60, y: 670, size: 12, text: 'I. Introduction' },
        // The number hangs in the margin, on the text's baseline, as a separate piece of text.
        { x: 60, y: 640, size: 10, text: '1.' }, { x: 90, y: 640, size: 10, text: 'The committee met in Vienna and heard a number' }, { x: 90, y: 628, size: 10, text: 'of statements.' },
        { x: 60, y: 600, size: 10, text: '2.' }, { x: 90, y: 600, size: 10, text: 'The committee thanked the Government of' },
        { x: 60, y: 40, size: 8, text: 'GE.23-15302 (E)' }]),
      page(2, [{ x: 90, y: 760, text: 'Austria for its hospitality.' }, { x: 60, y: 730, text: '3.' }, { x: 90, y: 730, text: 'It adopted its report.' }]),
      page(3, [{ x: 60, y: 760, text: '4.' }, { x: 90, y: 760, text: 'It closed.' }]),
    ]);
    const draft = renderDraft(await importPdf(pdf));
    assert.equal(draft, lines('A/AC.1/2020/4', 'Distr.: General', '1 May 2020', 'Original: English', '', 'Report of the committee', '', 'I. Introduction', '',
      '1. The committee met in Vienna and heard a number of statements.', '', '2. The committee thanked the Government of Austria for its hospitality.', '', '3. It adopted its report.', '', '4. It closed.', ''));
    check(draft, []);
  });

  it('removes the running heads and feet of Geneva, New York and Nairobi layouts', async () => {
    const stations = [
      { job: (n: number) => (n % 2 === 0 ? `${n} GE.23-15302` : `GE.23-15302 ${n}`), head: 'A/HRC/WG.6/44/L.1' },
      { job: (n: number) => `20-12345 ${n}/3`, head: 'A/C.3/78/L.60' },
      { job: (n: number) => `${n}/3 K2301234`, head: 'UNEP/EA.6/2' },
    ];
    for (const station of stations) {
      const page = (n: number, body: { x: number; y: number; text: string }[]) => textStream([
        ...(n > 1 ? [{ x: 60, y: 800, size: 9, text: station.head }] : []),
        ...body.map((b) => ({ ...b, size: 10 })),
        { x: n % 2 === 0 ? 60 : 420, y: 40, size: 8, text: station.job(n) },
      ]);
      const pdf = tinyPdf([
        page(1, [{ x: 300, y: 780, text: station.head }, { x: 300, y: 765, text: 'Distr.: General' }, { x: 300, y: 750, text: '1 May 2023' }, { x: 300, y: 735, text: 'Original: English' },
          { x: 60, y: 690, text: 'Report of the working group' }, { x: 60, y: 660, text: 'I. Introduction' }, { x: 60, y: 630, text: '1.' }, { x: 90, y: 630, text: 'The working group met and heard' }]),
        page(2, [{ x: 90, y: 760, text: 'statements by States.' }, { x: 60, y: 730, text: '2.' }, { x: 90, y: 730, text: 'It adopted its report.' }]),
        page(3, [{ x: 60, y: 760, text: '3.' }, { x: 90, y: 760, text: 'It closed.' }]),
      ]);
      const draft = renderDraft(await importPdf(pdf));
      assert.equal(draft, lines(station.head, 'Distr.: General', '1 May 2023', 'Original: English', '', 'Report of the working group', '', 'I. Introduction', '',
        '1. The working group met and heard statements by States.', '', '2. It adopted its report.', '', '3. It closed.', ''), station.head);
    }
  });

  it('refuses an encrypted, an image-only or a damaged PDF with one clear line', async () => {
    await assert.rejects(importDocument(tinyPdf([textStream([{ x: 60, y: 700, size: 10, text: 'Secret' }])], { encrypt: true }), 'pdf'), /^ImportError: the PDF is password-protected \(encrypted\)/);
    await assert.rejects(importDocument(tinyPdf(['0 0 m 500 700 l S']), 'pdf'), /^ImportError: the PDF has no text \(a scanned, image-only PDF needs OCR first\)$/);
    await assert.rejects(importDocument(new Uint8Array(Buffer.from('%PDF-1.4\nnot really a PDF')), 'pdf'), /^ImportError: not a readable PDF/);
  });
});
