// pdf-paste (core/rules/pdfPaste.ts), on annotated drafts (test/unit/annotated.ts).
// test/unit/import/text.test.ts checks it on the seed report's PDF text.
import * as assert from 'node:assert/strict';
import { checkDraft, EMPTY_CONTEXT, parseDraft } from '../../../server/src/core';
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

  it('speaks the draft\'s language: French and Spanish mastheads', () => {
    const body = ['I. Introduction', '', '- 1. Premier.', '', '- 2. Deuxième.'];
    const message = (masthead: string[]) => checkDraft(parseDraft([...masthead, ...body].join('\n')), EMPTY_CONTEXT).find((d) => d.code === 'pdf-paste')?.message;
    assert.equal(
      message(['A/HRC/55/9', 'Distr. générale', '3 janvier 2024', 'Français', 'Original : français', '', 'Rapport du Groupe de travail', '']),
      'Ce texte semble copié d’un PDF (2 puces devant des numéros de paragraphe). Importez le PDF ou ce texte avec "rapporteur import" ou la commande "Rapporteur: Import Word or PDF Document…", qui en refait un projet.',
    );
    assert.match(message(['E/CN.7/2024/15', 'Distr. general', '3 de abril de 2024', 'Español', 'Original: inglés', '', 'Informe de la Comisión', ''])!, /^Este texto parece copiado de un PDF \(2 viñetas antes de números de párrafo\)\. Importe el PDF/);
  });
});
