// paragraph-ref-missing and paragraph-ref-direction (core/rules/references.ts), on annotated
// drafts (test/unit/annotated.ts).
import * as assert from 'node:assert/strict';
import { checkAnnotated, dedentLines } from '../annotated';
import { report } from '../check';
import { parseDraft } from '../../../server/src/core/parse/draft';

const BODY = ['I. Introduction', '', '1. First.', '', '2. Second.', '', '3. Third.', '', '4. Fourth.'];

/** Paragraphs 1 to 4, then `more` (annotated). */
function afterBody(more: string): string {
  return [...BODY, '', ...dedentLines(more)].join('\n');
}

describe('paragraph references', () => {
  it('accepts references that exist and point the right way', () => {
    checkAnnotated(afterBody(`
      5. As noted in paragraph 2 above, paragraphs 3 and 4 above, paras. 1–3 above and paragraphs 1 to 4, see also paragraph 6 below.

      6. Last.
    `));
  });

  it('reports a paragraph that does not exist, on its number', () => {
    checkAnnotated(afterBody(`
      5. As noted in paragraph 15 above.
                               ^^ paragraph-ref-missing: There is no paragraph 15 in the report: its paragraphs run from 1 to 5.
    `));
  });

  it('reads a reference that ends its sentence before "In…" (not "in" another document)', () => {
    checkAnnotated(afterBody(`
      5. See paragraphs 3 and 15 above. In it, the Group agreed.
                              ^^ paragraph-ref-missing: There is no paragraph 15 in the report: its paragraphs run from 1 to 5.
    `));
  });

  it('reports "above" pointing to a later paragraph, on the direction word', () => {
    checkAnnotated(afterBody(`
      5. As noted in paragraph 6 above.
                                 ^^^^^ paragraph-ref-direction: Paragraph 6 comes later in the draft: write "below", not "above".

      6. Later.
    `));
  });

  it('names the direction words as the draft writes them, in French and Spanish too', () => {
    checkAnnotated(afterBody(`
      5. Comme indiqué au paragraphe 6 ci-dessus.
                                       ^^^^^^^^^ paragraph-ref-direction: Paragraph 6 comes later in the draft: write "ci-dessous", not "ci-dessus".

      6. Plus loin.
    `));
    checkAnnotated(afterBody(`
      5. Como se indica en el párrafo 2 infra.
                                        ^^^^^ paragraph-ref-direction: Paragraph 2 comes earlier in the draft: write "supra", not "infra".
    `));
  });

  it('reports "below" pointing to an earlier paragraph', () => {
    checkAnnotated(afterBody(`
      5. As noted in paragraph 2 below.
                                 ^^^^^ paragraph-ref-direction
    `));
  });

  it('applies a direction word to each number of its own phrase only', () => {
    checkAnnotated(afterBody(`
      5. See paragraph 2 above and paragraph 6 below.

      6. Later.
    `));
  });

  it('gives a missing paragraph only paragraph-ref-missing, with no direction check', () => {
    checkAnnotated(afterBody(`
      5. See paragraph 40 below.
                       ^^ paragraph-ref-missing
    `));
  });

  it('does not check references to paragraphs of other documents', () => {
    checkAnnotated(afterBody(`
      5. Recalling paragraph 3 of resolution 7/1, paragraph 5 of document A/75/1, paragraph 12 in decision 4/4 and paragraph 9 of which. In resolution 7/1, paragraph 30, the Conference decided.
    `));
  });

  it('resolves a reference to the unnumbered block that is the missing paragraph', () => {
    checkAnnotated(`
      I. Intro

      1. a.

      The missing second.
      ^^^ paragraph-unnumbered

      3. See paragraph 2 above.
    `);
  });

  it('inside an annex, reads a bare paragraph number as the annex\'s own', () => {
    checkAnnotated(afterBody(`
      Annex

      Guidelines

      1. Scope.

      2. As in paragraph 1 above and paragraph 4 of the present report, not paragraph 3 above.
                                                                                      ^ paragraph-ref-missing
    `));
  });

  it('accepts the French and Spanish forms', () => {
    checkAnnotated(afterBody(`
      5. Voir le paragraphe 2 ci-dessus et el párrafo 3 supra.
    `));
  });
});

describe('paragraph references: more', () => {
  it('gives one diagnostic for a range that runs past the last paragraph', () => {
    checkAnnotated(afterBody(`
      5. See paragraphs 2–9 above.
                          ^ paragraph-ref-missing: There are no paragraphs 6 to 9 in the report: its paragraphs run from 1 to 5.
    `));
  });

  it('names exactly the numbers a range lacks: one, two, a run, or some here and there', () => {
    checkAnnotated(afterBody(`
      5. See paragraphs 3 to 6 above.
                             ^ paragraph-ref-missing: There is no paragraph 6 in the report: its paragraphs run from 1 to 5.
    `));
    checkAnnotated(afterBody(`
      5. See paragraphs 4 to 7 above.
                             ^ paragraph-ref-missing: There are no paragraphs 6 and 7 in the report: its paragraphs run from 1 to 5.
    `));
    checkAnnotated(afterBody(`
      5. See paragraphs 1 to 25 above.
                             ^^ paragraph-ref-missing: There are no paragraphs 6 to 25 in the report: its paragraphs run from 1 to 5.
    `));
    // Paragraph 7 is missing from the body (8 follows 6), and the range runs past 9.
    checkAnnotated(afterBody(`
      5. Fifth.

      6. Sixth.

      8. See paragraphs 5 to 10 above.
      ^ paragraph-sequence: Paragraph 8 follows paragraph 6: number 7 is missing.
                             ^^ paragraph-ref-missing: There are no paragraphs 7, 9 and 10 in the report: its paragraphs run from 1 to 8.
    `));
  });

  it('does not check a paragraph of another report', () => {
    checkAnnotated(afterBody(`
      5. See paragraph 30 of the report of the Conference (CTOC/COP/2020/10).
    `));
  });

  it('reads only direction words as a direction, not any word JavaScript objects know', () => {
    // `DIRECTIONS[word]` once answered `constructor`, `toString`… with Object's own functions.
    for (const word of ['constructor', 'toString', 'valueOf', '__proto__', 'hasOwnProperty']) {
      const { references } = parseDraft(report(...BODY, '', `5. As noted in paragraph 2 ${word} the Chair.`));
      const reference = references.find((r) => r.kind === 'paragraph');
      assert.equal(reference?.kind === 'paragraph' ? reference.direction : 'missing', undefined, word);
    }
  });
});

describe('paragraph references that point elsewhere', () => {
  it('does not check paragraphs of the draft under discussion, of decisions and their annexes, or of resolutions', () => {
    checkAnnotated(afterBody(`
      5. The delegation proposed to amend operative paragraph 31 and preambular paragraph 12 of the draft, recalling paragraph 13 of resolution 75/1, decision 5/CP.17, paragraph 13, decision 2/CP.17, annex I, paragraph 28, and document A/75/1, annex, paragraph 40.
    `));
  });

  it('reads a paragraph number named again in the same block as the other document’s', () => {
    checkAnnotated(afterBody(`
      5. Conformément au paragraphe 15 de l'annexe à la résolution 5/1, les documents ci-après avaient été établis :
          a) Un rapport national établi conformément au paragraphe 15 a) ;
          b) Une compilation établie conformément au paragraphe 15 b).
    `));
  });

  it('still checks the report’s own paragraphs next to them', () => {
    checkAnnotated(afterBody(`
      5. Recalling decision 5/CP.17, paragraph 13, and paragraph 13 of resolution 75/1, as noted in paragraph 13 above and in paragraph 14.
                                                                                                              ^^ paragraph-ref-missing
                                                                                                                                        ^^ paragraph-ref-missing
    `));
  });
});
