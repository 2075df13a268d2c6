// Fixes on text pasted from a PDF, whose paragraph numbers stand behind bullets
// (`- 5. The summary…`): no number is put in front of them ("1. - 5. …" was written),
// and the numbers written after them are kept. `rapporteur import` is what repairs such text.
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fixAll, parseDraft, renumberParagraphs } from '../../../server/src/core';
import { bodyAfter } from './helpers';

const PASTE = readFileSync(join(__dirname, '../../../../test/fixtures/CTOC-COP-WG.4-2020-4.pdf-extract.txt'), 'utf8');

describe('fix: text pasted from a PDF', () => {
  it('puts no number before a bullet and a number, and keeps the next number written', () => {
    const after = bodyAfter([
      'I. Introduction', '',
      '- 1. In its decision 4/4, the Conference acknowledged the Protocol.',
      '- 2. In its resolution 7/1, the Conference decided to continue the work.', '',
      '• 3. The Working Group met in Vienna.', '',
      'It heard statements.', '',
      '5. The Working Group adopted its report.', '',
      'It closed.',
    ], (draft) => renumberParagraphs(draft).edits);
    assert.deepEqual(after, [
      'I. Introduction', '',
      '- 1. In its decision 4/4, the Conference acknowledged the Protocol.',
      '- 2. In its resolution 7/1, the Conference decided to continue the work.', '',
      '• 3. The Working Group met in Vienna.', '',
      'It heard statements.', '',
      '5. The Working Group adopted its report.', '',
      '6. It closed.',
    ]);
  });

  it('leaves the bulleted paragraphs of the seed report\'s PDF text as they are, and settles', () => {
    const result = fixAll(PASTE);
    assert.equal(result.unsettled, false);
    assert.doesNotMatch(result.text, /^\d+\. *[-•]/m);
    assert.match(result.text, /^- 5\. The summary of deliberations/m);
    assert.match(result.text, /^37\. On 11 September 2020, the Working Group adopted the present report/m);
    // Only the page heads and feet went.
    assert.equal(result.text.replace(/\s+/g, ''), parseDraft(PASTE).text.replace(/^(?:\d+\/\d+ V\.20-05476|V\.20-05476 \d+\/\d+)$/gm, '').replace(/\s+/g, ''));
    assert.ok(result.skipped.length >= 10);
    assert.equal(fixAll(result.text).changed, false);
  });
});
