import * as assert from 'node:assert/strict';
import { applyEdits, parseDraft, quickFixes } from '../../../server/src/core';
import { check, covered, report } from '../check';

describe('lone-subdivision', () => {
  it('flags a section A with no B in its chapter, and not a chapter divided in two', () => {
    const text = report(
      'I. Introduction', '', 'A. Opening', '', '1. Text.', '',
      'II. Organization', '', 'A. Opening of the meeting', '', '2. Text.', '', 'B. Attendance', '', '3. Text.',
    );
    const [finding] = check(text, ['10 lone-subdivision']);
    assert.equal(covered(text, finding), 'A');
    assert.equal(finding.message, 'Section A is the only section of its chapter: divide a text only into two parts or more. Add section B, or remove the heading "A".');
  });

  it('flags a subsection 1 with no 2 in its section', () => {
    check(report('I. Introduction', '', 'A. Opening', '', '1. General', '', '1. Text.', '', 'B. Close', '', '2. Text.'), ['12 lone-subdivision']);
  });

  it('leaves a report with one chapter alone', () => {
    check(report('I. Introduction', '', '1. Text.'), [], { compare: ['lone-subdivision'] });
  });

  it('flags a list with a single (a), also a single (i) inside a longer list', () => {
    const text = report(
      'I. Introduction', '', '1. The Working Group recommended:', '    (a) That States cooperate.', '',
      '2. The Working Group noted:', '    (a) First;', '        (i) Only one;', '    (b) Second.',
    );
    check(text, ['11 lone-subdivision', '15 lone-subdivision']);
  });

  it('flags "Annex I" with no Annex II, with a quick fix that removes the numeral', () => {
    const text = report('I. Introduction', '', '1. Text.', '', 'Annex I', '', 'List of participants');
    const [finding] = check(text, ['12 lone-subdivision']);
    assert.match(finding.message, /a lone annex is headed "Annex", without a numeral/);
    const [fix] = quickFixes(parseDraft(text), finding);
    assert.match(applyEdits(text, fix.edits), /\nAnnex\n/);
  });

  it('leaves two annexes, and a lone "Annex", alone', () => {
    check(report('I. Introduction', '', '1. Text.', '', 'Annex I', '', 'Documents', '', 'Annex II', '', 'Participants'), [], { compare: ['lone-subdivision'] });
    check(report('I. Introduction', '', '1. Text.', '', 'Annex', '', 'Participants'), [], { compare: ['lone-subdivision'] });
  });
});
