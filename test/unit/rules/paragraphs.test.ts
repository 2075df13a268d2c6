// paragraph-sequence, paragraph-duplicate, paragraph-unnumbered (core/rules/paragraphs.ts),
// on annotated drafts (test/unit/annotated.ts): each expected finding is marked under its line.
import * as assert from 'node:assert/strict';
import { checkAnnotated } from '../annotated';
import { check, lines } from '../check';

describe('paragraph numbering', () => {
  it('accepts paragraphs numbered 1, 2, 3 across chapters and sections', () => {
    checkAnnotated(`
      I. Introduction

      1. First.

      2. Second.

      II. Organization

      A. Opening

      3. Third.
    `);
  });

  it('reports one missing number once, on the paragraph after the gap', () => {
    checkAnnotated(`
      I. Introduction

      1. One.

      2. Two.

      4. Four.
      ^ paragraph-sequence: Paragraph 4 follows paragraph 2: number 3 is missing.

      5. Five.
    `);
  });

  it('names a run of missing numbers', () => {
    checkAnnotated(`
      I. Intro

      1. One.

      5. Five.
      ^ paragraph-sequence: Paragraph 5 follows paragraph 1: numbers 2 to 4 are missing.
    `);
  });

  it('reports a first paragraph that is not 1', () => {
    checkAnnotated(`
      I. Intro

      3. Three.
      ^ paragraph-sequence: The first paragraph is numbered 3: paragraphs are numbered from 1.

      4. Four.
    `);
  });

  it('reports a number used twice as a duplicate only', () => {
    checkAnnotated(`
      I. Intro

      1. One.

      2. Two.

      2. Again.
      ^ paragraph-duplicate: Paragraph number 2 is used twice: paragraph 2 is already on line 12.

      3. Three.
    `);
  });

  it('reports a step backwards', () => {
    checkAnnotated(`
      I. Intro

      1. One.

      2. Two.

      3. Three.

      10. Ten.
      ^^ paragraph-sequence

      4. Four.
      ^ paragraph-sequence

      5. Five.
    `);
  });

  it('does not cascade after two swapped paragraphs come back in step', () => {
    checkAnnotated(`
      I. Intro

      1. One.

      2. Two.

      4. Four.
      ^ paragraph-sequence

      3. Three.
      ^ paragraph-sequence

      5. Five.
    `);
  });

  it('treats an unnumbered block between 6 and 8 as the missing 7: one diagnostic, on the block', () => {
    const [unnumbered] = checkAnnotated(`
      I. Intro

      1. a.

      2. b.

      The discussion continued.
      ^^^ paragraph-unnumbered: This paragraph has no number: it should be paragraph 3.

      4. d.
    `);
    assert.equal(unnumbered.severity, 'warning');
  });

  it('treats an unnumbered block between 3 and 4 as inserted: one diagnostic, on the block', () => {
    checkAnnotated(`
      I. Intro

      1. a.

      2. b.

      Inserted text.
      ^^^^^^^^ paragraph-unnumbered: This paragraph has no number (it follows paragraph 2).

      3. c.
    `);
  });

  it('still reports a real gap after an unnumbered block', () => {
    checkAnnotated(`
      I. Intro

      1. a.

      Loose.
      ^^^^^^ paragraph-unnumbered

      5. e.
      ^ paragraph-sequence: Paragraph 5 follows paragraph 1 and an unnumbered paragraph: expected 2 or 3.
    `);
  });

  it('does not count a wrapped line that starts with a year as a paragraph', () => {
    checkAnnotated(`
      I. Intro

      1. The meeting was held in
      2021. It was a hybrid meeting.

      2. Next.
    `);
  });

  it('does not count subsection headings as paragraphs (CTOC/COP/WG.4/2010/L.1)', () => {
    checkAnnotated(`
      I. Intro

      1. a.

      2. b.

      A. Recommendations

      1. General recommendations

      3. c.

      2. Victims of trafficking

      4. d.
    `);
  });

  it('leaves the title and front matter before the first heading unnumbered', () => {
    checkAnnotated(`
      Note by the Secretariat

      I. Introduction

      1. a.
    `);
  });

  it('restarts numbering in each annex', () => {
    checkAnnotated(`
      I. Intro

      1. a.

      2. b.

      Annex I

      Recommendations adopted by the Working Group

      1. First annex paragraph.

      2. Second.

      Annex II

      1. Again one.
    `);
  });

  it('reports an annex that does not restart at 1', () => {
    checkAnnotated(`
      I. Intro

      1. a.

      Annex

      Title of the annex

      2. b.
      ^ paragraph-sequence: The first paragraph of the annex is numbered 2: numbering restarts at 1 in each annex.
    `);
  });

  it('does not flag an annex preamble before its first numbered paragraph', () => {
    checkAnnotated(`
      I. Intro

      1. a.

      Annex

      Resolution 10/1

      The Conference of the Parties,

      Recalling its resolution 9/1,

      1. Decides.
    `);
  });

  it('joins a paragraph split by page furniture, and reports the furniture', () => {
    checkAnnotated(`
      I. Intro

      1. He concluded by offering a number of recommendations,

      2/7 V.20-05476
      ^^^^^^^^^^^^^^ page-furniture

      including strengthening inter-agency efforts.

      2. Next.
    `);
  });

  it('accepts a tab after the number and CRLF line endings', () => {
    check(lines('CTOC/COP/WG.4/2020/4', 'Distr.: General', '28 September 2020', 'Original: English', '', 'Title', '', 'I. Intro', '', '1.\tOne.', '', '2.\tTwo.').replace(/\n/g, '\r\n'), []);
  });
});

describe('paragraph numbering after a duplicate', () => {
  it('takes 5, 5, 7 as one duplicate, not a duplicate and a gap', () => {
    checkAnnotated(`
      I. Intro

      1. a.

      2. b.

      2. c.
      ^ paragraph-duplicate

      4. d.
    `);
  });

  it('takes 10 mistyped as 8 after 9 as one duplicate, not also a gap before 11', () => {
    checkAnnotated(`
      I. Intro

      7. a.
      ^ paragraph-sequence

      8. b.

      9. c.

      8. d.
      ^ paragraph-duplicate: Paragraph number 8 is used twice: paragraph 8 is already on line 12.

      II. More

      11. e.
    `);
  });

  it('still reports a gap after a duplicate, naming the paragraph that repeats a number', () => {
    checkAnnotated(`
      I. Intro

      1. a.

      2. b.

      1. c.
      ^ paragraph-duplicate

      6. d.
      ^ paragraph-sequence: Paragraph 6 follows paragraph 2 and a paragraph with a repeated number: expected 3 or 4.
    `);
  });
});

describe('paragraph numbering: messages', () => {
  it('leaves numbers already used out of the missing ones', () => {
    checkAnnotated(`
      I. Intro

      1. a.

      2. b.

      4. c.
      ^ paragraph-sequence: Paragraph 4 follows paragraph 2: number 3 is missing.

      3. d.
      ^ paragraph-sequence: Paragraph 3 follows paragraph 4: the numbering goes backwards.

      7. e.
      ^ paragraph-sequence: Paragraph 7 follows paragraph 3: numbers 5 and 6 are missing.
    `);
  });

  it('does not take a one-line paragraph ending in a quotation for a heading', () => {
    checkAnnotated(`
      I. Intro

      1. a.

      2. It considered agenda item 3, entitled "Other matters."
                       ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ agenda-missing

      3. Next.
    `);
  });

  it('absorbs no paragraph into an agenda whose last item number equals the next paragraph', () => {
    checkAnnotated(`
      I. Organization

      1. a.

      2. b.

      3. The Working Group adopted the following agenda:
          1. Organizational matters.
          2. Best practices.
          3. Other matters.

      4. The Chair opened the meeting.

      5. Under agenda item 3, nothing. See paragraph 4 above and agenda item 5.
                                                                             ^ agenda-item-unknown
    `);
  });
});
