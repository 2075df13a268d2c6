import * as assert from 'node:assert/strict';
import { applyEdits, findDefects, EMPTY_CONTEXT, parseDraft, quickFixes, type Fix } from '../../../server/src/core';
import { report } from './helpers';

/** The quick fixes for the first finding with `code`, and the body after each. */
function fixesFor(body: string[], code: string): { fix: Fix; after: string[] }[] {
  const text = report(...body);
  const draft = parseDraft(text);
  const finding = findDefects(draft, EMPTY_CONTEXT).find((f) => f.code === code);
  assert.ok(finding, `no ${code} finding`);
  return quickFixes(draft, finding).map((fix) => ({ fix, after: applyEdits(text, fix.edits).split('\n').slice(7) }));
}

describe('fix: quick fixes by code', () => {
  it('symbol-malformed: writes the well-formed symbol', () => {
    for (const [bad, good] of [['A/AC.105/L.1/Rev1', 'A/AC.105/L.1/Rev.1'], ['A/75/1/rev.1', 'A/75/1/Rev.1'], ['S/RES/1325(2000)', 'S/RES/1325 (2000)']]) {
      const [{ fix, after }] = fixesFor(['I. Introduction', '', `1. The Group had before it ${bad}.`], 'symbol-malformed');
      assert.equal(fix.title, `Write "${good}"`);
      assert.equal(after[2], `1. The Group had before it ${good}.`);
      assert.ok(fix.safe && fix.preferred);
    }
  });

  it("agenda-title-mismatch: copies the agenda's title", () => {
    const [{ fix, after }] = fixesFor([
      'I. Organization', '', '1. The Working Group adopted the following agenda:', '    1. Opening.', '    2. Best practices in joint investigations.', '',
      '2. It considered agenda item 2, entitled "Best practice in joint investigations".',
    ], 'agenda-title-mismatch');
    assert.equal(fix.title, "Use the agenda's title");
    assert.equal(after[6], '2. It considered agenda item 2, entitled "Best practices in joint investigations".');
  });

  it('paragraph-ref-direction: swaps the word (a judgement, so not in fix-all)', () => {
    const [{ fix, after }] = fixesFor(['I. Introduction', '', '1. As recalled in paragraph 2 above.', '', '2. Two.'], 'paragraph-ref-direction');
    assert.equal(fix.title, 'Write "below"');
    assert.equal(after[2], '1. As recalled in paragraph 2 below.');
    assert.equal(fix.safe, false);
  });

  it('page-furniture: removes one line, or all of them; a paragraph cut in two is joined', () => {
    const body = ['I. Introduction', '', '1. He offered recommendations,', '', '2/7 V.20-05476', '', 'including cooperation.', '', 'V.20-05476 3/7', '', '2. Two.'];
    const [one, all] = fixesFor(body, 'page-furniture');
    assert.deepEqual(one.after, ['I. Introduction', '', '1. He offered recommendations,', 'including cooperation.', '', 'V.20-05476 3/7', '', '2. Two.']);
    assert.equal(all.fix.title, 'Remove all 2 page headers and footers');
    assert.deepEqual(all.after, ['I. Introduction', '', '1. He offered recommendations,', 'including cooperation.', '', '2. Two.']);
  });

  it('list-duplicate-entry: removes the repeated name and its separator', () => {
    const [{ after }] = fixesFor(['I. Attendance', '', '1. The following States were represented: Albania, Australia, Australia, Austria and Bahamas.'], 'list-duplicate-entry');
    assert.equal(after[2], '1. The following States were represented: Albania, Australia, Austria and Bahamas.');
    const [{ after: last }] = fixesFor(['I. Attendance', '', '1. The following States were represented: Albania, Austria and Austria.'], 'list-duplicate-entry');
    assert.equal(last[2], '1. The following States were represented: Albania and Austria.');
  });

  it('paragraph-unnumbered, list-sequence and heading-sequence: renumber, with a title that says what happens', () => {
    const [{ fix }] = fixesFor(['I. Introduction', '', '1. One.', '', 'Two.', '', '2. Three.'], 'paragraph-unnumbered');
    assert.equal(fix.title, 'Number this paragraph 2 and renumber the paragraphs after it');
    const [{ fix: list }] = fixesFor(['I. Introduction', '', '1. States:', '    (a) One;', '    (c) Two.'], 'list-sequence');
    assert.equal(list.title, 'Reletter the list');
    const [{ fix: heading }] = fixesFor(['I. Introduction', '', '1. One.', '', 'III. Two', '', '2. Two.'], 'heading-sequence');
    assert.equal(heading.title, 'Renumber the headings');
  });

  it('offers nothing where the fix is not knowable', () => {
    const text = report('I. Introduction', '', '1. See paragraph 9 above, and A//75.');
    const draft = parseDraft(text);
    for (const finding of findDefects(draft, EMPTY_CONTEXT)) assert.deepEqual(quickFixes(draft, finding), [], finding.code);
  });
});
