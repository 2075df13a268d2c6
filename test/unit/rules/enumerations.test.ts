// list-duplicate-entry (core/rules/enumerations.ts), on annotated drafts (test/unit/annotated.ts);
// enumerationsProperty.test.ts holds the in-place comparison to its definition.
import { checkAnnotated } from '../annotated';

describe('enumerations', () => {
  it('reports a name listed twice, on the second one', () => {
    checkAnnotated(`
      I. Attendance

      1. The following States were represented: Afghanistan, Albania, Australia, Australia, Austria and Bahamas.
                                                                                 ^^^^^^^^^ list-duplicate-entry: "Australia" is named twice in this list.
    `);
  });

  it('knows names with "and" and parentheses', () => {
    checkAnnotated(`
      I. Attendance

      1. Represented: Antigua and Barbuda, Bolivia (Plurinational State of), Trinidad and Tobago and Venezuela (Bolivarian Republic of).
    `);
  });

  it('finds a duplicate as the last entry', () => {
    checkAnnotated(`
      I. Attendance

      1. Represented: Chile, China and Chile.
                                       ^^^^^ list-duplicate-entry
    `);
  });

  it('does not take recurring phrases inside clauses for entries', () => {
    checkAnnotated(`
      I. Deliberations

      1. The panellists were: Hosna Jalil, Deputy Minister of Afghanistan, on behalf of the Group of African States, Raoudha Labidi, President (Tunisia), on behalf of the Group of African States, and Juan Zavala, Coordinator (Mexico), on behalf of the Group of Latin American and Caribbean States.
    `);
  });
});

describe('enumerations inside a sentence', () => {
  it('finds a duplicate in a list that does not end the sentence', () => {
    checkAnnotated(`
      I. Statements

      1. The representatives of Algeria, Australia and Algeria made statements.
                                                       ^^^^^^^ list-duplicate-entry
    `);
  });
});
