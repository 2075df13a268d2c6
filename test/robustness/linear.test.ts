// Linear time, asserted on work counted in operations (test/robustness/work.ts),
// never on a clock: parsing and checking an input four times as long does about
// four times the work (at most six; quadratic work would be sixteen).
import * as assert from 'node:assert/strict';
import * as fc from 'fast-check';
import { mutatedDraft, ODD, PIECES, SEEDS } from './mutations';
import { parseWork } from './work';

const BOUND = 6;

/** Asserts the work on `make(4k)` is at most BOUND times the work on `make(k)`. */
function assertLinear(make: (k: number) => string, k: number, what: string): void {
  const small = parseWork(make(k));
  const large = parseWork(make(4 * k));
  assert.ok(large <= BOUND * small + 1000, `${what}: work ${small} → ${large} (×${(large / small).toFixed(1)}) for 4× the input`);
}

describe('linear time (work counted in operations)', () => {
  it('on long lines of every piece and odd character', () => {
    for (const unit of [...PIECES, ...ODD]) assertLinear((k) => `1. ${unit.repeat(Math.ceil(k / unit.length))}`, 5_000, JSON.stringify(unit));
  });

  it('on list markers alternating at one indentation (found by npm run fuzz: each opened a level)', () => {
    const unit = '(i) –15.\r\n(a) CTOC/COP/WG.4/2020/Annex IIunder item 1.  below\n';
    assertLinear((k) => `1. ${Array.from({ length: Math.ceil(k / unit.length) }, () => unit).join('\n\n')}`, 20_000, 'alternating (i) and (a)');
  });

  it('on masthead lines without a digit repeated (found by npm run fuzz: each searched the rest of the text for one)', () => {
    const unit = 'agenda item \u201d\ufffe\u202eI. \udc00\ud800\rDistr.: General\u00e9\n';
    assertLinear((k) => `1. ${unit.repeat(Math.ceil(k / unit.length))}`, 2_000, 'Distr. lines');
  });

  it('on the real drafts repeated', () => {
    SEEDS.forEach((draft, i) => assertLinear((k) => draft.repeat(k), 1, `draft ${i}`));
  });

  it('on random lines repeated, as one line and as many', () => {
    const line = fc.array(fc.constantFrom(...PIECES, ...ODD), { minLength: 1, maxLength: 12 }).map((parts) => parts.join(''));
    fc.assert(
      fc.property(line, fc.constantFrom('', '\n', '\n\n'), (unit, separator) => {
        assertLinear((k) => `1. ${Array.from({ length: Math.ceil(k / unit.length) }, () => unit).join(separator)}`, 2_000, JSON.stringify(unit + separator));
      }),
      { numRuns: 60, seed: 6 },
    );
  });

  it('on mutated real drafts repeated', () => {
    // From 2 copies, not 1: the first copy's masthead and title make one copy a different
    // structure from several (a seed-7 case measured ×6.2 from 1 to 4 copies, then ×4.4, ×4.1, ×4.0).
    fc.assert(fc.property(mutatedDraft({ maxLongLine: 2_000 }), (draft) => assertLinear((k) => draft.text.repeat(k), 2, fc.stringify(draft))), { numRuns: 40, seed: 7 });
  });
});
