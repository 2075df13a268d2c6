// The annotated-draft helper (test/unit/annotated.ts) reads its markers exactly and
// refuses what it cannot read, so that a marker cannot pass for draft text.
import * as assert from 'node:assert/strict';
import { checkAnnotated, parseAnnotated } from './annotated';

describe('annotated drafts', () => {
  it('takes the markers out of the draft, each under its line, dedented', () => {
    const { text, markers } = parseAnnotated(`
      1. One.
      ^^ paragraph-sequence
         ^^^^ symbol-malformed: Malformed.
          (b) Two.
    `);
    assert.equal(text, '1. One.\n    (b) Two.');
    assert.deepEqual(markers, [
      { line: 0, column: 0, length: 2, code: 'paragraph-sequence', message: undefined },
      { line: 0, column: 3, length: 4, code: 'symbol-malformed', message: 'Malformed.' },
    ]);
  });

  it('refuses a marker that is malformed, names no rule, or has no line above it', () => {
    assert.throws(() => parseAnnotated('1. One.\n^^paragraph-sequence'), /line 2: a marker is "\^\^\^ code"/);
    assert.throws(() => parseAnnotated('1. One.\n^ paragraph-sequel'), /line 2: "paragraph-sequel" is not a rule code/);
    assert.throws(() => parseAnnotated('^ paragraph-sequence\n1. One.'), /line 1: a marker needs a draft line above it/);
  });

  it('passes when the findings are the markers, and shows the draft marked both ways when not', () => {
    const draft = `
      I. Introduction

      1. One.

      3. Three.
      ^ paragraph-sequence: Paragraph 3 follows paragraph 1: number 2 is missing.
    `;
    assert.equal(checkAnnotated(draft).length, 1);
    const wrong = draft.replace('^ paragraph-sequence: Paragraph 3', '^ paragraph-sequence: Paragraph three');
    assert.throws(() => checkAnnotated(wrong), (error: assert.AssertionError) => {
      assert.match(String(error.actual), /\n3\. Three\.\n\^ paragraph-sequence: Paragraph 3 follows paragraph 1: number 2 is missing\.$/);
      assert.match(String(error.expected), /\n\^ paragraph-sequence: Paragraph three follows/);
      return true;
    });
    assert.throws(() => checkAnnotated(draft.replace('3. Three.', '2. Three.')), /differ from the markers/);
  });

  it('marks a finding that runs on to the next line to the end of its first line', () => {
    checkAnnotated(`
      I. Introduction

      1. The meeting was held on 31
                                 ^^ date-invalid: 31 September 2020 does not exist: September has 30 days.
      September 2020.
    `);
  });

  it('checks a whole draft, masthead included, when asked', () => {
    checkAnnotated(`
      Report of the meeting
      ^^^^^^^^^^^^^^^^^^^^^ masthead-incomplete

      I. Introduction

      1. One.
    `, { whole: true });
  });
});
