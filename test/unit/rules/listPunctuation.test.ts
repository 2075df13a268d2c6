import * as assert from 'node:assert/strict';
import { applyEdits, parseDraft, quickFixes } from '../../../server/src/core';
import { check, covered, report } from '../check';

function recommended(...items: string[]): string {
  return report('I. Recommendations', '', '1. The Working Group recommended that States:', ...items.map((item) => `    ${item}`));
}

describe('list-punctuation', () => {
  it('accepts ";" then "." and "; and" or "; or" before the last item', () => {
    check(recommended('(a) Cooperate;', '(b) Share information; and', '(c) Report.'), []);
    check(recommended('(a) Cooperate;', '(b) Share information; or', '(c) Report.'), []);
  });

  it('flags an item before the last that ends with "." or ",", with a fix writing ";"', () => {
    const text = recommended('(a) Cooperate;', '(b) Share information.', '(c) Train staff,', '(d) Report.');
    const [first, second] = check(text, ['12 list-punctuation', '13 list-punctuation']);
    assert.equal(covered(text, first), '.');
    assert.equal(first.message, 'This item ends with ".": in a list introduced by a colon, an item before the last ends with ";". Write ";".');
    assert.equal(second.message, 'This item ends with ",": in a list introduced by a colon, an item before the last ends with ";". Write ";".');
    const [fix] = quickFixes(parseDraft(text), first);
    assert.match(applyEdits(text, fix.edits), /\(b\) Share information;\n/);
  });

  it('flags a last item without ".", with a fix that adds it', () => {
    const text = recommended('(a) Cooperate;', '(b) Report');
    const [finding] = check(text, ['12 list-punctuation']);
    assert.match(finding.message, /^This item ends with no punctuation: .* the last item of a list ends with "\."/);
    const [fix] = quickFixes(parseDraft(text), finding);
    assert.match(applyEdits(text, fix.edits), /\(b\) Report\.$/);
  });

  it('flags "; and" on the last item, without a fix', () => {
    const text = recommended('(a) Cooperate;', '(b) Report; and');
    const [finding] = check(text, ['12 list-punctuation']);
    assert.deepEqual(quickFixes(parseDraft(text), finding), []);
  });

  it('leaves lists of sentences, lists without punctuation, and lists not after a colon alone', () => {
    check(recommended('(a) States should cooperate.', '(b) States should report.'), []);
    check(report('I. Participants', '', '1. The following attended:', '    (a) Algeria', '    (b) Brazil', '    (c) Chile'), []);
    check(report('I. Recommendations', '', '1. The Working Group recommended the following', '    (a) Cooperate;', '    (b) Report'), []);
  });

  it('reads nested lists: items before the last end with ";", the last as its parent', () => {
    check(recommended('(a) Cooperate;', '(b) Strengthen cooperation in order to:', '    (i) Preserve evidence;', '    (ii) Remove content.'), []);
    check(recommended('(a) Strengthen cooperation in order to:', '    (i) Preserve evidence;', '    (ii) Share data.', '    (iii) Remove content;', '(b) Report.'), ['13 list-punctuation']);
  });
});
