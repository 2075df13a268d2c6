// The reference scanner looks only at tokens near a digit (every reference has
// one within a few tokens: parse/references.ts, `REACH`). These properties hold
// it to the scan that looks at every token: the same references, always.
import * as assert from 'node:assert/strict';
import * as fc from 'fast-check';
import { scanReferences } from '../../server/src/core/parse/references';
import { Tokens } from '../../server/src/core/parse/tokens';
import type { Reference } from '../../server/src/core/model';
import { generateDraft } from '../../bench/generate';
import { mutatedDraft, PIECES } from './mutations';

function scan(text: string, everyToken: boolean, inAnnex: boolean): Reference[] {
  const out: Reference[] = [];
  // One buffer over consecutive stretches, as `findReferences` uses it (its digit search is shared).
  const tokens = new Tokens(text);
  const half = text.indexOf('\n', text.length >> 1);
  const stretches = half < 0 ? [[0, text.length]] : [[0, half], [half, text.length]];
  for (const [from, to] of stretches) scanReferences(text, tokens.reset(from, to), { inAnnex, dates: true, everyToken }, out);
  return out;
}

function assertSameReferences(text: string): void {
  for (const inAnnex of [false, true]) assert.deepEqual(scan(text, false, inAnnex), scan(text, true, inAnnex));
}

/** Words that start references or sit between their parts, so that random text is dense with near misses. */
const WORDS = fc.constantFrom(
  ...PIECES, 'agenda', 'item', 'items', 'under', 'point', "de l'ordre du jour", 'tema', 'del programa', 'paragraph', 'paragraphs', 'para.', 'decision',
  'resolutions', 'and', 'to', 'or', '–', 'de', 'September', 'septembre', 'septiembre', '2020', '10-11', '1er', '3,', '4', '(a)', '(b),', 'entitled',
  '"Title"', 'of', 'the', 'present', 'report', 'above', 'below', 'supra', 'A/75/1', 'Rev.', '1', '(2000)', 'under', 'word', 'Word', ' ', '  ', '\n', '\u00a0',
);

describe('reference scanning near digits', () => {
  it('finds what a scan of every token finds, in text made of reference words', () => {
    const text = fc.array(fc.oneof(WORDS, fc.string({ maxLength: 4 })), { maxLength: 200 }).map((parts) => parts.join(' '));
    fc.assert(fc.property(text, assertSameReferences), { numRuns: 1000, seed: 11 });
  });

  it('finds what a scan of every token finds, in mutated real drafts', () => {
    fc.assert(fc.property(mutatedDraft(), ({ text }) => assertSameReferences(text)), { numRuns: 150, seed: 12 });
  });

  it('finds what a scan of every token finds in a generated report', () => {
    assertSameReferences(generateDraft({ paragraphs: 300, seed: 5 }).text);
  });
});
