// Footnotes in a draft (format.md, "Footnotes"): one reader of marks and separator lines
// (core/parse/footnoteMarkers.ts) for paragraphs, headings, cut paragraphs and quoted texts.
import * as assert from 'node:assert/strict';
import { endsWithFullStop, isNoteSeparator, markerStart, withoutMarker } from '../../../server/src/core/parse/footnoteMarkers';
import { check, report } from '../check';

describe('footnotes', () => {
  it('reads a block after a separator line as notes, and a paragraph ending with a mark as a paragraph', () => {
    check(report('I. Introduction', '', '1. In its decision 4/4, the Conference established a working group.¹', '', '__________________', '1 Official Records of the General Assembly.', '', '2. The Working Group met in Vienna.'), []);
    check(report('I. Introduction', '', '1. The Conference met.*', '', '_____', '* Reissued for technical reasons.', '', '3. It closed.'), ['15 paragraph-sequence']);
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

  it('reads five or more underscores alone as a separator line', () => {
    assert.deepEqual(['_____', '__________________', '____', '_____ x', ''].map(isNoteSeparator), [true, true, false, false, false]);
  });
});
