// mergeEdits merges each group at once (it inserted edits one by one into an
// array, quadratic for the 200,000 edits of renumbering a long draft): the same
// result as that plain definition, on random groups of edits.
import * as assert from 'node:assert/strict';
import * as fc from 'fast-check';
import { applyEdits, mergeEdits, type TextEdit } from '../../../server/src/core';

const TEXT = 'abcdefghijklmnopqrstuvwxyz0123456789';

/** The plain definition: edits in the order given, each kept unless it is a no-op or overlaps one kept. */
function plainMerge(text: string, groups: TextEdit[][]): TextEdit[] {
  const kept: TextEdit[] = [];
  const overlap = (a: TextEdit, b: TextEdit) =>
    (a.span.start === b.span.start && (a.span.start === a.span.end || b.span.start === b.span.end)) || (a.span.start < b.span.end && b.span.start < a.span.end);
  for (const edit of groups.flat()) {
    if (text.slice(edit.span.start, edit.span.end) === edit.newText) continue;
    if (!kept.some((other) => overlap(other, edit))) kept.push(edit);
  }
  return kept.sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end);
}

const EDIT = fc.tuple(fc.nat(TEXT.length), fc.nat(4), fc.constantFrom('', 'X', 'YZ', 'a', 'ab')).map(([start, length, newText]): TextEdit => ({
  span: { start, end: Math.min(TEXT.length, start + length) },
  newText,
}));

describe('fix: merging edits', () => {
  it('keeps what the plain definition keeps, on random groups (overlaps within a group too)', () => {
    fc.assert(
      fc.property(fc.array(fc.array(EDIT, { maxLength: 8 }), { maxLength: 4 }), (groups) => {
        const merged = mergeEdits(TEXT, ...groups);
        assert.deepEqual(merged, plainMerge(TEXT, groups));
        applyEdits(TEXT, merged);
      }),
      { numRuns: 2000, seed: 15 },
    );
  });

  it('merges 200,000 edits given out of text order', () => {
    const text = 'x'.repeat(200_000);
    const numbers = Array.from({ length: 100_000 }, (_, i) => ({ span: { start: 2 * i, end: 2 * i + 1 }, newText: 'n' }));
    const references = Array.from({ length: 100_000 }, (_, i) => ({ span: { start: 2 * i + 1, end: 2 * i + 2 }, newText: 'r' }));
    const merged = mergeEdits(text, [...numbers, ...references]);
    assert.equal(merged.length, 200_000);
    assert.equal(applyEdits(text, merged), 'nr'.repeat(100_000));
  });
});
