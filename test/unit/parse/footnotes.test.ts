// Footnotes and footnote markers (format.md, "Footnotes").
import * as assert from 'node:assert/strict';
import { fixAll, parseDraft } from '../../../server/src/core';
import { endsWithFullStop, markerStart, withoutMarker } from '../../../server/src/core/parse/footnoteMarkers';
import { footnoteLabelLength, isFootnoteSeparator } from '../../../server/src/core/parse/footnotes';
import { check, report } from '../check';

const CUT = [
  'I. Introduction',
  '',
  '1. At its fifty-fourth session, in 2021,1 the Commission took note of the report (A/CN.9/1050),2 and agreed that the Working Group should continue its work on the',
  '',
  '__________________',
  '1 Official Records of the General Assembly, Seventy-sixth Session, Supplement No. 17',
  '(A/76/17), para. 245.',
  '2 Ibid., paras. 12–14; see also agenda item 9.',
  '',
  'V.22-04567 3/10',
  '',
  'preparation of model clauses.3',
  '',
  '__________',
  '3 A/CN.9/WG.II/WP.220.',
  '',
  '2. The Working Group met on 4 April 2022 (see paragraph 1 above).',
];

describe('footnotes', () => {
  it('reads a block after a separator line as notes, and a paragraph ending with a mark as a paragraph', () => {
    check(report('I. Introduction', '', '1. In its decision 4/4, the Conference established a working group.¹', '', '__________________', '1 Official Records of the General Assembly.', '', '2. The Working Group met in Vienna.'), []);
    check(report('I. Introduction', '', '1. The Conference met.*', '', '__________', '* Reissued for technical reasons.', '', '3. It closed.'), ['15 paragraph-sequence']);
  });

  it('reads a plain mark left by a PDF paste as a mark: the paragraph is no subsection heading', () => {
    check(report('I. Introduction', '', '1. The Commission met.', '', '2. It was felt that the provision should apply, as recommended in the Secretariat\'s note.3', '', '__________________', '3 A/CN.9/WG.II/WP.231, paras. 8–12.', '', '3. The Working Group closed.'), []);
  });

  it('keeps a heading that ends with a symbol\'s revision or a decision a heading', () => {
    check(report('I. Introduction', '', '1. The Commission met.', '', '1. Draft resolution A/C.3/78/L.22/Rev.1', '', '2. It adopted the draft resolution.', '', '2. Implementation of decision 5/CP.17', '', '3. It took note of the decision.'), []);
  });

  it('ends a sentence at a mark before page furniture: the block after it is a paragraph of its own', () => {
    check(report('I. Introduction', '', '1. The Commission concluded its work.2', '', 'GE.23-15302', '', 'The Working Group then met again.', '', '2. It closed.'), ['12 page-furniture', '14 paragraph-unnumbered']);
  });

  it('finds marks: superscript anywhere, plain ones only after words and punctuation', () => {
    const mark = (line: string) => line.slice(markerStart(line, line.length));
    assert.deepEqual(['persons.¹', 'States.*', 'note.3', 'session,1', '"Other matters"2', '(A/77/17).12', 'the Convention1'].map(mark), ['¹', '*', '3', '1', '2', '12', '1']);
    assert.deepEqual(['paragraph 3.1', 'the G20', 'COVID-19', 'decision 5/CP.17', 'A/C.3/78/L.22/Rev.1', 'in 2021', 'the 2021.2021'].map(mark), ['', '', '', '', '', '', '']);
    assert.equal(withoutMarker('…matters."¹'), '…matters."');
    assert.equal(endsWithFullStop('…matters."¹'), true);
    assert.equal(endsWithFullStop('Women, the girl child and HIV and AIDS'), false);
  });

  it('reads footnotes after a separator: not paragraphs, and what they cite is not checked against the report', () => {
    const text = report(...CUT);
    check(text, ['17 page-furniture']);
    const draft = parseDraft(text);
    assert.deepEqual(draft.footnotes.map((f) => [f.label, text.slice(f.span.start, f.span.end).split('\n').length]), [['1', 2], ['2', 1], ['3', 1]]);
    assert.equal(draft.footnoteSeparators.length, 2);
    assert.deepEqual(draft.paragraphs.map((p) => p.number), [1, 2]);
  });

  it('continues a paragraph that the page\'s footnotes cut, before and after the furniture is removed', () => {
    const text = report(...CUT);
    assert.equal(parseDraft(text).furniture[0].joins, false);
    const fixed = fixAll(text).text;
    assert.ok(!fixed.includes('V.22-04567'));
    check(fixed, []);
  });

  it('cuts a block at a separator pasted without a blank line', () => {
    const text = report('I. Introduction', '', '1. The Commission took note of the report.1', '_____', '1 A/CN.9/1050.', '', '2. It met again.');
    check(text, []);
    assert.deepEqual(parseDraft(text).footnotes.map((f) => f.label), ['1']);
  });

  it('reads a starred footnote of the front matter', () => {
    const draft = parseDraft(report('__________', '* Reissued for technical reasons on 5 May 2022.', '', 'I. Introduction', '', '1. Text.'));
    assert.deepEqual(draft.footnotes.map((f) => f.label), ['*']);
  });

  it('does not read a footnote marker as a missing final full stop, a date or part of a symbol', () => {
    // A one-line paragraph ending `above.4` is a paragraph, not subsection heading 1.
    const text = report(
      'I. Introduction',
      '',
      '1. The Working Group met on 4 April 2022.3 See paragraph 2 below.4',
      '',
      '2. At its session, in 2021,1 on 31 March 2022,12 the Commission noted documents A/CN.9/1050,9 A/CN.9/1051.10 and A/75/L.1,11 and (A/CN.9/WG.II/WP.220).5',
    );
    check(text, []);
    const symbols = parseDraft(text).references.flatMap((r) => (r.kind === 'symbol' ? [r.text] : []));
    assert.deepEqual(symbols, ['A/CN.9/1050', 'A/CN.9/1051', 'A/75/L.1', 'A/CN.9/WG.II/WP.220']);
  });

  it('does not read a superscript footnote marker (as the import writes them) as part of a symbol', () => {
    const text = report('I. Introduction', '', '1. The Working Group had before it a note (A/CN.9/WG.II/WP.227),³ documents A/CN.9/1050¹² and A/75/L.1.⁴');
    check(text, []);
    const symbols = parseDraft(text).references.flatMap((r) => (r.kind === 'symbol' ? [r.text] : []));
    assert.deepEqual(symbols, ['A/CN.9/WG.II/WP.227', 'A/CN.9/1050', 'A/75/L.1']);
  });

  it('ends a sentence at a footnote marker: the block after page furniture is a paragraph of its own', () => {
    check(report('I. Introduction', '', '1. The Commission took note of the report.2', '', 'V.22-04567 3/10', '', 'The Commission then adjourned.'), ['12 page-furniture', '14 paragraph-unnumbered']);
  });

  it('knows separators and labels', () => {
    assert.deepEqual(['___', '__________________', '———', '-----', '__', '_ _ _', '—'].map(isFootnoteSeparator), [true, true, true, true, false, false, false]);
    assert.deepEqual(['1 Official Records', '12 Ibid.', '* Reissued', '2021. It was', '1', '1234 Text', 'A/76/17'].map(footnoteLabelLength), [1, 2, 1, 0, 0, 0, 0]);
  });
});
