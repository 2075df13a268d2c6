// Sub-numbered items (UPR recommendations `23.1 Consider ratifying …`): items of
// paragraph 23, not paragraphs (format.md, "Sub-numbered items").
import * as assert from 'node:assert/strict';
import { parseDraft, relabelLists } from '../../../server/src/core';
import { hasMarker } from '../../../server/src/core/parse/headings';
import { check, report } from '../check';
import { bodyAfter } from '../fix/helpers';

const UPR = [
  'I. Conclusions and/or recommendations',
  '',
  '1. The recommendations formulated during the interactive dialogue have been examined by Chile and enjoy its support:',
  '',
  '1.1 Consider ratifying the Optional Protocol to the Convention against Torture (Rwanda);',
  '',
  '1.2 Strengthen the national human rights institution (France);',
  '',
  '1.3 Continue its efforts to reduce poverty (Nepal).',
  '',
  '2. The following recommendations will be examined by Chile:',
  '2.1 Ratify the Convention on the Rights of Persons with Disabilities (Spain);',
  '2.2 Adopt a national action plan on business and human rights (Norway).',
  '',
  '3. All conclusions and recommendations reflect the position of the submitting States.',
];

describe('sub-numbered items', () => {
  it('reads a UPR report\'s recommendations as items of their paragraph, in blocks of their own or not', () => {
    const text = report(...UPR);
    check(text, []);
    const draft = parseDraft(text);
    assert.deepEqual(draft.paragraphs.map((p) => p.number), [1, 2, 3]);
    assert.deepEqual(draft.paragraphs.map((p) => p.lists.flatMap((l) => l.items.map((i) => `${i.marker} ${i.label} ${i.value}`))), [
      ['sub 1.1 1', 'sub 1.2 2', 'sub 1.3 3'],
      ['sub 2.1 1', 'sub 2.2 2'],
      [],
    ]);
  });

  it('reports a missing recommendation number with list-sequence', () => {
    const body = UPR.map((line) => line.replace('1.3 Continue', '1.4 Continue'));
    const [gap] = check(report(...body), ['16 list-sequence']);
    assert.equal(gap.message, 'Item 1.4 follows 1.2: 1.3 is missing.');
  });

  it('reports, and renumbers, an item numbered under another paragraph', () => {
    const body = UPR.map((line) => line.replace('2.2 Adopt', '3.2 Adopt'));
    const [wrong] = check(report(...body), ['20 list-sequence']);
    assert.equal(wrong.message, 'Item 3.2 belongs to paragraph 2: it should be 2.2.');
    const after = bodyAfter(body, (draft) => relabelLists(draft).edits);
    assert.equal(after[12], '2.2 Adopt a national action plan on business and human rights (Norway).');
  });

  it('is a sub-number only before text that does not start with a small letter', () => {
    assert.deepEqual(['23.1 Consider', '23.12 Ratify', '2.5 per cent', '23.1', '23.1Consider', '123456.1 X', '23. Consider'].map((l) => hasMarker(l, false)), [true, true, false, false, false, false, false]);
  });
});
