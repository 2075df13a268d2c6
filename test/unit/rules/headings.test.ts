// heading-sequence (core/rules/headings.ts), on annotated drafts (test/unit/annotated.ts).
import { checkAnnotated } from '../annotated';
import { check, report } from '../check';

describe('heading numbering', () => {
  it('accepts chapters I, II, III with sections restarting at A', () => {
    checkAnnotated(`
      I. Introduction

      1. a.

      II. Organization

      A. Opening

      2. b.

      B. Attendance

      3. c.

      III. Adoption of the report

      A. Adoption

      4. d.
    `);
  });

  it('reports a skipped chapter numeral', () => {
    checkAnnotated(`
      I. Introduction

      1. a.

      II. Recommendations

      2. b.

      IV. Organization of the meeting
      ^^ heading-sequence: Chapter IV follows chapter II: chapter III is missing.

      3. c.
    `);
  });

  it('reports a skipped section letter', () => {
    checkAnnotated(`
      I. Organization

      A. Opening

      1. a.

      B. Statements

      2. b.

      D. Attendance
      ^ heading-sequence: Section D follows section B: section C is missing.

      3. c.
    `);
  });

  it('reports sections that do not restart in a new chapter', () => {
    checkAnnotated(`
      I. One

      A. First

      1. a.

      II. Two

      B. Second
      ^ heading-sequence: Section B is the first section under its chapter: it should be A.

      2. b.
    `);
  });

  it('reads a section I after H as a letter, not chapter I', () => {
    const sections = 'ABCDEFGHI'.split('').flatMap((letter, i) => [`${letter}. Section ${letter}`, '', `${i + 1}. Text.`, '']);
    check(report('I. Organization of the meeting', '', ...sections), []);
  });

  it('reads V after chapter III as chapter V with chapter IV missing: one finding, not three', () => {
    checkAnnotated(`
      I. Introduction

      1. a.

      II. Recommendations

      2. b.

      III. Summary of deliberations

      3. c.

      V. Organization of the meeting
      ^ heading-sequence: Chapter V follows chapter III: chapter IV is missing.

      A. Opening of the meeting

      4. d.

      B. Attendance

      5. e.

      VI. Adoption of the report

      6. f.
    `);
  });

  it('still reads V as a section where it continues the sections, even one chapter ahead', () => {
    const sections = 'ABCDEFGHIJKLMNOPQRSTUV'.split('').flatMap((letter, i) => [`${letter}. Section ${letter}`, '', `${i + 1}. Text.`, '']);
    check(report('I. Introduction', '', ...sections), []);
    checkAnnotated(`
      I. Introduction

      1. a.

      II. Organization

      A. Opening

      2. b.

      X. Attendance
      ^ heading-sequence: Section X follows section A: sections B to W are missing.

      3. c.
    `);
  });

  it('does not read a job number as chapter V', () => {
    checkAnnotated(`
      I. Introduction

      1. a.

      V.20-05476
      ^^^^^^^^^^ page-furniture

      2. b.
    `);
  });

  it('checks subsection numbers within a section', () => {
    checkAnnotated(`
      I. Deliberations

      A. Victims of trafficking

      1. General discussion

      1. a.

      3. Specific issues
      ^ heading-sequence: Subsection 3 follows subsection 1: subsection 2 is missing.

      2. b.
    `);
  });

  it('restarts chapters in an annex', () => {
    checkAnnotated(`
      I. Introduction

      1. a.

      II. More

      2. b.

      Annex

      Guidelines

      I. Scope

      1. a.
    `);
  });
});

describe('wrapped headings', () => {
  it('reads a lower-case line right after a heading as the rest of its title', () => {
    checkAnnotated(`
      I. Deliberations

      A. Guidance on the issue of appropriate criminal justice responses to victims who have been
      compelled to commit offences

      1. Text.
    `);
  });
});
