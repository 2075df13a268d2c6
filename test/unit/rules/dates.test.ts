// date-invalid (core/rules/dates.ts), on annotated drafts (test/unit/annotated.ts).
import { checkAnnotated } from '../annotated';

describe('dates', () => {
  it('accepts real dates, ranges and leap days', () => {
    checkAnnotated(`
      I. Intro

      1. Held on 10 and 11 September 2020, from 27 to 29 January 2010, on 29 February 2020 and 30 de septiembre de 2021.
    `);
  });

  it('reports a date that does not exist', () => {
    checkAnnotated(`
      I. Intro

      1. Held on 31 September 2020.
                 ^^^^^^^^^^^^^^^^^ date-invalid: 31 September 2020 does not exist: September has 30 days.
    `);
  });

  it('reports 29 February in a common year and an impossible day in a range', () => {
    checkAnnotated(`
      I. Intro

      1. Held on 29 February 2021.
                 ^^^^^^^^^^^^^^^^ date-invalid

      2. And from 30 to 32 March 2020.
                  ^^^^^^^^^^^^^^^^^^^ date-invalid
    `);
  });

  it('checks the masthead date', () => {
    checkAnnotated(`
      A/75/1
      Distr.: General
      31 June 2020
      ^^^^^^^^^^^^ date-invalid
      Original: English

      Title

      I. Intro

      1. a.
    `, { whole: true });
  });

  it('does not read the verb "may" as a month', () => {
    checkAnnotated(`
      I. Intro

      1. States 5 may consider it.
    `);
  });
});

describe('session numbers next to dates', () => {
  it('does not read the number of a session or meeting as a day', () => {
    checkAnnotated(`
      I. Intro

      1. At its session 31, 30 April 2023, at its meeting 31 April 2023, and at its fifty-first session, 12–23 September 2022, the Council met.
    `);
  });

  it('still reports a day after a session that has its ordinal', () => {
    checkAnnotated(`
      I. Intro

      1. At its 32nd session 31 June 2023, and at its session, 31 April 2023, it met.
                             ^^^^^^^^^^^^ date-invalid
                                                               ^^^^^^^^^^^^^ date-invalid
    `);
  });
});
