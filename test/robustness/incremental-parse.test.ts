// Incremental re-parsing: a draft parsed with the cache of its previous
// versions gives the same model and the same diagnostics as a parse from
// scratch, whatever the sequence of edits (typing, deleting, pasting, undoing).
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as fc from 'fast-check';
import { generateDraft } from '../../bench/generate';
import { checkDraft, EMPTY_CONTEXT, ParseCache, parseDraft } from '../../server/src/core';

const REPORT = readFileSync(join(__dirname, '../../../test/fixtures/CTOC-COP-WG.4-2020-4.unr'), 'utf8');
const GENERATED = generateDraft({ paragraphs: 60, seed: 3 }).text;

/** What people type and paste into drafts, and what moves references and blocks around. */
const INSERT = fc.oneof(
  fc.constantFrom(
    '\n', '\n\n', '\r\n', ' ', 'x', '1', '.', ',', ':', '"', '“', '”', '(', ')', '(a) ', '12. ', 'I. ', 'A. ', 'Annex\n\n', 'paragraph 3 above',
    'agenda item 2, entitled "Opening of the meeting"', ', entitled “', 'decision 4/4', 'CTOC/COP/WG.4/2020/1', 'Rev.1', '3 July 2020',
    'Australia, Brazil and Chile', ', and ', ' and ', 'Mr. ', '\f', 'V.20-01234\n',
  ),
  fc.string({ maxLength: 8 }),
);

const EDIT = fc.record({ at: fc.double({ min: 0, max: 1, noNaN: true }), remove: fc.nat({ max: 40 }), insert: INSERT });
type Edit = typeof EDIT extends fc.Arbitrary<infer T> ? T : never;

function apply(text: string, edit: Edit): string {
  const at = Math.floor(edit.at * text.length);
  return text.slice(0, at) + edit.insert + text.slice(Math.min(text.length, at + edit.remove));
}

/** Parses every version with one cache and from scratch, and compares models and diagnostics. */
function assertSameAsFromScratch(original: string, edits: Edit[]): void {
  const cache = new ParseCache();
  let text = original;
  parseDraft(text, { cache });
  for (const edit of edits) {
    text = apply(text, edit);
    const incremental = parseDraft(text, { cache });
    const scratch = parseDraft(text);
    assert.deepStrictEqual(incremental, scratch);
    assert.deepStrictEqual(checkDraft(incremental, EMPTY_CONTEXT), checkDraft(scratch, EMPTY_CONTEXT));
  }
}

describe('incremental parsing', () => {
  it('gives the same model and diagnostics as a parse from scratch after any edits of the real report', () => {
    fc.assert(fc.property(fc.array(EDIT, { minLength: 1, maxLength: 6 }), (edits) => assertSameAsFromScratch(REPORT, edits)), { numRuns: 60, seed: 11 });
  });

  it('gives the same model and diagnostics after any edits of a generated draft', () => {
    fc.assert(fc.property(fc.array(EDIT, { minLength: 1, maxLength: 6 }), (edits) => assertSameAsFromScratch(GENERATED, edits)), { numRuns: 60, seed: 12 });
  });

  it('gives the same model and diagnostics after any edits of small drafts built from meaningful pieces', () => {
    const pieces = fc.array(fc.oneof(INSERT, fc.constantFrom('\n\n1. The ', '\n\n2. In ', ' agenda item 1,', ' entitled', '\n\n"Title"')), { maxLength: 40 });
    const draft = pieces.map((parts) => parts.join(''));
    fc.assert(fc.property(draft, fc.array(EDIT, { minLength: 1, maxLength: 8 }), assertSameAsFromScratch), { numRuns: 300, seed: 13 });
  });

  it('does not carry a title across blocks: editing the block after `entitled` changes nothing before it', () => {
    const draft = '1. Under agenda item 1, entitled\n\n"Opening of the session" was discussed.';
    assertSameAsFromScratch(draft, [{ at: draft.indexOf('session') / draft.length, remove: 7, insert: 'meeting' }]);
  });

  it('gives the same model when the draft is replaced, emptied and restored', () => {
    assertSameAsFromScratch(REPORT, [
      { at: 0, remove: REPORT.length, insert: GENERATED },
      { at: 0, remove: GENERATED.length, insert: '' },
      { at: 0, remove: 0, insert: REPORT },
    ]);
  });

  it('keeps only what the latest parse used', () => {
    const cache = new ParseCache();
    parseDraft(REPORT, { cache });
    const full = cache.size;
    parseDraft('1. A short draft, paragraph 1 above.', { cache });
    assert.ok(full > 50 && cache.size <= 2, `${full} entries, then ${cache.size}`);
  });
});
