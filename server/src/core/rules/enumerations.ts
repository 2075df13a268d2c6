// list-duplicate-entry: the same name twice in one enumeration ("Australia, Australia").
import type { Finding } from '../diagnostics';
import { replace } from '../fix/edits';
import type { Draft, EnumerationEntry } from '../model';
import { languageOf, quote, type Messages } from './language';
import { ruleFamily, type Fix } from './rule';

/** Names are compared by this key: runs of white space as one space, in lower case. */
function keyOf(name: string): string {
  return name.replace(/\s+/g, ' ').toLowerCase();
}

/**
 * True when the name's key is the name with ASCII letters lower-cased: printable ASCII
 * and single spaces only (most names). Such keys are compared in place.
 */
function isPlain(name: string): boolean {
  for (let i = 0; i < name.length; i++) {
    const c = name.charCodeAt(i);
    if (c === 32 ? name.charCodeAt(i + 1) === 32 : c < 33 || c > 126) return false;
  }
  return true;
}

/** True when two plain names have the same key. */
function samePlain(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) {
    const x = a.charCodeAt(i);
    if (x === b.charCodeAt(i)) continue;
    // Different characters: the same letter in two cases (`| 32` lower-cases an ASCII letter).
    const lower = x | 32;
    if (lower !== (b.charCodeAt(i) | 32) || lower < 97 || lower > 122) return false;
  }
  return true;
}

/** Lists longer than this are compared through a set of keys; shorter ones name by name. */
const PAIRWISE = 16;

const MESSAGES: Messages<{ twice(name: string): string; remove(name: string): string }> = {
  en: { twice: (name) => `"${name}" is named twice in this list.`, remove: (name) => `Remove the repeated "${name}"` },
  fr: { twice: (name) => `${quote(name, 'fr')} figure deux fois dans cette liste.`, remove: (name) => `Supprimer ${quote(name, 'fr')} répété` },
  es: { twice: (name) => `"${name}" figura dos veces en esta lista.`, remove: (name) => `Suprimir "${name}" repetido` },
};

type Say = (typeof MESSAGES)['en'];

export function checkEnumerations(draft: Draft, out: Finding[]): void {
  const say = MESSAGES[languageOf(draft)];
  for (let at = 0; at < draft.enumerations.length; at++) {
    const entries = draft.enumerations[at].entries;
    if (entries.length <= PAIRWISE) checkPairwise(entries, say, out);
    else checkWithKeys(entries, say, out);
  }
}

function report(entry: EnumerationEntry, say: Say, out: Finding[]): void {
  out.push({ code: 'list-duplicate-entry', message: say.twice(entry.name), span: entry.span });
}

function checkWithKeys(entries: EnumerationEntry[], say: Say, out: Finding[]): void {
  const seen = new Set<string>();
  for (let e = 0; e < entries.length; e++) {
    const key = keyOf(entries[e].name);
    if (seen.has(key)) report(entries[e], say, out);
    seen.add(key);
  }
}

/** Whether each entry of the list being checked is plain (`isPlain`), and the keys of the others once made. */
const plain: boolean[] = [];
const keys: (string | undefined)[] = [];

function keyAt(entries: EnumerationEntry[], e: number): string {
  return (keys[e] ??= keyOf(entries[e].name));
}

/**
 * The same findings as `checkWithKeys`, for a short list: an entry is reported when an
 * earlier one has its key. Plain names (nearly all) are compared without making keys.
 */
function checkPairwise(entries: EnumerationEntry[], say: Say, out: Finding[]): void {
  for (let e = 0; e < entries.length; e++) {
    plain[e] = isPlain(entries[e].name);
    keys[e] = undefined;
  }
  for (let e = 1; e < entries.length; e++) {
    const name = entries[e].name;
    for (let earlier = 0; earlier < e; earlier++) {
      const other = entries[earlier].name;
      const same = plain[e] && plain[earlier] ? samePlain(name, other) : keyAt(entries, e) === keyAt(entries, earlier);
      if (same) {
        report(entries[e], say, out);
        break;
      }
    }
  }
}

/** Deletes the repeated name with its separator: `A, B, B, C` → `A, B, C`; `A, B and B` → `A and B`. */
function duplicateEntryFix(draft: Draft, finding: Finding): Fix[] {
  for (const enumeration of draft.enumerations) {
    const i = enumeration.entries.findIndex((entry) => entry.span.start === finding.span.start);
    if (i < 1) continue;
    const entries = enumeration.entries;
    const last = i === entries.length - 1;
    // The last entry keeps its `and`: remove the earlier copy and its comma instead.
    const edit = last && i >= 2 ? replace(entries[i - 2].span.end, entries[i - 1].span.end, '') : replace(entries[i - 1].span.end, entries[i].span.end, '');
    return [{ title: MESSAGES[languageOf(draft)].remove(entries[i].name), code: finding.code, edits: [edit], preferred: true, safe: false }];
  }
  return [];
}

export const enumerations = ruleFamily({
  name: 'enumerations',
  rules: {
    'list-duplicate-entry': {
      severity: 'warning',
      reports: 'the same name twice in one list of names',
      setting: 'The same name twice in one enumeration ("Australia, Australia").',
    },
  },
  check: (draft, _context, out) => checkEnumerations(draft, out),
  fixes: { 'list-duplicate-entry': duplicateEntryFix },
});
