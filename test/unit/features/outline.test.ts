import * as assert from 'node:assert/strict';
import type { DocumentSymbol } from 'vscode-languageserver-types';
import { documentSymbols } from '../../../server/src/core';
import { docOf, report, short } from './cursor';

/** `name [range]` for each symbol, children indented. */
function tree(symbols: DocumentSymbol[], depth = 0): string[] {
  return symbols.flatMap((s) => [`${'  '.repeat(depth)}${s.name} [${short(s.range)}]`, ...tree(s.children ?? [], depth + 1)]);
}

describe('outline', () => {
  const text = report(
    'I. Introduction',
    '',
    '1. Several speakers noted challenges in the application of the non-punishment principle and its limits.',
    '',
    'II. Organization of the meeting',
    '',
    'A. Opening of the meeting',
    '',
    '2. The meeting was opened by the Chair.',
    '',
    'The Chair made a statement.',
    '',
    '1. General discussion',
    '',
    '4. The Working Group had before it the following:',
    '    (a) Annotated provisional agenda (CTOC/COP/WG.4/2020/1);',
    '    (b) Background paper (CTOC/COP/WG.4/2020/2).',
    '',
    'Annex',
    '',
    'List of participants',
    '',
    '1. Afghanistan.',
  );
  const symbols = documentSymbols(docOf(text).draft);

  it('nests chapters, sections, subsections and paragraphs; the masthead, title and annex at the top', () => {
    assert.deepEqual(tree(symbols), [
      'CTOC/COP/WG.4/2020/4 [0:0-3:17]',
      'Report on the meeting of the Working Group held in Vienna on 10 and 11 September … [5:0-5:85]',
      'I. Introduction [7:0-9:103]',
      '  1. Several speakers noted challenges in the application … [9:0-9:103]',
      'II. Organization of the meeting [11:0-23:48]',
      '  A. Opening of the meeting [13:0-23:48]',
      '    2. The meeting was opened by the Chair. [15:0-15:39]',
      '    (unnumbered) The Chair made a statement. [17:0-17:27]',
      '    1. General discussion [19:0-23:48]',
      '      4. The Working Group had before it the following: [21:0-23:48]',
      'Annex [25:0-29:15]',
      '  1. Afghanistan. [29:0-29:15]',
    ]);
  });

  it('selects the masthead symbol, a heading line and a paragraph number', () => {
    assert.equal(short(symbols[0].selectionRange), '0:0-0:20');
    assert.equal(symbols[0].detail, 'Distr.: General · 28 September 2020');
    assert.equal(short(symbols[2].selectionRange), '7:0-7:15');
    assert.equal(short(symbols[2].children![0].selectionRange), '9:0-9:1');
  });

  it('gives the annex its title and an unnumbered paragraph the number its place implies', () => {
    assert.equal(symbols[4].detail, 'List of participants');
    const unnumbered = symbols[3].children![0].children![1];
    assert.equal(unnumbered.detail, 'should be paragraph 3');
    assert.equal(short(unnumbered.selectionRange), '17:0-17:3');
  });

  it('never gives a symbol an empty name, whatever the text', () => {
    for (const odd of ['', '\n\n', 'I. X\n\n1.\n    (a) a', 'Annex\n\n\n']) {
      const names = tree(documentSymbols(docOf(odd).draft));
      for (const name of names) assert.ok(name.trim().split(' [')[0].length > 0, `empty name in ${JSON.stringify(odd)}`);
    }
  });
});
