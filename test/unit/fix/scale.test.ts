import * as assert from 'node:assert/strict';
import { checkDraft, EMPTY_CONTEXT, fixAll, parseDraft } from '../../../server/src/core';
import { report } from './helpers';

describe('fix: scale', () => {
  it('renumbers 5,000 paragraphs with a list of 40 items and references to each, in one pass', () => {
    const body = ['I. Introduction', ''];
    for (let i = 1; i <= 5000; i++) body.push(i === 1 ? 'Opening, see paragraph 2 below.' : `${i}. Text, see paragraph ${i - 1} above.`, '');
    body.push('5001. States:', ...Array.from({ length: 40 }, (_, i) => `    (${i === 0 ? 'b' : 'a'}) Item;`));
    const result = fixAll(report(...body));
    const left = checkDraft(parseDraft(result.text), EMPTY_CONTEXT).filter((d) => d.code.startsWith('paragraph-') || d.code === 'list-sequence');
    assert.deepEqual(left, []);
    assert.match(result.text, /\n1\. Opening, see paragraph 2 below\./);
  });
});
