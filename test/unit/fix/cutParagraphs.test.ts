// Paragraphs that page furniture cut in two (issue 15): the parser reads the parts as
// one paragraph, and fix-all removes the furniture and joins them without adding a number.
import * as assert from 'node:assert/strict';
import { checkDraft, EMPTY_CONTEXT, fixAll, parseDraft, quickFixes, findDefects, applyEdits } from '../../../server/src/core';
import { check, report } from '../check';

/** The body lines of a `report(...)` draft after fix-all, which must be a fixed point that checks clean. */
function fixedBody(...body: string[]): string[] {
  const result = fixAll(report(...body));
  assert.equal(fixAll(result.text).changed, false, 'a second fix-all changes nothing');
  assert.deepEqual(checkDraft(parseDraft(result.text), EMPTY_CONTEXT).map((d) => d.code), []);
  return result.text.split('\n').slice(7);
}

const INTRO = ['I. Introduction', '', '1. The Working Group met in Vienna.', ''];

describe('paragraphs cut in two by page furniture', () => {
  it('joins a part that ends without final punctuation to a continuation in capitals', () => {
    const body = [...INTRO, '2. The Working Group discussed the report of the', 'Secretariat on the work of the', '', '2/7 V.20-05476', '', 'United Nations Office on Drugs and Crime.', '', '3. Then it ended.'];
    check(report(...body), ['15 page-furniture']);
    assert.equal(parseDraft(report(...body)).paragraphs.length, 3);
    assert.deepEqual(fixedBody(...body), [...INTRO, '2. The Working Group discussed the report of the', 'Secretariat on the work of the', 'United Nations Office on Drugs and Crime.', '', '3. Then it ended.']);
  });

  it('reads a first part of one line as a paragraph, not a subsection heading', () => {
    const lower = [...INTRO, '2. The Working Group discussed the', '', 'V.20-05476 3/7', '', 'matter at length.', '', '3. Then it ended.'];
    check(report(...lower), ['14 page-furniture']);
    assert.deepEqual(fixedBody(...lower), [...INTRO, '2. The Working Group discussed the', 'matter at length.', '', '3. Then it ended.']);
    const capital = [...INTRO, '2. The Working Group discussed the report of the', '', 'V.20-05476 3/7', '', 'Secretariat at length.', '', '3. Then it ended.'];
    check(report(...capital), ['14 page-furniture']);
    assert.deepEqual(fixedBody(...capital), [...INTRO, '2. The Working Group discussed the report of the', 'Secretariat at length.', '', '3. Then it ended.']);
  });

  it('does not read a year that continues the text as a paragraph number', () => {
    const body = [...INTRO, '2. The Working Group decided to meet again in', '', 'V.20-05476 3/7', '', '2021. It was agreed that the dates would follow.', '', '3. Then it ended.'];
    check(report(...body), ['14 page-furniture']);
    assert.deepEqual(fixedBody(...body), [...INTRO, '2. The Working Group decided to meet again in', '2021. It was agreed that the dates would follow.', '', '3. Then it ended.']);
  });

  it('recognizes a job number with a bare page number, in either order', () => {
    const body = [...INTRO, '2. The Working Group discussed the report of the', '', '2 GE.23-15302', '', 'Secretariat at length,', 'V.20-01234  3', 'and closed.', '', '3. Then it ended.'];
    check(report(...body), ['14 page-furniture', '17 page-furniture']);
    assert.deepEqual(fixedBody(...body), [...INTRO, '2. The Working Group discussed the report of the', 'Secretariat at length,', 'and closed.', '', '3. Then it ended.']);
  });

  it('joins across several lines of furniture', () => {
    const body = [...INTRO, '2. The Working Group discussed the', '', 'V.20-05476 3/7', '', '4/7 V.20-05476', '', 'matter at length.', '', '3. Then it ended.'];
    check(report(...body), ['14 page-furniture', '16 page-furniture']);
    assert.deepEqual(fixedBody(...body), [...INTRO, '2. The Working Group discussed the', 'matter at length.', '', '3. Then it ended.']);
    const text = report(...body);
    const draft = parseDraft(text);
    const finding = findDefects(draft, EMPTY_CONTEXT).find((f) => f.code === 'page-furniture');
    assert.ok(finding);
    const all = quickFixes(draft, finding).find((fix) => fix.title.startsWith('Remove all'));
    assert.ok(all);
    assert.deepEqual(applyEdits(text, all.edits).split('\n').slice(7), [...INTRO, '2. The Working Group discussed the', 'matter at length.', '', '3. Then it ended.']);
  });

  it('joins a heading that page furniture cut in two, and numbers nothing', () => {
    const body = [...INTRO, 'II. Organization of the', '', 'V.20-05476 3/7', '', 'meeting', '', '2. The meeting was opened.'];
    check(report(...body), ['14 page-furniture']);
    assert.deepEqual(parseDraft(report(...body)).headings.map((h) => h.title), ['Introduction', 'Organization of the meeting']);
    assert.deepEqual(fixedBody(...body), [...INTRO, 'II. Organization of the', 'meeting', '', '2. The meeting was opened.']);
  });

  it('keeps blocks apart when the text does not continue', () => {
    // A finished sentence, then a block of its own: still an unnumbered paragraph.
    check(report(...INTRO, '2. The Working Group closed.', '', 'V.20-05476 3/7', '', 'Unnumbered text.', '', '3. Then it ended.'), ['14 page-furniture', '16 paragraph-unnumbered']);
    // The next paragraph by its number, even after a part without final punctuation.
    check(report(...INTRO, '2. The Working Group discussed the', 'matter without end', '', 'V.20-05476 3/7', '', '3. Then it ended.'), ['15 page-furniture']);
    assert.equal(parseDraft(report(...INTRO, '2. The Working Group discussed the', 'matter without end', '', 'V.20-05476 3/7', '', '3. Then it ended.')).paragraphs.length, 3);
    // A subsection heading followed by a numbered paragraph stays a heading.
    const heading = parseDraft(report(...INTRO, '1. General discussion', '', 'V.20-05476 3/7', '', '2. The Group met.'));
    assert.deepEqual(heading.headings.map((h) => h.kind), ['chapter', 'subsection']);
    assert.deepEqual(fixedBody(...INTRO, '2. The Working Group closed.', '', 'V.20-05476 3/7', '', '3. Then it ended.'), [...INTRO, '2. The Working Group closed.', '', '3. Then it ended.']);
  });
});
