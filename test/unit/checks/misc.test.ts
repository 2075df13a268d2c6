import * as assert from 'node:assert/strict';
import { check, lines, report } from '../check';

describe('masthead', () => {
  it('accepts a complete English masthead', () => {
    check(report('I. Intro', '', '1. a.'), []);
  });

  it('accepts French and Spanish mastheads', () => {
    check(lines('CTOC/COP/WG.4/2021/4', 'Distr. générale', '30 septembre 2021', 'Français', 'Original : anglais', '', 'Rapport', '', 'I. Introduction', '', '1. Texte.'), []);
    check(lines('CTOC/COP/WG.4/2021/4', 'Distr. general', '30 de septiembre de 2021', 'Español', 'Original: inglés', '', 'Informe', '', 'I. Introducción', '', '1. Texto.'), []);
  });

  it('names what is missing', () => {
    const [incomplete] = check(lines('CTOC/COP/WG.4/2020/4', '28 September 2020', '', 'Title', '', 'I. Intro', '', '1. a.'), ['1 masthead-incomplete']);
    assert.equal(incomplete.message, 'The masthead lacks the distribution line (Distr.: General) and the original language (Original: English).');
  });

  it('reports a draft with no masthead at all', () => {
    check(lines('Report of the meeting', '', 'I. Intro', '', '1. a.'), ['1 masthead-incomplete']);
  });
});

describe('dates', () => {
  it('accepts real dates, ranges and leap days', () => {
    check(report('I. Intro', '', '1. Held on 10 and 11 September 2020, from 27 to 29 January 2010, on 29 February 2020 and 30 de septiembre de 2021.'), []);
  });

  it('reports a date that does not exist', () => {
    const [invalid] = check(report('I. Intro', '', '1. Held on 31 September 2020.'), ['10 date-invalid']);
    assert.equal(invalid.message, '31 September 2020 does not exist: September has 30 days.');
  });

  it('reports 29 February in a common year and an impossible day in a range', () => {
    check(report('I. Intro', '', '1. Held on 29 February 2021.', '', '2. And from 30 to 32 March 2020.'), ['10 date-invalid', '12 date-invalid']);
  });

  it('checks the masthead date', () => {
    check(lines('A/75/1', 'Distr.: General', '31 June 2020', 'Original: English', '', 'Title', '', 'I. Intro', '', '1. a.'), ['3 date-invalid']);
  });

  it('does not read the verb "may" as a month', () => {
    check(report('I. Intro', '', '1. States 5 may consider it.'), []);
  });
});

describe('page furniture', () => {
  it('reports each running head and foot, and that three of them look like a PDF paste (pdf-paste)', () => {
    check(report('I. Intro', '', '1. a.', '', '2/7 V.20-05476', '', '2. b.', 'V.20-05476 3/7', 'continues.', '', 'GE.20-12345', '', '3. c.'), ['12 page-furniture', '12 pdf-paste', '15 page-furniture', '18 page-furniture']);
  });
});

describe('enumerations', () => {
  it('reports a name listed twice, on the second one', () => {
    const [duplicate] = check(report('I. Attendance', '', '1. The following States were represented: Afghanistan, Albania, Australia, Australia, Austria and Bahamas.'), ['10 list-duplicate-entry']);
    assert.equal(duplicate.message, '"Australia" is named twice in this list.');
  });

  it('knows names with "and" and parentheses', () => {
    check(report('I. Attendance', '', '1. Represented: Antigua and Barbuda, Bolivia (Plurinational State of), Trinidad and Tobago and Venezuela (Bolivarian Republic of).'), []);
  });

  it('finds a duplicate as the last entry', () => {
    check(report('I. Attendance', '', '1. Represented: Chile, China and Chile.'), ['10 list-duplicate-entry']);
  });

  it('does not take recurring phrases inside clauses for entries', () => {
    check(report('I. Deliberations', '', '1. The panellists were: Hosna Jalil, Deputy Minister of Afghanistan, on behalf of the Group of African States, Raoudha Labidi, President (Tunisia), on behalf of the Group of African States, and Juan Zavala, Coordinator (Mexico), on behalf of the Group of Latin American and Caribbean States.'), []);
  });
});

describe('rule settings', () => {
  it('switches a rule off and changes a severity', () => {
    const draft = report('I. Intro', '', '1. a.', '', 'Unnumbered.', '', '2. b.', '', '2/7 V.20-05476');
    check(draft, ['12 paragraph-unnumbered', '16 page-furniture']);
    const [furniture] = check(draft, ['16 page-furniture'], { settings: { 'paragraph-unnumbered': 'off', 'page-furniture': 'error' } });
    assert.equal(furniture.severity, 'error');
  });
});

describe('enumerations inside a sentence', () => {
  it('finds a duplicate in a list that does not end the sentence', () => {
    check(report('I. Statements', '', '1. The representatives of Algeria, Australia and Algeria made statements.'), ['10 list-duplicate-entry']);
  });
});
