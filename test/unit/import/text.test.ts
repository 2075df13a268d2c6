// Text pasted from a PDF, imported: the repairs of docs/import.md ("Pasted text"), and the seed
// report's PDF text, which must give the seed draft and its findings.
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { renderDraft } from '../../../server/src/document/render';
import { importPastedText } from '../../../server/src/import/text';
import { check, diagnose, lines } from '../check';
import { seedWithFootnote } from './seedDocx';

const FIXTURES = resolve(__dirname, '../../../../test/fixtures');
const SEED = readFileSync(join(FIXTURES, 'CTOC-COP-WG.4-2020-4.unr'), 'utf8');
const SEED_PDF_TEXT = readFileSync(join(FIXTURES, 'CTOC-COP-WG.4-2020-4.pdf-extract.txt'), 'utf8');

function imported(text: string): string {
  return renderDraft(importPastedText(text));
}

const findings = (text: string) => diagnose(text).map((d) => `${d.code} ${d.message}`);

describe('import of text pasted from a PDF', () => {
  it('gives the seed draft from the seed report\'s PDF text, and the same findings', () => {
    const draft = imported(SEED_PDF_TEXT);
    assert.equal(draft, SEED);
    assert.deepEqual(findings(draft), findings(SEED));
    // The paste itself is read wrongly: 18 warnings and a false sequence error.
    assert.ok(diagnose(SEED_PDF_TEXT).length > 20);
  });

  it('gives the seed draft from pdftotext\'s plain text of the seed PDF: wrapped symbol, hanging numbers, running heads, the footnote', () => {
    const text = readFileSync(join(FIXTURES, 'import/CTOC-COP-WG.4-2020-4.pdftotext.txt'), 'utf8');
    // pdftotext itself joins words hyphenated at a line's end without their hyphen.
    const expected = seedWithFootnote().replace('line-by-line negotiations', 'line-byline negotiations').replace('strengthening inter-agency', 'strengthening interagency');
    assert.equal(imported(text), expected);
  });

  it('removes the page heads and feet of every duty station and joins the paragraph they cut', () => {
    for (const [head, foot] of [['2/7 V.20-05476', 'V.20-05476 3/7'], ['2 GE.23-15302', 'GE.23-15302 3'], ['20-12345 (E)', '3'], ['A/75/123 2', '2 A/75/123']]) {
      const symbol = head.includes('A/75/123') ? 'A/75/123' : 'A/AC.1/2020/4';
      const text = lines(symbol, 'Distr.: General', '1 May 2020', 'Original: English', '', 'Report', '', 'I. Introduction', '',
        '1. The committee heard a number of', '', head, '', 'statements on cooperation.', '', foot, '', '2. The committee adopted its report.');
      assert.equal(imported(text), lines(symbol, 'Distr.: General', '1 May 2020', 'Original: English', '', 'Report', '', 'I. Introduction', '',
        '1. The committee heard a number of statements on cooperation.', '', '2. The committee adopted its report.', ''), head);
    }
  });

  it('joins a paragraph cut by a page break whose first part ends without punctuation, even before a capital', () => {
    const text = lines('A/AC.1/2020/4', '', 'I. Introduction', '', '1. The committee thanked the Government of', '', 'V.20-05476 3/7', '', 'Austria for its hospitality.');
    assert.match(imported(text), /^1\. The committee thanked the Government of Austria for its hospitality\.$/m);
  });

  it('joins hanging numbers and wrapped lines, and drops bullets before numbers', () => {
    const text = lines('A/AC.1/2020/4', '', 'I. Introduction', '', '1.', 'The committee met in Vienna in', '2021. It elected its officers.', '- 2. It adopted the', 'following agenda:', ' - 1. Opening of the', ' meeting.', ' - 2. Adoption of the report.', '• 3. The multi-', 'stakeholder meeting closed.');
    assert.equal(imported(text), lines('A/AC.1/2020/4', '', 'I. Introduction', '', '1. The committee met in Vienna in 2021. It elected its officers.', '',
      '2. It adopted the following agenda:', '    1. Opening of the meeting.', '    2. Adoption of the report.', '', '3. The multi-stakeholder meeting closed.', ''));
  });

  it('reads a masthead spread over blank lines, with the date on the distribution line', () => {
    const text = lines('United Nations', '', 'A/AC.1/2020/4', '', '', 'General Assembly', '', 'Distr.: General 1 May 2020', '', '', 'Original: English', '', 'Report of the committee', '', 'I. Introduction', '', '1. The committee met.');
    const draft = imported(text);
    assert.equal(draft, lines('A/AC.1/2020/4', 'Distr.: General', '1 May 2020', 'Original: English', '', 'Report of the committee', '', 'I. Introduction', '', '1. The committee met.', ''));
    check(draft, []);
  });

  it('keeps list levels, headings and annexes', () => {
    const text = lines('A/AC.1/2020/4', 'Distr.: General', '1 May 2020', 'Original: English', '', 'Report', '',
      'I. Recommendations', '', 'A. General', '', '1. General recommendations', '', '1. The committee recommended that States:', '(a) Consider:', '(i) Ratifying the Protocol;', '(ii) Reviewing laws;', '(b) Report.', '', 'Annex', '', 'List of participants', '', 'Austria');
    const draft = imported(text);
    assert.equal(draft, lines('A/AC.1/2020/4', 'Distr.: General', '1 May 2020', 'Original: English', '', 'Report', '', 'I. Recommendations', '', 'A. General', '', '1. General recommendations', '',
      '1. The committee recommended that States:', '    (a) Consider:', '        (i) Ratifying the Protocol;', '        (ii) Reviewing laws;', '    (b) Report.', '', 'Annex', 'List of participants', '', 'Austria', ''));
    check(draft, []);
  });

  it('keeps the document\'s own defects: a skipped number typed by hand, an unnumbered paragraph', () => {
    const text = lines('A/AC.1/2020/4', 'Distr.: General', '1 May 2020', 'Original: English', '', 'Report', '', 'I. Introduction', '', '- 1. The committee met.', '', '- 3. It adopted its report.', '', '- It closed.');
    check(imported(text), ['12 paragraph-sequence', '14 paragraph-unnumbered']);
  });

  it('reads text with a byte-order mark and CRLF line ends as the same text with LF', () => {
    assert.equal(imported(`\ufeff${SEED_PDF_TEXT.replace(/\n/g, '\r\n')}`), SEED);
  });

  it('keeps typographic quotes and no-break spaces as written', () => {
    const text = lines('A/AC.1/2020/4', '', 'I. Introduction', '', '1. Under agenda\u00a0item\u00a02, entitled “Other matters”, the committee’s work…');
    assert.match(imported(text), /^1\. Under agenda\u00a0item\u00a02, entitled “Other matters”, the committee’s work…$/m);
  });
});

describe('pdf-paste', () => {
  it('says once that the seed report\'s PDF text looks pasted from a PDF', () => {
    const pastes = diagnose(SEED_PDF_TEXT).filter((d) => d.code === 'pdf-paste');
    assert.equal(pastes.length, 1);
    assert.equal(pastes[0].severity, 'information');
    assert.match(pastes[0].message, /6 page heads or feet, 37 bullets before paragraph numbers.*rapporteur import/);
  });

  it('is said for paragraph numbers alone on their line, not for a draft or one slip', () => {
    const hanging = lines('A/AC.1/2020/4', 'Distr.: General', '1 May 2020', 'Original: English', '', 'Report', '', 'I. Introduction', '', '1.', 'The committee met.', '', '2.', 'It closed.');
    assert.ok(diagnose(hanging).some((d) => d.code === 'pdf-paste'));
    check(SEED, ['26 paragraph-unnumbered', '36 paragraph-unnumbered', '50 paragraph-unnumbered', '89 list-duplicate-entry']);
    check(lines('A/AC.1/2020/4', 'Distr.: General', '1 May 2020', 'Original: English', '', 'Report', '', 'I. Introduction', '', '- 1. The committee met.'), ['10 paragraph-unnumbered']);
  });
});
