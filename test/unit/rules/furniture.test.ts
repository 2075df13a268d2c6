// page-furniture (core/rules/furniture.ts), on annotated drafts (test/unit/annotated.ts).
import { checkAnnotated } from '../annotated';

describe('page furniture', () => {
  it('reports each running head and foot (three of them also look like a PDF paste: pdf-paste)', () => {
    checkAnnotated(`
      I. Intro

      1. a.

      2/7 V.20-05476
      ^^^^^^^^^^^^^^ page-furniture: "2/7 V.20-05476" is a page header or footer left over from the PDF: delete this line.
      ^^^^^^^^^^^^^^ pdf-paste

      2. b.
      V.20-05476 3/7
      ^^^^^^^^^^^^^^ page-furniture
      continues.

      GE.20-12345
      ^^^^^^^^^^^ page-furniture

      3. c.
    `);
  });
});

describe('page furniture of every duty station', () => {
  it('recognizes the Nairobi job number, with its page number or its date of printing', () => {
    checkAnnotated(`
      I. Intro

      K2400456 050324
      ^^^^^^^^^^^^^^^ page-furniture

      1. The meeting was opened.

      K2400456 3/6
      ^^^^^^^^^^^^ page-furniture

      2. It was closed.
    `);
  });

  it('reads the report\'s own symbol on a line of its own as a running head, and joins the paragraph it cuts', () => {
    checkAnnotated(`
      I. Intro

      1. The Working Group considered the intermediate review of the plan and

      CTOC/COP/WG.4/2020/4
      ^^^^^^^^^^^^^^^^^^^^ page-furniture

      agreed to continue it at its next meeting.

      2. It was closed.
    `);
  });

  it('does not take another symbol, or a date that is no date, for furniture', () => {
    checkAnnotated(`
      I. Intro

      1. The meeting was opened.

      CTOC/COP/WG.4/2020/5
      ^^^^^^^^^^^^^^^^^^^^ paragraph-unnumbered

      K2400456 991324
      ^^^^^^^^ paragraph-unnumbered

      2. It was closed.
    `);
  });
});
