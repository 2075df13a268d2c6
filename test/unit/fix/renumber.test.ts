import * as assert from 'node:assert/strict';
import { parseDraft, renumberParagraphs } from '../../../server/src/core';
import { check } from '../check';
import { bodyAfter, report } from './helpers';

const renumber = (body: string[]) => bodyAfter(body, (draft) => renumberParagraphs(draft).edits);

describe('fix: renumbering paragraphs', () => {
  it('numbers an unnumbered paragraph and renumbers what follows, references included', () => {
    assert.deepEqual(renumber([
      'I. Introduction', '',
      '1. The session was opened by the Chair (see paragraph 2 below).', '',
      'The Chair made an opening statement.', '',
      '2. Several speakers welcomed the statement in paragraph 1 above.', '',
      '3. The Working Group adopted paragraphs 2 and 3 (paras. 1–3).',
    ]), [
      'I. Introduction', '',
      '1. The session was opened by the Chair (see paragraph 3 below).', '',
      '2. The Chair made an opening statement.', '',
      '3. Several speakers welcomed the statement in paragraph 1 above.', '',
      '4. The Working Group adopted paragraphs 3 and 4 (paras. 1–4).',
    ]);
  });

  it('closes a gap and follows the references past it', () => {
    assert.deepEqual(renumber([
      'I. Introduction', '', '1. One.', '', '3. Two (see paragraph 4 below).', '', '4. Three, as in paragraphs 3–4 above.',
    ]), [
      'I. Introduction', '', '1. One.', '', '2. Two (see paragraph 3 below).', '', '3. Three, as in paragraphs 2–3 above.',
    ]);
  });

  it('renumbers after a duplicate: a reference to the number means its first paragraph', () => {
    assert.deepEqual(renumber([
      'I. Introduction', '', '1. One.', '', '2. Two.', '', '2. Again two.', '', '3. Three recalls paragraphs 2 and 3.',
    ]), [
      'I. Introduction', '', '1. One.', '', '2. Two.', '', '3. Again two.', '', '4. Three recalls paragraphs 2 and 4.',
    ]);
  });

  it('swapped paragraphs keep their references', () => {
    assert.deepEqual(renumber([
      'I. Introduction', '', '1. One.', '', '2. Two.', '', '4. Four, before paragraph 3 below.', '', '3. Three, after paragraph 4 above.',
    ]), [
      'I. Introduction', '', '1. One.', '', '2. Two.', '', '3. Four, before paragraph 4 below.', '', '4. Three, after paragraph 3 above.',
    ]);
  });

  it('restarts in each annex; a bare reference there is the annex’s own, "of the present report" the body’s', () => {
    assert.deepEqual(renumber([
      'I. Introduction', '', '1. One.', '', '3. Two.', '',
      'Annex', '', 'The Conference of the Parties,', '',
      '2. Decides, as in paragraph 3 of the present report and paragraph 3 below, to act.', '', '3. Requests.',
    ]), [
      'I. Introduction', '', '1. One.', '', '2. Two.', '',
      'Annex', '', 'The Conference of the Parties,', '',
      '1. Decides, as in paragraph 2 of the present report and paragraph 2 below, to act.', '', '2. Requests.',
    ]);
  });

  it('leaves a reference to a number that does not exist, and reports it', () => {
    const text = report('I. Introduction', '', '1. One.', '', '3. Two, recalling paragraphs 9 and 3 and paras. 1–7.');
    const result = renumberParagraphs(parseDraft(text));
    assert.deepEqual(result.unresolved.map((u) => `${u.kind} ${u.number} ${text.slice(u.span.start, u.span.end)}`), ['paragraph 9 9', 'paragraph 7 7']);
    assert.deepEqual(bodyAfter(['I. Introduction', '', '1. One.', '', '3. Two, recalling paragraphs 9 and 3 and paras. 1–7.'], (d) => renumberParagraphs(d).edits),
      ['I. Introduction', '', '1. One.', '', '2. Two, recalling paragraphs 9 and 2 and paras. 1–7.']);
  });

  it('puts the space into a number typed without one', () => {
    assert.deepEqual(renumber(['I. Introduction', '', '1. One.', '', '2.Several speakers spoke.']), ['I. Introduction', '', '1. One.', '', '2. Several speakers spoke.']);
  });

  it('leaves unnumbered a one-line block that a number would turn into a heading', () => {
    const body = ['I. Introduction', '', '1. One.', '', 'General discussion', '', '2. Two.'];
    const result = renumberParagraphs(parseDraft(report(...body)));
    assert.equal(result.skipped.length, 1);
    assert.deepEqual(renumber(body), body);
  });

  it('changes nothing in a draft numbered in sequence, and leaves no numbering defect after a fix', () => {
    const body = ['I. Introduction', '', '1. One (paragraph 2 below).', '', '2. Two.'];
    assert.equal(renumberParagraphs(parseDraft(report(...body))).edits.length, 0);
    const fixed = renumber(['I. Introduction', '', '2. One.', '', 'Two.', '', '2. Three.', '', '7. Four.']);
    check(report(...fixed), []);
  });
});
