// The walker's cheap tests must answer what the full readers answer: `hasMarker` is
// `readMarker(…) !== undefined`, and `letterValue` (lower-cased in place for ASCII) is
// its definition on the lower-cased text.
import * as assert from 'node:assert/strict';
import * as fc from 'fast-check';
import { hasMarker, readMarker } from '../../../server/src/core/parse/headings';
import { letterValue } from '../../../server/src/core/parse/numerals';

function letterValueDefinition(text: string): number {
  const lower = text.toLowerCase();
  if (lower.length === 0 || lower.length > 2) return 0;
  for (let i = 0; i < lower.length; i++) {
    const c = lower.charCodeAt(i);
    if (c < 97 || c > 122 || c !== lower.charCodeAt(0)) return 0;
  }
  return (lower.length - 1) * 26 + (lower.charCodeAt(0) - 96);
}

const PIECES = ['(', ')', 'a', 'b', 'i', 'ii', 'iv', 'x', 'l', 'c', 'm', 'z', 'aa', 'A', 'I', 'K', '\u212a', 'İ', '1', '12', '123', '1234', '.', ' ', '\t', '\u00a0', 'text', 'é'];

describe('list markers and letter values', () => {
  it('hasMarker answers whether readMarker reads a marker', () => {
    assert.equal(hasMarker('(a) Item', false), true);
    assert.equal(hasMarker('(iv) Item', false), true);
    assert.equal(hasMarker('(ab) Item', false), false);
    assert.equal(hasMarker('3. Item', false), false);
    assert.equal(hasMarker('3. Item', true), true);
    const line = fc.array(fc.oneof(fc.constantFrom(...PIECES), fc.string({ maxLength: 2 })), { maxLength: 6 }).map((parts) => parts.join(''));
    fc.assert(
      fc.property(line, fc.boolean(), (text, numbers) => hasMarker(text, numbers) === (readMarker(text, numbers) !== undefined)),
      { numRuns: 5000 },
    );
  });

  it('letterValue is its definition on the lower-cased text', () => {
    assert.equal(letterValue('b'), 2);
    assert.equal(letterValue('BB'), 28);
    assert.equal(letterValue('\u212a'), 11); // the Kelvin sign lower-cases to k
    const label = fc.array(fc.oneof(fc.constantFrom(...PIECES), fc.string({ maxLength: 2 })), { maxLength: 3 }).map((parts) => parts.join(''));
    fc.assert(
      fc.property(label, (text) => letterValue(text) === letterValueDefinition(text)),
      { numRuns: 5000 },
    );
  });
});
