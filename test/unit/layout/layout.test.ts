import * as assert from 'node:assert/strict';
import { parseDraft } from '../../../server/src/core';
import { buildLayout, type LayoutBlock } from '../../../server/src/core/layout';
import { renderDocx } from '../../../server/src/export/docx';
import { importDocument } from '../../../server/src/import';

/** One line per block: `LINE kind style/number/marker: text`. */
function lines(text: string): string[] {
  return buildLayout(parseDraft(text)).blocks.map(described);
}

function described(block: LayoutBlock): string {
  const at = `${block.source.line + 1}`;
  switch (block.kind) {
    case 'masthead':
      return `${at} masthead ${block.symbol} | ${block.distribution} | ${block.date} | ${block.original}`;
    case 'title':
      return `${at} title: ${block.text}`;
    case 'heading':
      return `${at} ${block.style}${block.annex ? ' annex' : ''} ${block.label}: ${block.text}`;
    case 'paragraph':
      return `${at} ${block.quoted ? 'quoted ' : ''}paragraph ${block.number ?? '-'}: ${block.text}`;
    case 'item':
      return `${at} ${block.quoted ? 'quoted ' : ''}${block.agenda ? 'agenda' : 'item'}${block.level} ${block.marker}: ${block.text}`;
    case 'text':
      return `${at} ${block.quoted ? 'quoted ' : ''}text: ${block.text}`;
    case 'notes':
      return `${at} notes: ${block.notes.map((note) => `[${note.label}] ${note.text}`).join(' ')}`;
  }
}

const REPORT = `A/AC.1/2024/3
Distr.: General
2 May 2024
Original: English

Report of the Committee on its first session

I. Organization of the session

A. Agenda

1. At its 1st meeting, the Committee adopted the following agenda:
    1. Opening of the session.
    2. Adoption of the agenda.

2. The Committee had before it:
    (a) A note by the Secretariat;
        (i) its first part;
    (b) A report
 wrapped over two lines.

B. Attendance

1. Participants

3. Members attended.

Annex

List of documents

The documents are listed below.
`;

describe('the layout of a draft', () => {
  it('lays out the masthead, title, headings in UN styles, numbered paragraphs, lists and the agenda in order', () => {
    assert.deepEqual(lines(REPORT), [
      '1 masthead A/AC.1/2024/3 | Distr.: General | 2 May 2024 | Original: English',
      '6 title: Report of the Committee on its first session',
      '8 HCh I.: Organization of the session',
      '10 H1 A.: Agenda',
      '12 paragraph 1.: At its 1st meeting, the Committee adopted the following agenda:',
      '13 agenda0 1.: Opening of the session.',
      '14 agenda0 2.: Adoption of the agenda.',
      '16 paragraph 2.: The Committee had before it:',
      '17 item0 (a): A note by the Secretariat;',
      '18 item1 (i): its first part;',
      '19 item0 (b): A report wrapped over two lines.',
      '22 H1 B.: Attendance',
      '24 H23 1.: Participants',
      '26 paragraph 3.: Members attended.',
      '28 HCh annex Annex: ',
      '30 HCh annex : List of documents',
      '32 paragraph -: The documents are listed below.',
    ]);
  });

  it('publishes the numbers as written, a skipped or repeated one included', () => {
    const text = 'I. Introduction\n\n1. One.\n\n3. Three.\n\n3. Again three.\n';
    assert.deepEqual(lines(text).filter((line) => line.includes('paragraph')), ['3 paragraph 1.: One.', '5 paragraph 3.: Three.', '7 paragraph 3.: Again three.']);
  });

  it('keeps an unnumbered paragraph and leaves page furniture out', () => {
    const text = 'I. Introduction\n\n1. One.\n\nAn unnumbered paragraph.\n\n2/7 V.20-05476\n\n2. Two.\n';
    const layout = buildLayout(parseDraft(text));
    assert.deepEqual(layout.blocks.map(described), ['1 HCh I.: Introduction', '3 paragraph 1.: One.', '5 paragraph -: An unnumbered paragraph.', '9 paragraph 2.: Two.']);
    assert.equal(layout.jobNumber, 'V.20-05476');
  });

  it('lays out a quoted draft resolution apart, with its own operative numbers and items', () => {
    const text = [
      'I. Matters calling for action',
      '',
      '1. The Commission recommends the adoption of the following draft resolution:',
      '',
      'Draft resolution',
      '',
      'The Economic and Social Council,',
      '',
      '1. Decides to act;',
      '',
      '2. Requests the following:',
      '    (a) a report;',
      '    (b) a note.',
      '',
      'II. Organization of the session',
      '',
      '2. The session was held.',
      '',
    ].join('\n');
    assert.deepEqual(lines(text), [
      '1 HCh I.: Matters calling for action',
      '3 paragraph 1.: The Commission recommends the adoption of the following draft resolution:',
      '5 quoted text: Draft resolution',
      '7 quoted text: The Economic and Social Council,',
      '9 quoted paragraph 1.: Decides to act;',
      '11 quoted paragraph 2.: Requests the following:',
      '12 quoted item0 (a): a report;',
      '13 quoted item0 (b): a note.',
      '15 HCh II.: Organization of the session',
      '17 paragraph 2.: The session was held.',
    ]);
  });

  it('gives every block a source span inside the text, in order, for any text', () => {
    for (const text of ['', '\n\n', '1.', '(a)', 'Annex\n', 'A/1\r\nDistr.: General\r\n\r\n1. x\r\n', '<script>alert(1)</script>\n\n1. "&"']) {
      let last = -1;
      for (const block of buildLayout(parseDraft(text)).blocks) {
        assert.ok(block.source.start >= last && block.source.end <= text.length, JSON.stringify(text));
        last = block.source.start;
      }
    }
  });

  it('reads a paragraph cut by page furniture and by the footnotes of a page as one text, its notes after it', () => {
    const text = [
      'I. Introduction',
      '',
      '1. The Commission took note of the progress made and requested it to continue its work on the',
      '',
      '__________________',
      '1 Official Records of the General Assembly, Supplement No. 17 (A/76/17),',
      '  paras. 240–245.',
      '',
      '2/7 V.20-05476',
      '',
      'preparation of model clauses.1',
      '',
      '2. The session was held.',
      '',
    ].join('\n');
    assert.deepEqual(lines(text), [
      '1 HCh I.: Introduction',
      '3 paragraph 1.: The Commission took note of the progress made and requested it to continue its work on the preparation of model clauses.1',
      '5 notes: [1] Official Records of the General Assembly, Supplement No. 17 (A/76/17), paras. 240–245.',
      '13 paragraph 2.: The session was held.',
    ]);
  });

  it('keeps the lines of a block that is not a paragraph: a title over two lines, a recorded vote', () => {
    const text = 'A/1\nDistr.: General\n\nWorking Group on the Smuggling of Migrants\nVienna, 13 and 14 July 2021\n\nI. Votes\n\n1. The vote was recorded:\n\nIn favour:\nAlgeria and Zambia.\n';
    const blocks = buildLayout(parseDraft(text)).blocks;
    assert.deepEqual(
      blocks.filter((block) => block.kind === 'title' || block.kind === 'text' || (block.kind === 'paragraph' && !block.number)).map((block) => (block as { text: string }).text),
      ['Working Group on the Smuggling of Migrants\nVienna, 13 and 14 July 2021', 'In favour:\nAlgeria and Zambia.'],
    );
  });

  it('lays out UPR sub-numbered recommendations as published: their numbers hang like paragraph numbers', () => {
    const text = 'II. Recommendations\n\n7. The following recommendations will be examined:\n\n7.1 Ratify the Convention (Uruguay);\n\n7.2 Adopt a plan (Norway).\n\n8. All conclusions stand.\n';
    assert.deepEqual(lines(text), [
      '1 HCh II.: Recommendations',
      '3 paragraph 7.: The following recommendations will be examined:',
      '5 paragraph 7.1: Ratify the Convention (Uruguay);',
      '7 paragraph 7.2: Adopt a plan (Norway).',
      '9 paragraph 8.: All conclusions stand.',
    ]);
  });

  it('reads the items of a quoted Spanish decision (`a)`) and the wrapped lines of a quoted item', () => {
    const text = [
      'I. Cuestiones que requieren la adopción de medidas',
      '',
      '1. La Comisión recomienda la aprobación del siguiente proyecto de decisión:',
      '',
      'Proyecto de decisión',
      '',
      'El Consejo Económico y Social:',
      '    a) Toma nota del informe de la Comisión',
      '    sobre su 66º período de sesiones;',
      '    b) Aprueba el programa provisional.',
      '',
      'II. Organización del período de sesiones',
      '',
      '2. El período de sesiones se celebró.',
      '',
    ].join('\n');
    assert.deepEqual(lines(text).slice(2, 6), [
      '5 quoted text: Proyecto de decisión',
      '7 quoted text: El Consejo Económico y Social:',
      '8 quoted item0 a): Toma nota del informe de la Comisión sobre su 66º período de sesiones;',
      '10 quoted item0 b): Aprueba el programa provisional.',
    ]);
  });

  it('lays out an Official Records chapter line above its title, on the next line or after a blank line', async () => {
    const text = 'Chapter I\nMatters calling for action\n\n1. The Commission met.\n\nChapter II\n\nOrganization of the session\n\n2. It adopted its report.\n';
    const headings = buildLayout(parseDraft(text)).blocks.filter((block) => block.kind === 'heading');
    assert.deepEqual(headings.map((h) => h.kind === 'heading' && [h.label, h.text, h.labelAbove]), [['Chapter I', 'Matters calling for action', 'next-line'], ['Chapter II', 'Organization of the session', 'next-block']]);
    assert.equal((await importDocument(await renderDocx(buildLayout(parseDraft(text))), 'docx')).text, text);
  });
});
