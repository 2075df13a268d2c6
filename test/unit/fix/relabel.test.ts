import * as assert from 'node:assert/strict';
import { relabelHeadings, relabelLists } from '../../../server/src/core';
import { check } from '../check';
import { bodyAfter, report } from './helpers';

describe('fix: relabelling lists, headings and the agenda', () => {
  it('reletters a list level by level, giving an unmarked item its marker', () => {
    const after = bodyAfter([
      'I. Recommendations', '',
      '1. The Working Group recommended that States:',
      '    (b) Consider the following measures:',
      '        (i) Ratifying the Protocol;',
      '        (iii) Reviewing their legislation;',
      '    (b) Review their legislation;',
      '    Report on progress.',
    ], (draft) => relabelLists(draft).edits);
    assert.deepEqual(after, [
      'I. Recommendations', '',
      '1. The Working Group recommended that States:',
      '    (a) Consider the following measures:',
      '        (i) Ratifying the Protocol;',
      '        (ii) Reviewing their legislation;',
      '    (b) Review their legislation;',
      '    (c) Report on progress.',
    ]);
    check(report(...after), []);
  });

  it('renumbers the agenda, and agenda item references follow their item', () => {
    const after = bodyAfter([
      'I. Organization of the meeting', '',
      '1. The Working Group adopted the following agenda:',
      '    1. Organizational matters:',
      '        (a) Opening of the meeting;',
      '        (c) Adoption of the agenda.',
      '    3. Best practices.',
      '    4. Other matters.', '',
      '2. Under agenda item 3, and agenda items 1 (c) and 4, speakers spoke; agenda item 9 was not discussed.',
    ], (draft) => relabelLists(draft).edits);
    assert.deepEqual(after.slice(2), [
      '1. The Working Group adopted the following agenda:',
      '    1. Organizational matters:',
      '        (a) Opening of the meeting;',
      '        (b) Adoption of the agenda.',
      '    2. Best practices.',
      '    3. Other matters.', '',
      '2. Under agenda item 2, and agenda items 1 (b) and 3, speakers spoke; agenda item 9 was not discussed.',
    ]);
  });

  it('renumbers chapters, sections (restarting in each chapter) and subsections', () => {
    const after = bodyAfter([
      'I. Introduction', '', '1. One.', '',
      'III. Organization', '', 'B. Opening', '', '2. Two.', '', 'C. Statements', '', '2. Attendance', '', '3. Three.', '',
      'Annex', '', 'II. Other', '', '1. Annex one.',
    ], (draft) => relabelHeadings(draft).edits);
    assert.deepEqual(after, [
      'I. Introduction', '', '1. One.', '',
      'II. Organization', '', 'A. Opening', '', '2. Two.', '', 'B. Statements', '', '1. Attendance', '', '3. Three.', '',
      'Annex', '', 'I. Other', '', '1. Annex one.',
    ]);
  });
});
