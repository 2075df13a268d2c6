// pdf-paste (core/rules/pdfPaste.ts), on annotated drafts (test/unit/annotated.ts).
// test/unit/import/text.test.ts checks it on the seed report's PDF text.
import { checkAnnotated } from '../annotated';

describe('pdf-paste', () => {
  it('is said once, on the first bulleted number (the example of docs/rules.md)', () => {
    checkAnnotated(`
      I. Introduction

      - 1. In its decision 4/4, the Conference acknowledged the Protocol.
      ^ paragraph-unnumbered
      ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ pdf-paste: This text looks copied from a PDF (2 bullets before paragraph numbers). Import the PDF or this text with "rapporteur import" or the command "Rapporteur: Import Word or PDF Document…", which rebuilds it as a draft.

      - 2. In its resolution 7/1, the Conference decided to continue the work.
      ^ paragraph-unnumbered
    `);
  });

  it('is said for three page heads or feet, on the first', () => {
    checkAnnotated(`
      I. Intro

      1. a.

      2/7 V.20-05476
      ^^^^^^^^^^^^^^ page-furniture
      ^^^^^^^^^^^^^^ pdf-paste: This text looks copied from a PDF (3 page heads or feet). Import the PDF or this text with "rapporteur import" or the command "Rapporteur: Import Word or PDF Document…", which rebuilds it as a draft.

      2. b.
      V.20-05476 3/7
      ^^^^^^^^^^^^^^ page-furniture
      continues.

      GE.20-12345
      ^^^^^^^^^^^ page-furniture

      3. c.
    `);
  });

  it('is not said for one bulleted number or two page feet: a slip, not a paste', () => {
    checkAnnotated(`
      I. Intro

      1. a.

      - 2. b.
      ^ paragraph-unnumbered

      V.20-05476 3/7
      ^^^^^^^^^^^^^^ page-furniture

      2. c.

      GE.20-12345
      ^^^^^^^^^^^ page-furniture

      3. d.
    `);
  });
});
