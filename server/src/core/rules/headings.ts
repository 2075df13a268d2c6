// heading-sequence: chapters I, II, III…; sections A, B, C… restarting in each
// chapter; subsections 1, 2, 3… restarting in each section; lettered
// subheadings (a), (b)… restarting under each subsection. Annexes restart all.
import type { Finding } from '../diagnostics';
import { relabelHeadings } from '../fix/relabel';
import type { Draft, Heading, HeadingKind } from '../model';
import { toRoman, toUpperLetter, toLetter } from '../parse/numerals';
import { colon, languageOf, type Messages } from './language';
import { ruleFamily, type Fix } from './rule';

const LEVELS: HeadingKind[] = ['chapter', 'section', 'subsection', 'subheading'];

function label(kind: HeadingKind, value: number): string {
  if (kind === 'chapter') return toRoman(value).toUpperCase();
  if (kind === 'section') return toUpperLetter(value);
  if (kind === 'subheading') return `(${toLetter(value)})`;
  return String(value);
}

function written(heading: Heading): string {
  return heading.kind === 'subheading' ? `(${heading.label})` : heading.label;
}

const FR = colon('fr');

/** Heading kinds as each language names them: singular and plural. */
const NAMES: Messages<{ readonly [kind in HeadingKind]: [string, string] }> = {
  en: { chapter: ['chapter', 'chapters'], section: ['section', 'sections'], subsection: ['subsection', 'subsections'], subheading: ['subheading', 'subheadings'], annex: ['annex', 'annexes'] },
  fr: { chapter: ['chapitre', 'chapitres'], section: ['section', 'sections'], subsection: ['sous-section', 'sous-sections'], subheading: ['intertitre', 'intertitres'], annex: ['annexe', 'annexes'] },
  es: { chapter: ['capítulo', 'capítulos'], section: ['sección', 'secciones'], subsection: ['subsección', 'subsecciones'], subheading: ['subtítulo', 'subtítulos'], annex: ['anexo', 'anexos'] },
};

/** Feminine in French: "la section", "la première". */
const FR_FEMININE = new Set<HeadingKind>(['section', 'subsection', 'annex']);
/** Feminine in Spanish: "la sección", "la primera". */
const ES_FEMININE = new Set<HeadingKind>(['section', 'subsection']);

interface HeadingMessages {
  /** `first`: the label it should have; `parent`: the kind it is under (none for a chapter). */
  first(kind: HeadingKind, written: string, parent: HeadingKind | undefined, first: string): string;
  twice(kind: HeadingKind, written: string, previous: string): string;
  backwards(kind: HeadingKind, written: string, previous: string): string;
  /** `to` undefined for one missing label; `two` when exactly two are missing. */
  gap(kind: HeadingKind, written: string, previous: string, from: string, to: string | undefined, two: boolean): string;
  fix: string;
}

const capital = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

const MESSAGES: Messages<HeadingMessages> = {
  en: {
    first: (kind, w, parent, first) => `${capital(NAMES.en[kind][0])} ${w} is the first ${NAMES.en[kind][0]}${parent ? ` under its ${NAMES.en[parent][0]}` : ''}: it should be ${first}.`,
    twice: (kind, w, previous) => `${capital(NAMES.en[kind][0])} ${w} follows ${NAMES.en[kind][0]} ${previous}: the same label is used twice.`,
    backwards: (kind, w, previous) => `${capital(NAMES.en[kind][0])} ${w} follows ${NAMES.en[kind][0]} ${previous}: the order goes backwards.`,
    gap: (kind, w, previous, from, to, two) =>
      `${capital(NAMES.en[kind][0])} ${w} follows ${NAMES.en[kind][0]} ${previous}: ${to === undefined ? `${NAMES.en[kind][0]} ${from} is missing` : `${NAMES.en[kind][1]} ${from} ${two ? 'and' : 'to'} ${to} are missing`}.`,
    fix: 'Renumber the headings',
  },
  fr: {
    first: (kind, w, parent, first) => {
      const f = FR_FEMININE.has(kind);
      const under = parent ? ` ${FR_FEMININE.has(parent) ? 'de sa' : 'de son'} ${NAMES.fr[parent][0]}` : '';
      return `${f ? 'La' : 'Le'} ${NAMES.fr[kind][0]} ${w} est ${f ? 'la première' : 'le premier'}${under}${FR} ce devrait être ${f ? 'la' : 'le'} ${NAMES.fr[kind][0]} ${first}.`;
    },
    twice: (kind, w, previous) => `${FR_FEMININE.has(kind) ? 'La' : 'Le'} ${NAMES.fr[kind][0]} ${w} suit ${FR_FEMININE.has(kind) ? 'la' : 'le'} ${NAMES.fr[kind][0]} ${previous}${FR} le même numéro est employé deux fois.`,
    backwards: (kind, w, previous) => `${FR_FEMININE.has(kind) ? 'La' : 'Le'} ${NAMES.fr[kind][0]} ${w} suit ${FR_FEMININE.has(kind) ? 'la' : 'le'} ${NAMES.fr[kind][0]} ${previous}${FR} l'ordre revient en arrière.`,
    gap: (kind, w, previous, from, to, two) => {
      const f = FR_FEMININE.has(kind);
      const missing = to === undefined ? `${f ? 'la' : 'le'} ${NAMES.fr[kind][0]} ${from} manque` : `les ${NAMES.fr[kind][1]} ${from} ${two ? 'et' : 'à'} ${to} manquent`;
      return `${f ? 'La' : 'Le'} ${NAMES.fr[kind][0]} ${w} suit ${f ? 'la' : 'le'} ${NAMES.fr[kind][0]} ${previous}${FR} ${missing}.`;
    },
    fix: 'Renuméroter les titres',
  },
  es: {
    first: (kind, w, parent, first) => {
      const f = ES_FEMININE.has(kind);
      const under = parent ? ` de su ${NAMES.es[parent][0]}` : '';
      return `${f ? 'La' : 'El'} ${NAMES.es[kind][0]} ${w} es ${f ? 'la primera' : 'el primero'}${under}: debería ser ${f ? 'la' : 'el'} ${NAMES.es[kind][0]} ${first}.`;
    },
    twice: (kind, w, previous) => `${ES_FEMININE.has(kind) ? 'La' : 'El'} ${NAMES.es[kind][0]} ${w} sigue ${ES_FEMININE.has(kind) ? 'a la' : 'al'} ${NAMES.es[kind][0]} ${previous}: la misma numeración se usa dos veces.`,
    backwards: (kind, w, previous) => `${ES_FEMININE.has(kind) ? 'La' : 'El'} ${NAMES.es[kind][0]} ${w} sigue ${ES_FEMININE.has(kind) ? 'a la' : 'al'} ${NAMES.es[kind][0]} ${previous}: el orden retrocede.`,
    gap: (kind, w, previous, from, to, two) => {
      const f = ES_FEMININE.has(kind);
      const missing = to === undefined ? `falta ${f ? 'la' : 'el'} ${NAMES.es[kind][0]} ${from}` : `faltan ${f ? 'las' : 'los'} ${NAMES.es[kind][1]} ${from} ${two ? 'y' : 'a'} ${to}`;
      return `${f ? 'La' : 'El'} ${NAMES.es[kind][0]} ${w} sigue ${f ? 'a la' : 'al'} ${NAMES.es[kind][0]} ${previous}: ${missing}.`;
    },
    fix: 'Renumerar los títulos',
  },
};

export function checkHeadings(draft: Draft, out: Finding[]): void {
  const say = MESSAGES[languageOf(draft)];
  const last = [0, 0, 0, 0];
  for (const heading of draft.headings) {
    if (heading.kind === 'annex') {
      last.fill(0);
      continue;
    }
    const level = LEVELS.indexOf(heading.kind);
    const previous = last[level];
    const value = heading.value;
    const kind = heading.kind;
    if (value !== previous + 1) {
      let message: string;
      if (previous === 0) message = say.first(kind, written(heading), level === 0 ? undefined : LEVELS[level - 1], label(kind, 1));
      else if (value === previous) message = say.twice(kind, written(heading), label(kind, previous));
      else if (value < previous) message = say.backwards(kind, written(heading), label(kind, previous));
      else message = say.gap(kind, written(heading), label(kind, previous), label(kind, previous + 1), value - 1 === previous + 1 ? undefined : label(kind, value - 1), value - previous === 3);
      out.push({ code: 'heading-sequence', message, span: heading.labelSpan });
    }
    last[level] = value;
    for (let deeper = level + 1; deeper < last.length; deeper++) last[deeper] = 0;
  }
}

function headingFix(draft: Draft, finding: Finding): Fix[] {
  const { edits } = relabelHeadings(draft);
  return edits.length === 0 ? [] : [{ title: MESSAGES[languageOf(draft)].fix, code: finding.code, edits, preferred: true, safe: true }];
}

export const headings = ruleFamily({
  name: 'headings',
  rules: {
    'heading-sequence': {
      severity: 'error',
      reports: 'chapter, section, subsection or subheading labels out of sequence',
      setting: 'Chapter numerals, section letters or subsection numbers out of sequence.',
      tags: ['numbering'],
    },
  },
  check: (draft, _context, out) => checkHeadings(draft, out),
  fixes: { 'heading-sequence': headingFix },
});
