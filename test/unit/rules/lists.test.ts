// list-sequence (core/rules/lists.ts), on annotated drafts (test/unit/annotated.ts).
import * as assert from 'node:assert/strict';
import { checkAnnotated } from '../annotated';
import { check, report } from '../check';

describe('list markers', () => {
  it('accepts (a), (b), (c) with nested (i), (ii)', () => {
    checkAnnotated(`
      I. Recommendations

      1. The Working Group recommended that States:
          (a) Consider;
              (i) First;
              (ii) Second;
          (b) Review;
          (c) Report.
    `);
  });

  it('reports a skipped letter', () => {
    checkAnnotated(`
      I. Recommendations

      1. States should:
          (a) Consider;
          (b) Review;
          (d) Report.
          ^^^ list-sequence: List item (d) follows (b): (c) is missing.
    `);
  });

  it('reads (i) after (h) as the letter i', () => {
    checkAnnotated(`
      I. Recommendations

      1. States should:
          (a) Item a;
          (b) Item b;
          (c) Item c;
          (d) Item d;
          (e) Item e;
          (f) Item f;
          (g) Item g;
          (h) Item h;
          (i) Item i;
          (j) Item j.
    `);
  });

  it('reads (i) after (b) at the same indentation as a nested Roman list', () => {
    checkAnnotated(`
      I. Recommendations

      1. States should:
          (a) Consider:
          (i) First;
          (ii) Second;
          (b) Review.
    `);
  });

  it('reports a skipped Roman numeral', () => {
    checkAnnotated(`
      I. R

      1. States should:
          (a) Consider:
              (i) First;
              (ii) Second;
              (iv) Fourth;
              ^^^^ list-sequence: List item (iv) follows (ii): (iii) is missing.
    `);
  });

  it('reports a list that does not open with (a)', () => {
    checkAnnotated(`
      I. R

      1. States should:
          (b) Review;
          ^^^ list-sequence
          (c) Report.
    `);
  });

  it('reports a line with no marker among marked items', () => {
    checkAnnotated(`
      I. R

      1. States should:
          (a) Consider;
          Review the law;
          ^^^^^^^^^^^^^^^ list-sequence: This list line has no marker, unlike the items around it.
          (b) Report.
    `);
  });

  it('takes indented lines after a blank line as the same paragraph\'s list', () => {
    checkAnnotated(`
      I. R

      1. States should:

          (a) Consider;

          (b) Report.

      2. Next.
    `);
  });

  it('takes a list at column 0 after a line ending with a colon as a list, not unnumbered paragraphs', () => {
    checkAnnotated(`
      I. R

      1. The Working Group had before it the following:
      (a) Annotated provisional agenda (CTOC/COP/WG.4/2020/1);
      (b) Background paper (CTOC/COP/WG.4/2020/2).

      2. Next.
    `);
  });

  it('reports agenda items out of sequence', () => {
    checkAnnotated(`
      I. R

      1. The Working Group adopted the following agenda:
          1. Organizational matters.
          2. Guidance.
          4. Other matters.
          ^^ list-sequence: Agenda item 4 follows item 2: item 3 is missing.
    `);
  });
});

describe('wrapped list items', () => {
  it('takes a line that continues an unfinished item as part of it, not an unmarked item', () => {
    checkAnnotated(`
      I. R

      1. States should:
          (a) Consider the measures taken by
          States in the region;
          (b) Report on them
          to the Conference.
    `);
  });

  it('reports a line without a marker on that line only, also with CRLF line breaks', () => {
    const text = report('I. Recommendations', '', '1. States should:', '    (a) Consider;', '    Review their law,', '    with care;', '    (c) Report.').replace(/\n/g, '\r\n');
    const [missing] = check(text, ['12 list-sequence', '14 list-sequence']);
    assert.equal(text.slice(missing.span.start, missing.span.end), 'Review their law,');
  });
});
