// The bench's draft generator (bench/generate.ts) writes drafts the parser reads
// as intended: the paragraph count asked for, and no problems when clean.
import * as assert from 'node:assert/strict';
import { generateDraft } from '../../bench/generate';
import { checkDraft, EMPTY_CONTEXT, parseDraft } from '../../server/src/core';

describe('bench draft generator', () => {
  it('writes a clean draft with the paragraph count asked for', () => {
    const generated = generateDraft({ paragraphs: 200, seed: 7 });
    const draft = parseDraft(generated.text);
    assert.equal(draft.paragraphs.filter((p) => p.number !== undefined).length, 200);
    assert.ok(draft.agenda, 'the draft has an agenda');
    const known = new Set(draft.documentation.map((entry) => entry.symbol));
    // Clean but long: 200 generated paragraphs run past the word limit of a report.
    assert.deepEqual(checkDraft(draft, { isKnownSymbol: (key) => known.has(key) }).map((d) => d.code), ['report-length']);
  });

  it('is deterministic for a seed, and the defect variant has defects', () => {
    assert.equal(generateDraft({ paragraphs: 50, seed: 3 }).text, generateDraft({ paragraphs: 50, seed: 3 }).text);
    const defective = parseDraft(generateDraft({ paragraphs: 400, seed: 3, defects: true }).text);
    assert.ok(checkDraft(defective, EMPTY_CONTEXT).length > 0);
  });
});
