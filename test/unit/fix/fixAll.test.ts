import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { applyEdits, checkDraft, EMPTY_CONTEXT, fixAll, hasTag, insertParagraphAfter, lineEdits, parseDraft, unifiedDiff } from '../../../server/src/core';
import { report } from './helpers';

const REPORT = readFileSync(join(__dirname, '../../../../test/fixtures/CTOC-COP-WG.4-2020-4.unr'), 'utf8');

describe('fix: fix-all, insertion and diffs', () => {
  it('fixes the real report: three paragraphs numbered, no numbering defect left, a second run changes nothing', () => {
    const result = fixAll(REPORT);
    assert.ok(result.changed);
    assert.deepEqual(result.unresolved, []);
    const left = checkDraft(parseDraft(result.text), EMPTY_CONTEXT).filter((d) => hasTag(d.code, 'numbering'));
    assert.deepEqual(left, []);
    assert.equal(fixAll(result.text).changed, false);
    const changed = unifiedDiff(REPORT, result.text, 'a', 'b').split('\n').filter((line) => /^[-+][^-+]/.test(line));
    assert.ok(changed.length >= 6, changed.join('\n'));
  });

  it('never copies an agenda title into a quotation inside that title: the text stays bounded', () => {
    // Paragraph 17, quoting item 4's title, moved into the agenda: after renumbering the agenda it
    // is item 4's own title, and copying the title over its quotation grew it every round.
    const lines = REPORT.split('\n');
    [lines[45], lines[83]] = [lines[83], lines[45]];
    const swapped = lines.join('\n');
    const result = fixAll(swapped);
    assert.ok(!result.unsettled);
    assert.ok(result.text.length < swapped.length + 1000, `the text grew from ${swapped.length} to ${result.text.length}`);
    assert.equal(fixAll(result.text).changed, false);
    const draft = report(
      'I. Organization',
      '',
      '1. The Working Group adopted the following agenda:',
      '    1. Organizational matters.',
      '    2. Best practices.',
      '3. It considered agenda item 3, entitled "Other matters".',
      '    4. Adoption of the report.',
    );
    const fixed = fixAll(draft);
    assert.ok(!fixed.unsettled);
    assert.ok(fixed.text.includes('entitled "Other matters"'), fixed.text);
  });

  it('applies every safe fix and only those, and reports references left pointing nowhere', () => {
    const text = report('I. Introduction', '', '1. One (A/75/1/rev.1).', '', '3. Two, see paragraph 9 and paragraph 2 above.', '', '2/7 V.20-05476', '', '4. Three, see paragraph 4 above.');
    const result = fixAll(text);
    assert.deepEqual(result.text.split('\n').slice(7), ['I. Introduction', '', '1. One (A/75/1/Rev.1).', '', '2. Two, see paragraph 9 and paragraph 2 above.', '', '3. Three, see paragraph 3 above.']);
    assert.deepEqual(result.unresolved.map((u) => u.number), [9, 2]);
  });

  it('honours rules switched off', () => {
    const text = report('I. Introduction', '', '1. One (A/75/1/rev.1).', '', '3. Two.');
    const result = fixAll(text, { enabled: (code) => code !== 'symbol-malformed' });
    assert.ok(result.text.includes('A/75/1/rev.1') && result.text.includes('2. Two.'));
  });

  it('inserts a paragraph after the one at the cursor and renumbers what follows', () => {
    const text = report('I. Introduction', '', '1. One (see paragraph 2 below).', '', '2. Two.');
    const draft = parseDraft(text);
    const inserted = insertParagraphAfter(draft, text.indexOf('One'));
    assert.ok(inserted);
    const after = applyEdits(text, inserted.edits);
    assert.deepEqual(after.split('\n').slice(7), ['I. Introduction', '', '1. One (see paragraph 3 below).', '', '2. ', '', '3. Two.']);
    assert.equal(after.slice(inserted.cursor - 3, inserted.cursor), '2. ');
    assert.equal(inserted.number, 2);
  });

  it('prints a unified diff, and line edits rebuild the new text', () => {
    const before = 'a\nb\nc\nd\ne\nf\ng\nh\ni\nj\nk\nl\n';
    const after = 'a\nB\nc\nd\ne\nf\ng\nh\ni\nj\nk\nL\n';
    // As `diff -u` prints it.
    assert.equal(unifiedDiff(before, after, 'old', 'new'), [
      '--- old', '+++ new',
      '@@ -1,5 +1,5 @@', ' a', '-b', '+B', ' c', ' d', ' e',
      '@@ -9,4 +9,4 @@', ' i', ' j', ' k', '-l', '+L',
    ].join('\n'));
    assert.equal(unifiedDiff('a\nb\n', 'a\n', 'old', 'new'), ['--- old', '+++ new', '@@ -1,2 +1 @@', ' a', '-b'].join('\n'));
    assert.equal(applyEdits(before, lineEdits(before, after)), after);
    assert.equal(applyEdits('x\r\ny', lineEdits('x\r\ny', 'x\r\nz')), 'x\r\nz');
    assert.equal(unifiedDiff(before, before, 'a', 'b'), '');
  });
});
