// The language of a draft's messages, and the few ways of writing that every
// family's messages share: lists ("a, b and c") and runs of numbers ("19 to 21
// and 30"). Each family keeps its own messages, in each language, next to its check.
import type { Draft, Language } from '../model';

export type { Language };

/** A family's messages, one set per language a draft may be written in. */
export type Messages<M> = { readonly [language in Language]: M };

/** The language messages about a draft are written in: its masthead's, English without one. */
export function languageOf(draft: Draft): Language {
  return draft.masthead?.language ?? 'en';
}

/** Spanish writes "e" for "y" before a word that starts with the sound i: "Chile e Indonesia". */
function spanishAnd(next: string): string {
  const lower = next.toLowerCase();
  const sound = lower.startsWith('h') ? lower.slice(1) : lower;
  const i = sound.startsWith('i') || sound.startsWith('í');
  // "hie-" and "ie-" (hierro, hielo) start with the sound y, and keep "y".
  return i && !sound.startsWith('ie') ? 'e' : 'y';
}

/** "a", "a and b", "a, b and c", in the language's words ("et", "y"/"e"). */
export function joinList(items: readonly string[], language: Language): string {
  if (items.length <= 1) return items[0] ?? '';
  const last = items[items.length - 1];
  const and = language === 'fr' ? 'et' : language === 'es' ? spanishAnd(last) : 'and';
  return `${items.slice(0, -1).join(', ')} ${and} ${last}`;
}

/** The word between the ends of a run: "19 to 25", "19 à 25", "19 a 25". */
export function toWord(language: Language): string {
  return language === 'fr' ? 'à' : language === 'es' ? 'a' : 'to';
}

/** Runs of consecutive numbers, `[first, last]`, of numbers in increasing order. */
export function runsOf(numbers: readonly number[]): [number, number][] {
  const runs: [number, number][] = [];
  for (const n of numbers) {
    const last = runs[runs.length - 1];
    if (last && n === last[1] + 1) last[1] = n;
    else runs.push([n, n]);
  }
  return runs;
}

/**
 * Runs of numbers as an editor names them: runs of three or more as "19 to 25", the rest one
 * by one: "19 and 20", "15, 17 and 19", "3 and 5 to 7".
 */
export function writeRuns(runs: readonly (readonly [number, number])[], language: Language, name: (n: number) => string = String): string {
  const parts: string[] = [];
  for (const [first, last] of runs) {
    if (last - first >= 2) parts.push(`${name(first)} ${toWord(language)} ${name(last)}`);
    else for (let n = first; n <= last; n++) parts.push(name(n));
  }
  return joinList(parts, language);
}

/** `writeRuns` of numbers in increasing order. */
export function numberRuns(numbers: readonly number[], language: Language, name: (n: number) => string = String): string {
  return writeRuns(runsOf(numbers), language, name);
}

/** ":" as the language writes it: French puts a no-break space before it. */
export function colon(language: Language): string {
  return language === 'fr' ? '\u00a0:' : ':';
}

/** A quotation: « … » in French (no-break spaces inside), "…" in English and Spanish. */
export function quote(text: string, language: Language): string {
  return language === 'fr' ? `«\u00a0${text}\u00a0»` : `"${text}"`;
}
