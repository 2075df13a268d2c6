import * as assert from 'node:assert/strict';
import { countWords, EMPTY_CONTEXT, parseDraft, readReportLength } from '../../../server/src/core';
import { check, report } from '../check';

describe('report-length', () => {
  // Title (17 words), heading (2: `I.` counts, as in a word processor), paragraph (7): 26 words.
  const text = report('I. Introduction', '', '1. The meeting was opened – on time.');

  it('counts the body: title, headings and paragraphs with their numbers, not the masthead or a dash alone', () => {
    assert.deepEqual(countWords(parseDraft(text)), { body: 26, annexes: 0 });
  });

  it('leaves page furniture out, and counts annexes apart', () => {
    const draft = parseDraft(report('I. Introduction', '', '1. The meeting was opened.', '', 'V.20-05476', '', 'Annex', '', 'List of participants'));
    assert.deepEqual(countWords(draft), { body: 24, annexes: 4 });
  });

  it('reports a body over the limit on the title, with the count and the excess', () => {
    const [finding] = check(text, ['6 report-length'], { context: { ...EMPTY_CONTEXT, reportLength: 24 } });
    assert.equal(finding.message, 'The body of the report has 26 words: over the limit of 24 by 2. Shorten it, or move supporting material to an annex.');
    check(text, [], { context: { ...EMPTY_CONTEXT, reportLength: 26 } });
  });

  it('has a default limit of 10,700 words', () => {
    const long = report('I. Introduction', '', `1. ${'word '.repeat(10_690)}`);
    check(long, ['6 report-length']);
    check(report('I. Introduction', '', `1. ${'word '.repeat(10_600)}`), []);
  });

  it('reads the setting defensively', () => {
    assert.deepEqual(readReportLength(undefined), { limit: 10_700 });
    assert.deepEqual(readReportLength(5000), { limit: 5000 });
    for (const bad of [0, -1, 2.5, '5000', [5000], {}, Number.NaN]) assert.ok(readReportLength(bad).problem, String(bad));
  });
});
