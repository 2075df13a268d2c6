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
