// Total editor features: on any draft and at any position (even outside the
// text), every feature answers with plain data and never throws; every range
// it gives lies inside the text.
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as fc from 'fast-check';
import type { DocumentSymbol, Position, Range } from 'vscode-languageserver-types';
import { completions, definition, documentLinks, documentSymbols, findDefects, foldingRanges, hover, quickFixes, references, Workspace } from '../../server/src/core';

const REPORT = readFileSync(join(__dirname, '../../../test/fixtures/CTOC-COP-WG.4-2020-4.unr'), 'utf8');
const URI = 'file:///drafts/random.unr';

const PIECE = fc.constantFrom(
  '\n', '\r\n', '\n\n', '    ', '\t', '\ufeff', '\ud800', 'I. ', 'A. ', '1. ', '15.', '(a) ', '(i) ', 'Annex', 'Annex II', 'agenda item ', 'items ',
  'under item ', 'paragraph ', 'paras. ', '12–14', ' above', ', entitled "', '"', 'CTOC/COP/WG.4/2020/', 'Rev.1', 'rev1', '/', '//', ' (2000)',
  'agenda:', 'following:', '(CTOC/COP/WG.4/2020/1);', 'Distr.: General', '3 July 2020', 'Original: English', '.', ':', ';',
);

function assertInside(range: Range, lineCount: number, what: string): void {
  for (const position of [range.start, range.end]) {
    assert.ok(position.line >= 0 && position.line < lineCount && position.character >= 0, `${what}: ${JSON.stringify(range)} outside ${lineCount} lines`);
  }
}

function assertSymbols(symbols: DocumentSymbol[], lineCount: number): void {
  for (const symbol of symbols) {
    assert.ok(symbol.name.trim().length > 0, 'a document symbol has an empty name');
    assertInside(symbol.range, lineCount, 'symbol');
    assertInside(symbol.selectionRange, lineCount, 'symbol selection');
    assertSymbols(symbol.children ?? [], lineCount);
  }
}

/** Runs every feature on `text` at `positions`, with a second draft in the workspace. */
function assertFeaturesTotal(text: string, positions: Position[]): void {
  const workspace = new Workspace();
  workspace.set('file:///drafts/other.unr', 'CTOC/COP/WG.4/2020/1\nDistr.: General\n\nAnnotated provisional agenda\n\nI. Agenda\n\n1. Opening.\n2. Other matters.');
  const draft = workspace.set(URI, text);
  const doc = { uri: URI, draft };
  const lineCount = draft.lineMap.lineCount;
  assertSymbols(documentSymbols(draft), lineCount);
  for (const range of foldingRanges(draft)) assert.ok(range.startLine < range.endLine && range.endLine < lineCount);
  for (const link of documentLinks(draft)) assertInside(link.range, lineCount, 'link');
  for (const position of positions) {
    const shown = hover(doc, position, workspace);
    if (shown?.range) assertInside(shown.range, lineCount, 'hover');
    for (const location of [...definition(doc, position, workspace), ...references(doc, position, true, workspace)]) {
      if (location.uri === URI) assertInside(location.range, lineCount, 'location');
    }
    for (const item of completions(doc, position, workspace).items) assert.ok(item.label.length > 0);
  }
}

const POSITION = fc.record({ line: fc.integer({ min: -2, max: 60 }), character: fc.integer({ min: -2, max: 200 }) });

/** Words every JavaScript object answers to: a table keyed by a draft's words must not. */
const OBJECT_WORDS = fc.constantFrom('constructor', 'toString', 'valueOf', '__proto__', 'hasOwnProperty', 'Constructor', 'CONSTRUCTOR', 'isPrototypeOf');

/** Everything a user could be shown for `text`: diagnostics, their fixes, hovers, outline, completions. */
function allShown(text: string, positions: Position[]): unknown[] {
  const workspace = new Workspace();
  const draft = workspace.set(URI, text);
  const doc = { uri: URI, draft };
  const shown: unknown[] = [workspace.check(URI), documentSymbols(draft), documentLinks(draft)];
  for (const finding of findDefects(draft, workspace.context(URI, draft))) shown.push(quickFixes(draft, finding));
  for (const position of positions) shown.push(hover(doc, position, workspace), completions(doc, position, workspace));
  return shown;
}

describe('total editor features', () => {
  it("read a draft's words that JavaScript objects know as plain words", () => {
    const pieces = fc.array(fc.oneof(PIECE, OBJECT_WORDS, OBJECT_WORDS.map((word) => `A/75/${word}.2`), fc.constantFrom(' ', '1', '.')), { maxLength: 60 });
    fc.assert(
      fc.property(pieces.map((parts) => parts.join('')), fc.array(POSITION, { maxLength: 6 }), (text, positions) => {
        const json = JSON.stringify(allShown(text, positions));
        assert.ok(!json.includes('[native code]'), json.slice(Math.max(0, json.indexOf('[native code]') - 200), json.indexOf('[native code]') + 20));
      }),
      { numRuns: 300, seed: 7 },
    );
  });

  it('answer on random drafts built from meaningful pieces, at any position', () => {
    const draft = fc.array(fc.oneof(PIECE, fc.string({ maxLength: 6 })), { maxLength: 100 }).map((parts) => parts.join(''));
    fc.assert(fc.property(draft, fc.array(POSITION, { maxLength: 8 }), assertFeaturesTotal), { numRuns: 300, seed: 4 });
  });

  it('answer at every position of the real report', () => {
    const lines = REPORT.split('\n');
    const positions: Position[] = [];
    lines.forEach((line, index) => {
      for (let character = 0; character <= line.length; character += 5) positions.push({ line: index, character });
    });
    assertFeaturesTotal(REPORT, positions);
  });
});
