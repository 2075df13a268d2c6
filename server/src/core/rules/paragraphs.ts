// paragraph-sequence, paragraph-duplicate, paragraph-unnumbered (format.md,
// "Facts to use"): each break is reported where it happens, and checking goes
// on from the number actually written, so one missing number is one diagnostic.
import type { Finding } from '../diagnostics';
import { renumberParagraphs } from '../fix/renumber';
import type { Draft, Paragraph } from '../model';
import { tokenize } from '../parse/tokens';
import type { Span } from '../text';
import { colon, languageOf, numberRuns, type Messages } from './language';
import { ruleFamily, within, type Fix } from './rule';

/** Where numbering starts: the body, or an annex (its label; '' for a lone annex). */
interface Segment {
  annex?: string;
}

/** What holds places between two numbers: unnumbered paragraphs, repeated numbers, or both. */
type Between = 'unnumbered' | 'repeated-number' | 'mixed';

interface ParagraphMessages {
  missing(numbers: number[]): string;
  duplicate(number: number, line: number): string;
  unnumbered(implied: number | undefined, previous: number): string;
  between(count: number, kind: Between): string;
  afterPlaceholders(number: number, previous: number, between: string, expected: [number, number]): string;
  first(number: number, segment: Segment): string;
  backwards(number: number, previous: number): string;
  gap(number: number, previous: number, missing: string): string;
  numberThis(n: number): string;
  renumber(n: number | undefined): string;
}

const FR = colon('fr');

const MESSAGES: Messages<ParagraphMessages> = {
  en: {
    missing: (ns) => (ns.length === 1 ? `number ${ns[0]} is missing` : `numbers ${numberRuns(ns, 'en')} are missing`),
    duplicate: (n, line) => `Paragraph number ${n} is used twice: paragraph ${n} is already on line ${line}.`,
    unnumbered: (implied, previous) =>
      implied !== undefined
        ? `This paragraph has no number: it should be paragraph ${implied}.`
        : previous > 0 ? `This paragraph has no number (it follows paragraph ${previous}).` : 'This paragraph has no number.',
    between: (count, kind) =>
      kind === 'unnumbered' ? (count === 1 ? 'an unnumbered paragraph' : `${count} unnumbered paragraphs`)
        : kind === 'repeated-number' ? (count === 1 ? 'a paragraph with a repeated number' : `${count} paragraphs with repeated numbers`)
          : `${count} paragraphs without numbers of their own`,
    afterPlaceholders: (n, previous, between, [a, b]) =>
      `Paragraph ${n} follows ${previous > 0 ? `paragraph ${previous} and ` : ''}${between}: expected ${b === a + 1 ? `${a} or ${b}` : `${a} to ${b}`}.`,
    first: (n, segment) =>
      segment.annex === undefined
        ? `The first paragraph is numbered ${n}: paragraphs are numbered from 1.`
        : `The first paragraph of ${segment.annex ? `annex ${segment.annex}` : 'the annex'} is numbered ${n}: numbering restarts at 1 in each annex.`,
    backwards: (n, previous) => `Paragraph ${n} follows paragraph ${previous}: the numbering goes backwards.`,
    gap: (n, previous, missing) => `Paragraph ${n} follows paragraph ${previous}: ${missing}.`,
    numberThis: (n) => `Number this paragraph ${n} and renumber the paragraphs after it`,
    renumber: (n) => (n !== undefined ? `Renumber the paragraphs (this one becomes ${n}), references included` : 'Renumber the paragraphs, references included'),
  },
  fr: {
    missing: (ns) => (ns.length === 1 ? `le numéro ${ns[0]} manque` : `les numéros ${numberRuns(ns, 'fr')} manquent`),
    duplicate: (n, line) => `Le numéro de paragraphe ${n} est employé deux fois${FR} le paragraphe ${n} figure déjà à la ligne ${line}.`,
    unnumbered: (implied, previous) =>
      implied !== undefined
        ? `Ce paragraphe n'a pas de numéro${FR} ce devrait être le paragraphe ${implied}.`
        : previous > 0 ? `Ce paragraphe n'a pas de numéro (il suit le paragraphe ${previous}).` : "Ce paragraphe n'a pas de numéro.",
    between: (count, kind) =>
      kind === 'unnumbered' ? (count === 1 ? 'un paragraphe non numéroté' : `${count} paragraphes non numérotés`)
        : kind === 'repeated-number' ? (count === 1 ? 'un paragraphe au numéro répété' : `${count} paragraphes aux numéros répétés`)
          : `${count} paragraphes sans numéro propre`,
    afterPlaceholders: (n, previous, between, [a, b]) =>
      `Le paragraphe ${n} suit ${previous > 0 ? `le paragraphe ${previous} et ` : ''}${between}${FR} on attendait ${b === a + 1 ? `${a} ou ${b}` : `${a} à ${b}`}.`,
    first: (n, segment) =>
      segment.annex === undefined
        ? `Le premier paragraphe porte le numéro ${n}${FR} les paragraphes sont numérotés à partir de 1.`
        : `Le premier paragraphe de l'annexe${segment.annex ? ` ${segment.annex}` : ''} porte le numéro ${n}${FR} la numérotation reprend à 1 dans chaque annexe.`,
    backwards: (n, previous) => `Le paragraphe ${n} suit le paragraphe ${previous}${FR} la numérotation revient en arrière.`,
    gap: (n, previous, missing) => `Le paragraphe ${n} suit le paragraphe ${previous}${FR} ${missing}.`,
    numberThis: (n) => `Numéroter ce paragraphe ${n} et renuméroter les paragraphes suivants`,
    renumber: (n) => (n !== undefined ? `Renuméroter les paragraphes (celui-ci devient le ${n}), renvois compris` : 'Renuméroter les paragraphes, renvois compris'),
  },
  es: {
    missing: (ns) => (ns.length === 1 ? `falta el número ${ns[0]}` : `faltan los números ${numberRuns(ns, 'es')}`),
    duplicate: (n, line) => `El número de párrafo ${n} se usa dos veces: el párrafo ${n} ya está en la línea ${line}.`,
    unnumbered: (implied, previous) =>
      implied !== undefined
        ? `Este párrafo no tiene número: debería ser el párrafo ${implied}.`
        : previous > 0 ? `Este párrafo no tiene número (sigue al párrafo ${previous}).` : 'Este párrafo no tiene número.',
    between: (count, kind) =>
      kind === 'unnumbered' ? (count === 1 ? 'a un párrafo sin número' : `a ${count} párrafos sin número`)
        : kind === 'repeated-number' ? (count === 1 ? 'a un párrafo con el número repetido' : `a ${count} párrafos con números repetidos`)
          : `a ${count} párrafos sin número propio`,
    afterPlaceholders: (n, previous, between, [a, b]) =>
      `El párrafo ${n} sigue ${previous > 0 ? `al párrafo ${previous} y ` : ''}${between}: se esperaba ${b === a + 1 ? `${a} o ${b}` : `${a} a ${b}`}.`,
    first: (n, segment) =>
      segment.annex === undefined
        ? `El primer párrafo lleva el número ${n}: los párrafos se numeran a partir del 1.`
        : `El primer párrafo del anexo${segment.annex ? ` ${segment.annex}` : ''} lleva el número ${n}: la numeración empieza de nuevo en 1 en cada anexo.`,
    backwards: (n, previous) => `El párrafo ${n} sigue al párrafo ${previous}: la numeración retrocede.`,
    gap: (n, previous, missing) => `El párrafo ${n} sigue al párrafo ${previous}: ${missing}.`,
    numberThis: (n) => `Numerar este párrafo como ${n} y renumerar los párrafos siguientes`,
    renumber: (n) => (n !== undefined ? `Renumerar los párrafos (este pasa a ser el ${n}), remisiones incluidas` : 'Renumerar los párrafos, remisiones incluidas'),
  },
};

function segmentOf(draft: Draft, annex: number): Segment {
  return annex < 0 ? {} : { annex: draft.annexes[annex].heading.label };
}

/** The first word of a paragraph: where a diagnostic about the whole paragraph sits. */
export function firstWordSpan(draft: Draft, paragraph: Paragraph): Span {
  const first = tokenize(draft.text, paragraph.span.start, Math.min(paragraph.span.end, paragraph.span.start + 200)).get(0);
  return first ? { start: first.start, end: first.end } : paragraph.span;
}

/** The numbers from `from` to `to` not used already (at most 1,000). */
function missingNumbers(from: number, to: number, used: readonly unknown[]): number[] {
  const missing: number[] = [];
  for (let n = from; n <= to && missing.length < 1000; n++) if (used[n] === undefined) missing.push(n);
  return missing;
}

export function checkParagraphNumbers(draft: Draft, out: Finding[]): void {
  const say = MESSAGES[languageOf(draft)];
  let annex = -2;
  let previous = 0;
  let highest = 0;
  // Paragraphs since `previous` that hold a place without a number of their own: unnumbered ones and duplicates.
  let unnumbered = 0;
  let duplicates = 0;
  // The first paragraph of each number, at that number (numbers are small integers, mostly in sequence).
  let seen: Paragraph[] = [];
  for (let at = 0; at < draft.paragraphs.length; at++) {
    const paragraph = draft.paragraphs[at];
    if (paragraph.annex !== annex) {
      annex = paragraph.annex;
      previous = highest = unnumbered = duplicates = 0;
      seen = [];
    }
    if (paragraph.exempt) continue;
    if (paragraph.number === undefined || !paragraph.numberSpan) {
      out.push({ code: 'paragraph-unnumbered', message: say.unnumbered(paragraph.impliedNumber, previous), span: firstWordSpan(draft, paragraph) });
      unnumbered++;
      continue;
    }
    const number = paragraph.number;
    const span = paragraph.numberSpan;
    const first = seen[number];
    if (first) {
      const line = draft.lineMap.position(first.span.start).line + 1;
      out.push({ code: 'paragraph-duplicate', message: say.duplicate(number, line), span });
      // The duplicate holds a place in the sequence, like an unnumbered paragraph: 5, 5, 7 and
      // 9, 8, 11 (10 mistyped as 8) are one defect each, not also a gap after the duplicate.
      unnumbered++;
      duplicates++;
      continue;
    }
    const firstIn = previous === 0 && unnumbered === 0 ? segmentOf(draft, annex) : undefined;
    const message = sequenceMessage(say, number, { previous, highest, count: unnumbered, duplicates }, firstIn, seen);
    if (message) out.push({ code: 'paragraph-sequence', message, span });
    seen[number] = paragraph;
    previous = number;
    highest = Math.max(highest, number);
    unnumbered = duplicates = 0;
  }
}

/** Where the sequence stands: the last number, the highest, and the places held since the last number. */
interface Place {
  previous: number;
  highest: number;
  count: number;
  duplicates: number;
}

/** The message for a number that breaks the sequence, or undefined when it is in sequence. */
function sequenceMessage(say: ParagraphMessages, number: number, place: Place, firstIn: Segment | undefined, used: readonly unknown[]): string | undefined {
  const { previous, highest, count } = place;
  if (count > 0) {
    if (number >= previous + 1 && number <= previous + 1 + count) return undefined;
    const kind: Between = place.duplicates === 0 ? 'unnumbered' : place.duplicates === count ? 'repeated-number' : 'mixed';
    return say.afterPlaceholders(number, previous, say.between(count, kind), [previous + 1, previous + 1 + count]);
  }
  if (number === previous + 1) return undefined;
  if (firstIn) return say.first(number, firstIn);
  // Back in step after a number that went backwards: the skipped numbers were used already.
  if (number === highest + 1) return undefined;
  if (number < previous) return say.backwards(number, previous);
  return say.gap(number, previous, say.missing(missingNumbers(previous + 1, number - 1, used)));
}

/** Renumbers the paragraphs, references included; the title says what becomes of this one. */
function paragraphFix(draft: Draft, finding: Finding): Fix[] {
  const renumbered = renumberParagraphs(draft);
  if (renumbered.edits.length === 0) return [];
  const index = draft.paragraphs.findIndex((p) => within(p.span, finding.span));
  const n = renumbered.numbers.get(index);
  if (finding.code === 'paragraph-unnumbered' && n === undefined) return [];
  const say = MESSAGES[languageOf(draft)];
  const title = finding.code === 'paragraph-unnumbered' && n !== undefined ? say.numberThis(n) : say.renumber(n);
  return [{ title, code: finding.code, edits: renumbered.edits, preferred: true, safe: true }];
}

export const paragraphs = ruleFamily({
  name: 'paragraphs',
  rules: {
    'paragraph-sequence': {
      severity: 'error',
      reports: 'a paragraph number that does not follow the previous one',
      setting: 'A paragraph number that is not the previous one plus one.',
      tags: ['numbering'],
    },
    'paragraph-duplicate': { severity: 'error', reports: 'a paragraph number used twice', setting: 'A paragraph number used twice.', tags: ['numbering'] },
    'paragraph-unnumbered': { severity: 'warning', reports: 'a body paragraph with no number', setting: 'A body paragraph with no number.', tags: ['numbering'] },
  },
  check: (draft, _context, out) => checkParagraphNumbers(draft, out),
  fixes: { 'paragraph-sequence': paragraphFix, 'paragraph-duplicate': paragraphFix, 'paragraph-unnumbered': paragraphFix },
});
