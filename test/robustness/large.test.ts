// Large drafts, built here: a list of about 150,000 items and a reference to
// 150,000 agenda items once made the parser and the summary spread an array that
// long into a call ("Maximum call stack size exceeded"). test/unit/spreadSafety.test.ts
// keeps such spreads out of the code.
import * as assert from 'node:assert/strict';
import { checkDraft, EMPTY_CONTEXT, fixAll, parseDraft, summarizeDraft } from '../../server/src/core';
import { report } from '../unit/check';

const ROMAN = ['i', 'ii', 'iii', 'iv', 'v', 'vi', 'vii', 'viii', 'ix', 'x', 'xi', 'xii', 'xiii', 'xiv', 'xv', 'xvi', 'xvii', 'xviii', 'xix', 'xx'];

/** A paragraph whose one list nests letters and Roman numerals four deep: 26 × 20 × 26 × 10 items and their parents. */
function nestedList(): { text: string; items: number } {
  const counts = [26, 20, 26, 10];
  const lines = ['1. The Working Group recommended that States:'];
  const walk = (depth: number): void => {
    const last = depth === counts.length - 1;
    for (let n = 0; n < counts[depth]; n++) {
      const label = depth % 2 === 0 ? String.fromCharCode(97 + n) : ROMAN[n];
      lines.push(`${'    '.repeat(depth + 1)}(${label}) ${last ? 'Measure;' : 'Consider:'}`);
      if (!last) walk(depth + 1);
    }
  };
  walk(0);
  return { text: report('I. Recommendations', '', lines.join('\n')), items: lines.length - 1 };
}

describe('large drafts', () => {
  it('parses, checks, summarizes and fixes a list of 149,266 items', () => {
    const { text, items } = nestedList();
    assert.equal(items, 149_266);
    const draft = parseDraft(text);
    assert.deepEqual(draft.paragraphs[0].lists.map((list) => list.items.length), [items]);
    // About 300,000 words: over the limit of a report, and nothing else.
    assert.deepEqual(checkDraft(draft, EMPTY_CONTEXT).map((d) => d.code), ['report-length']);
    assert.equal(summarizeDraft('file:///list.unr', draft).headings.length, 1);
    assert.equal(fixAll(text).text, text);
  });

  it('parses, checks and summarizes a reference to 150,000 agenda items', () => {
    const items = Array.from({ length: 150_000 }, (_, i) => i + 1).join(', ');
    const text = report('I. Introduction', '', `1. Under agenda items ${items}, nothing was said.`);
    const draft = parseDraft(text);
    assert.deepEqual([...new Set(checkDraft(draft, EMPTY_CONTEXT).map((d) => d.code))], ['report-length', 'agenda-missing']);
    const [mention] = summarizeDraft('file:///agenda.unr', draft).agendaMentions;
    assert.equal(mention.targets.length, 150_000);
    assert.equal(text.slice(mention.span.end - 6, mention.span.end), '150000');
  });
});
