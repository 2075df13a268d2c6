// Lines run into a list or a paragraph by mistake (cases `npm run fuzz -- --target fix` found):
// the fixes leave them as written rather than give them a second label.
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fixAll, parseDraft, relabelLists, renumberParagraphs } from '../../../server/src/core';
import { bodyAfter, report } from './helpers';

describe('fix: stray lines are left as written', () => {
  it('gives no marker to a heading run into the agenda, and renumbers the agenda around it', () => {
    const after = bodyAfter([
      'I. Organization of the meeting', '',
      '1. The Working Group adopted the following agenda:',
      '    1. Organizational matters.',
      '    3. Other matters.',
      'B. Attendance',
    ], (draft) => relabelLists(draft).edits);
    assert.deepEqual(after.slice(3), ['    1. Organizational matters.', '    2. Other matters.', 'B. Attendance']);
  });

  it('gives no marker to an unmarked line outside the column of the list’s markers', () => {
    const after = bodyAfter([
      'I. Recommendations', '',
      '1. The Working Group recommended that States:',
      '    (a) Ratify the Protocol;',
      'CTOC/COP/WG.4/2021/1',
      '    (c) Review their legislation.',
    ], (draft) => relabelLists(draft).edits);
    assert.deepEqual(after.slice(3, 5), ['    (a) Ratify the Protocol;', 'CTOC/COP/WG.4/2021/1']);
  });

  it('leaves a marker of another kind as written ("3." among lettered items is not made "b")', () => {
    const after = bodyAfter([
      'I. Organization of the meeting', '',
      '1. The Working Group adopted the following agenda:',
      '    (a) Opening of the session.',
      '    3. Other matters.',
    ], (draft) => relabelLists(draft).edits);
    assert.deepEqual(after.slice(3), ['    (a) Opening of the session.', '    3. Other matters.']);
  });

  it('does not number a paragraph that opens with a section label', () => {
    const draft = parseDraft(report('I. Organization of the meeting', '', '1. The meeting was opened.', '', 'D. Documentation was made available in document 15.', '', '2. The report was adopted.'));
    const { edits, skipped } = renumberParagraphs(draft);
    assert.equal(edits.some((edit) => draft.text.slice(edit.span.start, edit.span.start + 2) === 'D.'), false);
    assert.equal(skipped.length, 1);
  });

  it('leaves a draft unchanged when the fixes do not settle', () => {
    // A garbled draft (mixed CR line endings, swapped lines) that each round of fixes reads anew:
    // changing it would give a text that a second run changes again.
    const text = readFileSync(join(__dirname, '../../../../test/fixtures/fuzz/fixes-unsettled.unr'), 'utf8');
    const result = fixAll(text);
    assert.equal(result.unsettled, true);
    assert.equal(result.text, text);
    assert.equal(result.changed, false);
  });
});
