import * as assert from 'node:assert/strict';
import { foldingRanges } from '../../../server/src/core';
import { docOf, report } from './cursor';

describe('folding', () => {
  it('folds the masthead, chapters, sections, subsections, annexes and multi-line paragraphs', () => {
    const text = report(
      'I. Introduction',
      '',
      '1. One line.',
      '',
      'II. Organization of the meeting',
      '',
      'A. Documentation',
      '',
      '2. The Working Group had before it the following:',
      '    (a) Annotated provisional agenda (CTOC/COP/WG.4/2020/1);',
      '    (b) Background paper (CTOC/COP/WG.4/2020/2).',
      '',
      '1. General discussion',
      '',
      '3. A paragraph wrapped',
      'over two lines.',
      '',
      'Annex',
      '',
      'List of participants',
    );
    assert.deepEqual(foldingRanges(docOf(text).draft).map((r) => `${r.startLine}-${r.endLine}`), [
      '0-3', // masthead
      '7-9', // chapter I
      '11-22', // chapter II
      '13-22', // section A
      '15-17', // paragraph 2 and its list
      '19-22', // subsection 1
      '21-22', // paragraph 3
      '24-26', // the annex and its title
    ]);
  });

  it('folds nothing in an empty draft', () => {
    assert.deepEqual(foldingRanges(docOf('').draft), []);
  });
});
