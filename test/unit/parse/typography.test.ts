// Typographic quotes and no-break spaces, as Word and PDFs keep them (an imported draft keeps
// them too): the checker reads them as it reads straight quotes and spaces.
import { check, lineOf, lines, report } from '../check';

const NBSP = '\u00a0';

const AGENDA = [
  'I. Organization',
  '',
  '1. The Working Group adopted the following agenda:',
  '    1. Opening of the meeting.',
  '    2. Best practices in joint investigations.',
  '    3. Adoption of the report.',
];

describe('typographic quotes and no-break spaces', () => {
  it('compares a title in curly quotes with the agenda as one in straight quotes', () => {
    check(report(...AGENDA, '', '2. The Working Group considered agenda item 2, entitled “Best practices in joint investigations”.'), []);
    const wrong = report(...AGENDA, '', '2. The Working Group considered agenda item 2, entitled “Best practices in joint operations”.');
    check(wrong, [`${lineOf(wrong, '2. The Working')} agenda-title-mismatch`]);
  });

  it('reads references whose words are joined by no-break spaces', () => {
    const missing = report(...AGENDA, '', `2. Under agenda${NBSP}item${NBSP}2 and in paragraph${NBSP}1 above, see paragraph${NBSP}9.`);
    check(missing, [`${lineOf(missing, '2. Under')} paragraph-ref-missing`]);
    const unknown = report(...AGENDA, '', `2. Under agenda${NBSP}item${NBSP}7, statements were made.`);
    check(unknown, [`${lineOf(unknown, '2. Under')} agenda-item-unknown`]);
  });

  it('reads a paragraph number followed by a no-break space', () => {
    const text = report('I. Introduction', '', `1.${NBSP}The session was opened.`, '', `3.${NBSP}The Chair spoke.`);
    check(text, [`${lineOf(text, '3.')} paragraph-sequence`]);
  });

  it('reads a date with no-break spaces', () => {
    const text = report('I. Introduction', '', `1. The meeting was held on 31${NBSP}September${NBSP}2020.`);
    check(text, [`${lineOf(text, '1. The')} date-invalid`]);
  });

  it('reads a French agenda introduced with a no-break space before the colon', () => {
    const french = lines('CTOC/COP/WG.4/2021/4', 'Distr. générale', '30 septembre 2021', 'Français', 'Original : anglais', '', 'Rapport', '');
    const text = lines(french, 'I. Organisation', '', `1. Le Groupe de travail a adopté l’ordre du jour suivant${NBSP}:`, '    1. Ouverture de la réunion.', '    2. Adoption du rapport.', '', `2. Au titre du point${NBSP}3 de l’ordre du jour, des déclarations ont été faites.`);
    check(text, [`${lineOf(text, '2. Au titre')} agenda-item-unknown`]);
  });

  it('finds a name listed twice whatever its apostrophe', () => {
    // In alphabetical order, so that list-order has nothing to say.
    const text = report('I. Attendance', '', '1. The following were represented: Chile, Côte d’Ivoire, Côte d’Ivoire and Peru.');
    check(text, [`${lineOf(text, '1. The')} list-duplicate-entry`]);
  });
});
