// paragraph-ref-missing and paragraph-ref-direction walk the numbers a reference names
// without making lists for the references that are fine; on any draft they must report
// what the plain definition (every number listed, then checked) reports.
import * as assert from 'node:assert/strict';
import * as fc from 'fast-check';
import { writeRuns } from '../../../server/src/core/rules/language';
import { checkParagraphReferences, missingRuns } from '../../../server/src/core/rules/references';
import type { Finding } from '../../../server/src/core/diagnostics';
import type { Draft, ParagraphReference } from '../../../server/src/core/model';
import { ParagraphIndex, pushTargetNumbers, referencedNumbers } from '../../../server/src/core/paragraphIndex';
import { parseDraft } from '../../../server/src/core/parse/draft';
import { report } from '../check';

/** The definition, as the check was first written. */
function reference(draft: Draft): Finding[] {
  const out: Finding[] = [];
  const index = new ParagraphIndex(draft);
  for (const ref of draft.references) {
    if (ref.kind !== 'paragraph') continue;
    checkOne(draft, index, ref, out);
  }
  return out;
}

function checkOne(draft: Draft, index: ParagraphIndex, ref: ParagraphReference, out: Finding[]): void {
  const segment = index.segmentFor(ref);
  const annexLabel = segment < 0 ? '' : draft.annexes[segment].heading.label;
  const where = segment < 0 ? 'the report' : annexLabel ? `annex ${annexLabel}` : 'the annex';
  let allFound = true;
  for (const target of ref.targets) {
    const named: { value: number; span: { start: number; end: number } }[] = [];
    pushTargetNumbers(target, named);
    const missing = named.filter((n) => index.find(segment, n.value) < 0);
    if (missing.length === 0) continue;
    allFound = false;
    const last = index.last(segment);
    const range = last > 0 ? `its paragraphs run from 1 to ${last}` : 'it has no numbered paragraphs';
    // The numbers named as the check names them (unit-tested in references.test.ts).
    const runs = missingRuns(index, segment, target);
    const numbers = runs.length === 1 && runs[0][0] === runs[0][1] ? `is no paragraph ${runs[0][0]}` : `are no paragraphs ${writeRuns(runs, 'en')}`;
    out.push({ code: 'paragraph-ref-missing', message: `There ${numbers} in ${where}: ${range}.`, span: missing[missing.length - 1].span });
  }
  if (!allFound || !ref.direction) return;
  for (const number of referencedNumbers(ref)) {
    const target = index.paragraph(segment, number.value);
    if (!target) continue;
    if (target.span.start <= ref.span.start && ref.span.end <= target.span.end) continue;
    const isAbove = target.span.end <= ref.span.start;
    const wrong = (ref.direction.word === 'above' && !isAbove) || (ref.direction.word === 'below' && isAbove);
    if (!wrong) continue;
    out.push({ code: 'paragraph-ref-direction', message: `Paragraph ${number.value}`, span: ref.direction.span });
    return;
  }
}

function findings(draft: Draft): Finding[] {
  const out: Finding[] = [];
  checkParagraphReferences(draft, new ParagraphIndex(draft), out);
  // The direction message is checked by the unit tests; here, which number it names.
  return out.map((f) => (f.code === 'paragraph-ref-direction' ? { code: f.code, message: f.message.slice(0, f.message.indexOf(' comes')), span: f.span } : f));
}

const number = fc.integer({ min: 0, max: 9 });
const phrase = fc.oneof(
  { arbitrary: fc.tuple(number, fc.constantFrom('above', 'below', '')).map(([n, d]) => `paragraph ${n} ${d}`), weight: 4 },
  { arbitrary: fc.tuple(number, number, fc.constantFrom('above', 'below', ''), fc.constantFrom('–', ' to ', ' and ')).map(([a, b, d, j]) => `paragraphs ${a}${j}${b} ${d}`), weight: 3 },
  // Ranges longer than the 500 numbers a range is expanded to.
  { arbitrary: fc.tuple(number, fc.integer({ min: 0, max: 900 })).map(([a, b]) => `paragraphs ${a}–${b} below`), weight: 1 },
);
/** A paragraph numbered in sequence (mostly), or with another number, or none; with references. */
const paragraph = fc.tuple(fc.constantFrom('next', 'next', 'next', 'other', 'none'), number, fc.array(phrase, { maxLength: 3 }));
function paragraphs(list: [string, number, string[]][]): string[] {
  return list.flatMap(([kind, other, refs], i) => [`${kind === 'next' ? `${i + 1}. ` : kind === 'other' ? `${other}. ` : ''}Text ${refs.join(', and ')}.`, '']);
}
const body = fc.tuple(fc.array(paragraph, { minLength: 1, maxLength: 10 }), fc.boolean(), fc.array(paragraph, { maxLength: 5 })).map(([main, annex, annexed]) =>
  report('I. Intro', '', ...paragraphs(main), ...(annex ? ['Annex I', '', ...paragraphs(annexed)] : [])),
);

describe('paragraph references on any draft', () => {
  it('report what listing every number reports', () => {
    fc.assert(
      fc.property(body, (text) => {
        const draft = parseDraft(text);
        assert.deepEqual(findings(draft), reference(draft));
      }),
      { numRuns: 1500 },
    );
  });
});
