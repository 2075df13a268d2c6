// list-sequence: markers of one list level run (a), (b), (c)… or (i), (ii)…
// or 1, 2, 3… (the agenda), each level restarting under its parent item.
import type { Finding } from '../diagnostics';
import { relabelLists } from '../fix/relabel';
import type { Draft, List, ListItem } from '../model';
import { toLetter, toRoman } from '../parse/numerals';
import { allLists } from '../parse/scan';
import { colon, languageOf, type Language, type Messages } from './language';
import { ruleFamily, within, type Fix } from './rule';

/** `23` of a sub-number `23.4`. */
function subPrefix(item: ListItem): string {
  return item.label.slice(0, item.label.indexOf('.'));
}

/** How each language names a marker: "item 3" (agenda and numbered lists), "23.4", "(c)". */
function markerText(item: ListItem, language: Language, value = item.value): string {
  if (item.marker === 'sub') return `${subPrefix(item)}.${value}`;
  if (item.marker === 'number') return `${ITEM[language]} ${value}`;
  if (item.marker === 'roman') return `(${toRoman(value)})`;
  return `(${toLetter(value)})`;
}

function written(item: ListItem, language: Language): string {
  if (item.marker === 'sub') return item.label;
  return item.marker === 'number' ? `${ITEM[language]} ${item.label}` : `(${item.label})`;
}

const ITEM: Messages<string> = { en: 'item', fr: 'point', es: 'tema' };

/** What a list is called at the start of a message: a lettered list's item, an agenda, a numbered list. */
type Noun = 'item' | 'sub' | 'agenda' | 'list';

interface ListMessages {
  unmarked: string;
  opens(noun: Noun, written: string, first: string): string;
  twice(noun: Noun, written: string): string;
  backwards(noun: Noun, written: string, previous: string): string;
  gap(noun: Noun, written: string, previous: string, from: string, to: string | undefined): string;
  /** A sub-number (`24.1`) under another paragraph (23). */
  foreign(label: string, owner: number, expected: string): string;
  fix(kind: 'agenda' | 'numbers' | 'letters'): string;
}

const FR = colon('fr');
const NOUNS: Messages<{ readonly [noun in Noun]: string }> = {
  en: { item: 'List item', sub: 'Item', agenda: 'Agenda', list: 'List' },
  fr: { item: "L'élément", sub: "L'élément", agenda: "L'ordre du jour, au", list: 'La liste, au' },
  es: { item: 'El elemento', sub: 'El elemento', agenda: 'El programa, en el', list: 'La lista, en el' },
};

const MESSAGES: Messages<ListMessages> = {
  en: {
    unmarked: 'This list line has no marker, unlike the items around it.',
    opens: (noun, w, first) => `${NOUNS.en[noun]} ${w} opens the list: it should be ${first}.`,
    twice: (noun, w) => `${NOUNS.en[noun]} ${w} is used twice in a row.`,
    backwards: (noun, w, previous) => `${NOUNS.en[noun]} ${w} follows ${previous}: the order goes backwards.`,
    gap: (noun, w, previous, from, to) => `${NOUNS.en[noun]} ${w} follows ${previous}: ${to === undefined ? `${from} is missing` : `${from} to ${to} are missing`}.`,
    foreign: (label, owner, expected) => `Item ${label} belongs to paragraph ${owner}: it should be ${expected}.`,
    fix: (kind) => (kind === 'agenda' ? 'Renumber the agenda items, and the references to them' : kind === 'numbers' ? 'Renumber the list' : 'Reletter the list'),
  },
  fr: {
    unmarked: "Cette ligne de la liste n'a pas de marque, contrairement aux éléments qui l'entourent.",
    opens: (noun, w, first) => `${NOUNS.fr[noun]} ${w} ouvre la liste${FR} ce devrait être ${first}.`,
    twice: (noun, w) => `${NOUNS.fr[noun]} ${w} est employé deux fois de suite.`,
    backwards: (noun, w, previous) => `${NOUNS.fr[noun]} ${w} suit ${previous}${FR} l'ordre revient en arrière.`,
    gap: (noun, w, previous, from, to) => `${NOUNS.fr[noun]} ${w} suit ${previous}${FR} ${to === undefined ? `${from} manque` : `${from} à ${to} manquent`}.`,
    foreign: (label, owner, expected) => `L'élément ${label} relève du paragraphe ${owner}${FR} ce devrait être ${expected}.`,
    fix: (kind) => (kind === 'agenda' ? "Renuméroter les points de l'ordre du jour, et les renvois à ces points" : kind === 'numbers' ? 'Renuméroter la liste' : 'Réattribuer les lettres de la liste'),
  },
  es: {
    unmarked: 'Esta línea de la lista no tiene marca, a diferencia de los elementos que la rodean.',
    opens: (noun, w, first) => `${NOUNS.es[noun]} ${w} abre la lista: debería ser ${first}.`,
    twice: (noun, w) => `${NOUNS.es[noun]} ${w} se usa dos veces seguidas.`,
    backwards: (noun, w, previous) => `${NOUNS.es[noun]} ${w} sigue a ${previous}: el orden retrocede.`,
    gap: (noun, w, previous, from, to) => `${NOUNS.es[noun]} ${w} sigue a ${previous}: ${to === undefined ? `falta ${from}` : `faltan ${from} a ${to}`}.`,
    foreign: (label, owner, expected) => `El elemento ${label} corresponde al párrafo ${owner}: debería ser ${expected}.`,
    fix: (kind) => (kind === 'agenda' ? 'Renumerar los temas del programa y las remisiones a ellos' : kind === 'numbers' ? 'Renumerar la lista' : 'Volver a asignar las letras de la lista'),
  },
};

/** Every list, in the order of `allLists` (each paragraph's, then the loose ones), without gathering them. */
export function checkLists(draft: Draft, out: Finding[]): void {
  const language = languageOf(draft);
  for (let p = 0; p < draft.paragraphs.length; p++) {
    const lists = draft.paragraphs[p].lists;
    for (let l = 0; l < lists.length; l++) checkList(draft.text, lists[l], language, out, draft.paragraphs[p].number);
  }
  for (let l = 0; l < draft.looseLists.length; l++) checkList(draft.text, draft.looseLists[l], language, out);
}

/** One number per parent and depth (a parent is an item index, at least -1; depths stay below 2^20). */
function siblingKey(item: ListItem): number {
  return (item.parent + 1) * 0x100000 + item.depth;
}

/** The first line of an item, at most 40 characters: where a missing marker is reported. */
function firstLine(text: string, item: ListItem): { start: number; end: number } {
  const limit = Math.min(item.span.end, item.span.start + 40);
  let end = item.span.start;
  while (end < limit && text[end] !== '\n' && text[end] !== '\r') end++;
  return { start: item.span.start, end };
}

/** `owner`: the number of the paragraph the list belongs to, which its sub-numbers (`23.1`) start with. */
function checkList(text: string, list: List, language: Language, out: Finding[], owner?: number): void {
  const say = MESSAGES[language];
  // Siblings share a parent and depth; walk them in order, keyed by parent.
  const last = new Map<number, ListItem>();
  const hasMarked = new Set<number>();
  const items = list.items;
  for (let at = 0; at < items.length; at++) if (items[at].marker !== 'none') hasMarked.add(siblingKey(items[at]));
  for (let at = 0; at < items.length; at++) {
    const item = items[at];
    const key = siblingKey(item);
    if (item.marker === 'none') {
      if (hasMarked.has(key)) {
        out.push({ code: 'list-sequence', message: say.unmarked, span: firstLine(text, item) });
      }
      continue;
    }
    const previous = last.get(key);
    last.set(key, item);
    const expected = previous ? previous.value + 1 : 1;
    if (item.value === expected) {
      if (item.marker === 'sub' && owner !== undefined && item.depth === 0 && subPrefix(item) !== String(owner)) {
        out.push({ code: 'list-sequence', message: say.foreign(item.label, owner, `${owner}.${item.value}`), span: item.markerSpan });
      }
      continue;
    }
    const noun: Noun = item.marker === 'sub' ? 'sub' : item.marker !== 'number' ? 'item' : list.isAgenda ? 'agenda' : 'list';
    const w = written(item, language);
    let message: string;
    if (!previous) message = say.opens(noun, w, markerText(item, language, 1));
    else if (item.value === previous.value) message = say.twice(noun, w);
    else if (item.value < previous.value) message = say.backwards(noun, w, written(previous, language));
    else {
      const to = item.value - previous.value - 1 === 1 ? undefined : markerText(item, language, item.value - 1);
      message = say.gap(noun, w, written(previous, language), markerText(item, language, expected), to);
    }
    out.push({ code: 'list-sequence', message, span: item.markerSpan });
  }
}

function listOf(draft: Draft, finding: Finding): List | undefined {
  return allLists(draft).find((list) => list.items.some((item) => within(item.span, finding.span) || item.markerSpan.start === finding.span.start));
}

function listFix(draft: Draft, finding: Finding): Fix[] {
  const list = listOf(draft, finding);
  if (!list) return [];
  const { edits } = relabelLists(draft, list);
  if (edits.length === 0) return [];
  const title = MESSAGES[languageOf(draft)].fix(list.isAgenda ? 'agenda' : list.items[0]?.marker === 'number' || list.items[0]?.marker === 'sub' ? 'numbers' : 'letters');
  return [{ title, code: finding.code, edits, preferred: true, safe: true }];
}

export const lists = ruleFamily({
  name: 'lists',
  rules: {
    'list-sequence': {
      severity: 'error',
      reports: 'list markers out of sequence, or an item with no marker',
      setting: 'List markers out of sequence, or an unmarked item among marked ones.',
      tags: ['numbering'],
    },
  },
  check: (draft, _context, out) => checkLists(draft, out),
  fixes: { 'list-sequence': listFix },
});
