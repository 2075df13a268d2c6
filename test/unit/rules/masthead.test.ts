// masthead-incomplete (core/rules/masthead.ts), on annotated whole drafts (test/unit/annotated.ts).
import { checkAnnotated } from '../annotated';

describe('masthead', () => {
  it('accepts a complete English masthead', () => {
    checkAnnotated(`
      I. Intro

      1. a.
    `);
  });

  it('accepts French and Spanish mastheads', () => {
    checkAnnotated(`
      CTOC/COP/WG.4/2021/4
      Distr. générale
      30 septembre 2021
      Français
      Original : anglais

      Rapport

      I. Introduction

      1. Texte.
    `, { whole: true });
    checkAnnotated(`
      CTOC/COP/WG.4/2021/4
      Distr. general
      30 de septiembre de 2021
      Español
      Original: inglés

      Informe

      I. Introducción

      1. Texto.
    `, { whole: true });
  });

  it('names what is missing', () => {
    checkAnnotated(`
      CTOC/COP/WG.4/2020/4
      ^^^^^^^^^^^^^^^^^^^^ masthead-incomplete: The masthead lacks the distribution line (Distr.: General) and the original language (Original: English).
      28 September 2020

      Title

      I. Intro

      1. a.
    `, { whole: true });
  });

  it('reports a draft with no masthead at all', () => {
    checkAnnotated(`
      Report of the meeting
      ^^^^^^^^^^^^^^^^^^^^^ masthead-incomplete

      I. Intro

      1. a.
    `, { whole: true });
  });
});
