// Word documents, imported (docs/import.md, "Word"): made in code with the `docx` package.
import * as assert from 'node:assert/strict';
import { DeletedTextRun, FootnoteReferenceRun, InsertedTextRun, Paragraph, TextRun } from 'docx';
import { strToU8, zipSync } from 'fflate';
import { renderDraft } from '../../../server/src/document/render';
import { importDocx } from '../../../server/src/import/docx';
import { ImportError } from '../../../server/src/import/errors';
import { importDocument } from '../../../server/src/import';
import { formatNumber, Numbering } from '../../../server/src/import/numbering';
import { check, diagnose, lines } from '../check';
import { agendaItem, bullet, chapter, item, makeDocx, mastheadTable, numbered, part, plain, section, seedLikeDocx, withParts } from './docxFixtures';
import { seedDocx, seedWithFootnote } from './seedDocx';

const diagnoseCodes = (text: string) => diagnose(text).map((d) => d.code);

const MASTHEAD = lines('CTOC/COP/WG.4/2020/4', 'Distr.: General', '28 September 2020', 'Original: English', '');
const TITLE = 'Report on the meeting';

async function draftOf(...children: Paragraph[]): Promise<string> {
  return renderDraft(importDocx(await makeDocx([mastheadTable(), plain(TITLE, 'Title'), ...children])));
}

describe('import of Word documents', () => {
  it('reads the masthead table, headings, automatic numbering, the agenda, lists and a footnote', async () => {
    const draft = renderDraft(importDocx(await seedLikeDocx()));
    assert.equal(draft, lines(
      'CTOC/COP/WG.4/2020/4', 'Distr.: General', '28 September 2020', 'Original: English', '',
      'Report on the meeting of the Working Group on Trafficking in Persons held in Vienna on 10 and 11 September 2020', '',
      'I. Introduction', '',
      '1. In its decision 4/4, the Conference of the Parties established a working group on trafficking in persons.¹', '',
      '__________________', '1 Official Records of the General Assembly, Seventy-fifth Session, Supplement No. 1 (A/75/1).', '',
      '2. In its resolution 7/1, entitled “Strengthening the implementation of the Convention”, the Conference decided that the Working Group would be a constant element of the Conference.', '',
      'II. Organization of the meeting', '', 'A. Adoption of the agenda', '',
      '3. At its 1st meeting, on 10 September 2020, the Working Group adopted the following agenda:',
      '    1. Organizational matters:', '        (a) Opening of the meeting;', '        (b) Adoption of the agenda.', '    2. Other matters.', '    3. Adoption of the report.', '',
      'B. Documentation', '',
      '4. The Working Group had before it the following:', '    (a) Annotated provisional agenda (CTOC/COP/WG.4/2020/1);', '    (b) Background paper prepared by the Secretariat (CTOC/COP/WG.4/2020/2).', '',
      '5. Under agenda\u00a0item\u00a02, see paragraph\u00a01 above, the Working Group recommended that States:',
      '    (a) Consider:', '        (i) Ratifying the Protocol;', '        (ii) Reviewing their legislation;', '    (b) Report on progress.', ''));
    check(draft, []);
  });

  it('gives the seed draft from the seed report as a Word document (typed numbers, running head and foot in their own parts)', async () => {
    const draft = renderDraft(importDocx(await seedDocx()));
    assert.equal(draft, seedWithFootnote());
    assert.deepEqual(diagnoseCodes(draft), ['paragraph-unnumbered', 'paragraph-unnumbered', 'paragraph-unnumbered', 'list-duplicate-entry', 'symbol-unresolved']);
  });

  it('renders numbering formats, start overrides and restarts as Word shows them', async () => {
    assert.deepEqual([1, 4, 9, 14].map((n) => formatNumber(n, 'lowerRoman')), ['i', 'iv', 'ix', 'xiv']);
    assert.deepEqual([1, 4, 9, 14].map((n) => formatNumber(n, 'upperRoman')), ['I', 'IV', 'IX', 'XIV']);
    assert.deepEqual([1, 26, 27].map((n) => formatNumber(n, 'lowerLetter')), ['a', 'z', 'aa']);
    const numbering = new Numbering([
      '<w:numbering xmlns:w="w">',
      '<w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl>',
      '<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/><w:lvlText w:val="(%2)"/></w:lvl>',
      '<w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1.%3"/></w:lvl></w:abstractNum>',
      '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>',
      '<w:num w:numId="2"><w:abstractNumId w:val="0"/></w:num>',
      '<w:num w:numId="3"><w:abstractNumId w:val="0"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="7"/></w:lvlOverride></w:num>',
      '</w:numbering>',
    ].join(''));
    const labels = [['1', 0], ['1', 1], ['1', 1], ['1', 0], ['1', 1], ['1', 2], ['2', 0], ['3', 0], ['3', 0], ['9', 0]].map(([id, level]) => numbering.next(id as string, level as number)?.label);
    // Lists of one definition continue each other; a start override restarts; a higher level restarts the lower.
    assert.deepEqual(labels, ['1.', '(a)', '(b)', '2.', '(a)', '2.1', '3.', '7.', '8.', undefined]);
    // LibreOffice's way: a list's first paragraph in a list that restarts, the others in one that does not.
    const libreOffice = new Numbering([
      '<w:numbering><w:abstractNum w:abstractNumId="3"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl></w:abstractNum>',
      '<w:num w:numId="3"><w:abstractNumId w:val="3"/></w:num>',
      '<w:num w:numId="9"><w:abstractNumId w:val="3"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num></w:numbering>',
    ].join(''));
    assert.deepEqual(['9', '3', '3'].map((id) => libreOffice.next(id, 0)?.label), ['1.', '2.', '3.']);
  });

  it('restarts a list in a new instance, and numbers through a paragraph style', async () => {
    const docx = await makeDocx([
      mastheadTable(), plain(TITLE, 'Title'), chapter('Introduction'),
      numbered('The Working Group recommended:'), item('Cooperation;'), item('Training.'),
      numbered('It also recommended:'), item('Research;', 0, 1), item('Data.', 0, 1),
      plain('The Working Group adopted its report.', 'Numbered'),
    ]);
    // `docx` cannot give a style numbering: the style `Numbered` gets the body paragraphs' list.
    const numId = /<w:numId w:val="(\d+)"\/>(?:(?!<\/w:p>).)*The Working Group recommended:/.exec(part(docx, 'word/document.xml'))?.[1];
    assert.ok(numId);
    const styled = withParts(docx, {
      'word/styles.xml': (xml) => xml.replace('</w:styles>', `<w:style w:type="paragraph" w:styleId="Numbered"><w:name w:val="Numbered"/><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="${numId}"/></w:numPr></w:pPr></w:style></w:styles>`),
    });
    const draft = renderDraft(importDocx(styled));
    assert.match(draft, /^1\. The Working Group recommended:\n {4}\(a\) Cooperation;\n {4}\(b\) Training\.\n\n2\. It also recommended:\n {4}\(a\) Research;\n {4}\(b\) Data\.\n\n3\. The Working Group adopted its report\.\n$/m);
    check(draft, []);
  });

  it('reads headings from their typed numerals, and keeps a number skipped by hand as a defect', async () => {
    const draft = await draftOf(plain('I. Introduction', 'Normal'), plain('1. The session was opened.'), plain('2. The Chair spoke.'), plain('4. The report was adopted.'), plain('The meeting closed.'));
    assert.equal(draft, lines(MASTHEAD, TITLE, '', 'I. Introduction', '', '1. The session was opened.', '', '2. The Chair spoke.', '', '4. The report was adopted.', '', 'The meeting closed.', ''));
    check(draft, ['14 paragraph-sequence', '16 paragraph-unnumbered']);
  });

  it('reads a symbol wrapped over two paragraphs of its cell', async () => {
    const docx = await makeDocx([mastheadTable(['A/HRC/WG.6/', '44/L.1']), plain(TITLE, 'Title'), chapter('Introduction'), numbered('The session was opened.')]);
    const twoParagraphs = withParts(docx, { 'word/document.xml': (xml) => xml.replace('<w:br/>', '</w:t></w:r></w:p><w:p><w:r><w:t>') });
    assert.match(renderDraft(importDocx(twoParagraphs)), /^A\/HRC\/WG\.6\/44\/L\.1\nDistr\.: General\n/);
  });

  it('reads tracked changes as accepted, and says there were some', async () => {
    const change = { author: 'Editor', date: '2020-09-28T10:00:00Z' };
    const document = importDocx(await makeDocx([mastheadTable(), plain(TITLE, 'Title'), chapter('Introduction'),
      numbered('', [new TextRun('The Working Group '), new DeletedTextRun({ ...change, id: 1, text: 'did not adopt' }), new InsertedTextRun({ ...change, id: 2, text: 'adopted' }), new TextRun(' its report.')]),
    ]));
    assert.match(renderDraft(document), /^1\. The Working Group adopted its report\.$/m);
    assert.deepEqual(document.remarks, ['the document has tracked changes (1 insertion, 1 deletion): read as if accepted.']);
  });

  it('joins a paragraph whose paragraph mark was deleted to the next', async () => {
    const docx = await makeDocx([mastheadTable(), plain(TITLE, 'Title'), chapter('Introduction'), plain('1. The Working Group thanked '), plain('the Government of Austria.')]);
    const merged = withParts(docx, { 'word/document.xml': (xml) => xml.replace(/(<w:p>(?:(?!<\/w:p>).)*?<w:pPr>)((?:(?!<\/w:p>).)*?1\. The Working Group thanked)/, '$1<w:rPr><w:del w:id="9" w:author="E" w:date="2020-01-01T00:00:00Z"/></w:rPr>$2') });
    const document = importDocx(merged);
    assert.match(renderDraft(document), /^1\. The Working Group thanked the Government of Austria\.$/m);
  });

  it('keeps footnotes as notes after their paragraph, with superscript marks', async () => {
    const draft = renderDraft(importDocx(await makeDocx([mastheadTable(), plain(TITLE, 'Title'), chapter('Introduction'),
      numbered('', [new TextRun('The Conference adopted resolution 7/1'), new FootnoteReferenceRun(1), new TextRun(' and decision 4/4.'), new FootnoteReferenceRun(2)]),
      numbered('The session closed.'),
    ], { 1: 'See CTOC/COP/2020/10.', 2: 'Adopted in 2008.' })));
    assert.match(draft, /^1\. The Conference adopted resolution 7\/1¹ and decision 4\/4\.²\n\n_{18}\n1 See CTOC\/COP\/2020\/10\.\n2 Adopted in 2008\.\n\n2\. The session closed\.\n$/m);
    check(draft, []);
  });

  it('keeps typographic quotes, apostrophes and no-break spaces', async () => {
    const draft = await draftOf(chapter('Introduction'), numbered('Under agenda\u00a0item\u00a02, the Chair’s summary, entitled “Other matters”, was noted.'));
    assert.match(draft, /^1\. Under agenda\u00a0item\u00a02, the Chair’s summary, entitled “Other matters”, was noted\.$/m);
  });

  it('reads a bulleted list as items without markers, and a lettered subheading as a heading', async () => {
    const draft = await draftOf(chapter('Deliberations'), section('General discussion'), new Paragraph({ style: 'SingleTxt', children: [new TextRun('(a) Prevention')] }),
      numbered('Speakers recommended:'), bullet('Cooperation;'), bullet('Training.'), numbered('The Chair closed the discussion.'));
    assert.match(draft, /^A\. General discussion\n\n\(a\) Prevention\n\n1\. Speakers recommended:\n {4}Cooperation;\n {4}Training\.\n\n2\. The Chair closed the discussion\.\n$/m);
    check(draft, []);
  });

  it('reads subsection headings of the H23 style, whose numbers are not paragraph numbers', async () => {
    const draft = await draftOf(chapter('Conclusions and recommendations'), numbered('The Working Group adopted the following.'), plain('1. General recommendations', 'H23'),
      numbered('The Working Group recommended that States ratify the Protocol.'), plain('2. Victims of trafficking', 'H23'), numbered('The Working Group recommended that States protect victims.'));
    assert.match(draft, /^I\. Conclusions and recommendations\n\n1\. The Working Group adopted the following\.\n\n1\. General recommendations\n\n2\. The Working Group recommended that States ratify the Protocol\.\n\n2\. Victims of trafficking\n\n3\. The Working Group/m);
    check(draft, []);
  });

  it('refuses a damaged or encrypted .docx with one clear message', async () => {
    const good = await seedLikeDocx();
    assert.throws(() => importDocx(good.slice(0, good.length / 2)), (error: Error) => error instanceof ImportError && /damaged/.test(error.message));
    assert.throws(() => importDocx(zipSync({ 'a.txt': strToU8('x') })), (error: Error) => error instanceof ImportError && /no word\/document\.xml/.test(error.message));
    const ole = new Uint8Array(512);
    ole.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    assert.throws(() => importDocx(ole), (error: Error) => error instanceof ImportError && /password-protected/.test(error.message));
    await assert.rejects(importDocument(zipSync({ 'word/document.xml': strToU8('<w:document><w:body><w:p><w:r><w:t>x') }), 'docx'), /the document has no text/);
    await assert.rejects(importDocument(zipSync({ 'word/document.xml': strToU8('<w:document><w:body><w:p><w:r><w:t a="x>') }), 'docx'), /damaged: a tag that never closes/);
  });

  it('gives agenda items and sections their own numbers', async () => {
    const draft = await draftOf(chapter('Organization'), section('Opening'), numbered('The Working Group adopted the following agenda:'), agendaItem('Opening.'), agendaItem('Closing.'), section('Attendance'), numbered('States attended.'));
    assert.match(draft, /^A\. Opening\n\n1\. The Working Group adopted the following agenda:\n {4}1\. Opening\.\n {4}2\. Closing\.\n\nB\. Attendance\n\n2\. States attended\.\n$/m);
    check(draft, []);
  });

  it('keeps the line breaks of a paragraph without a number as lines, and folds those of a numbered one', async () => {
    const broken = (style: string, ...lines: string[]) => new Paragraph({ style, children: lines.map((line, i) => new TextRun({ text: line, break: i > 0 ? 1 : 0 })) });
    const draft = await draftOf(
      plain('I. Votes', 'Normal'),
      broken('SingleTxt', '1. The draft resolution was adopted by a recorded vote', 'of 31 to 2.'),
      broken('SingleTxt', 'In favour:', 'Algeria and Zambia.'),
      broken('SingleTxt', 'Annex', 'List of documents'),
    );
    assert.equal(draft, lines(MASTHEAD, TITLE, '', 'I. Votes', '', '1. The draft resolution was adopted by a recorded vote of 31 to 2.', '', 'In favour:', 'Algeria and Zambia.', '', 'Annex', 'List of documents', ''));
  });

  it('reads the list level of a typed label from where its indentation puts it', async () => {
    // The agenda's items stand one step (475) in from the text column (1267): item 5 after item 3 is still an agenda item.
    const indented = (label: string, text: string, left: number) => new Paragraph({ style: 'SingleTxt', indent: { left, hanging: 475 }, children: [new TextRun(label), new TextRun({ children: ['\t', text] })] });
    const draft = await draftOf(
      plain('I. Organization', 'Normal'),
      indented('1.', 'The Working Group adopted the following agenda:', 1742),
      indented('1.', 'Opening of the meeting.', 2217),
      indented('3.', 'Other matters.', 2217),
      indented('5.', 'Adoption of the report.', 2217),
      indented('2.', 'The report was adopted.', 1742),
    );
    assert.equal(draft, lines(MASTHEAD, TITLE, '', 'I. Organization', '', '1. The Working Group adopted the following agenda:', '    1. Opening of the meeting.', '    3. Other matters.', '    5. Adoption of the report.', '', '2. The report was adopted.', ''));
  });
});
