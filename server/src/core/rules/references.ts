// paragraph-ref-missing and paragraph-ref-direction: "paragraph 15 above" must
// name a paragraph the draft has, and "above" must point up.
import type { Finding } from '../diagnostics';
import type { Draft, ParagraphReference, ParagraphTarget } from '../model';
import { ParagraphIndex, pushTargetNumbers, referencedNumbers } from '../paragraphIndex';
import { colon, languageOf, quote, runsOf, writeRuns, type Messages } from './language';
import { replacementFix, ruleFamily } from './rule';

interface ReferenceMessages {
  /** `annex`: undefined for the body, the label of an annex ('' for a lone one); `last`: its last paragraph. */
  missing(runs: [number, number][], annex: string | undefined, last: number): string;
  direction(number: number, isAbove: boolean, replacement: string, written: string): string;
  write(word: string): string;
}

const one = (runs: [number, number][]) => runs.length === 1 && runs[0][0] === runs[0][1];
const FR = colon('fr');

const MESSAGES: Messages<ReferenceMessages> = {
  en: {
    missing: (runs, annex, last) => {
      const where = annex === undefined ? 'the report' : annex ? `annex ${annex}` : 'the annex';
      const range = last > 0 ? `its paragraphs run from 1 to ${last}` : 'it has no numbered paragraphs';
      return `There ${one(runs) ? `is no paragraph ${runs[0][0]}` : `are no paragraphs ${writeRuns(runs, 'en')}`} in ${where}: ${range}.`;
    },
    direction: (n, isAbove, replacement, written) => `Paragraph ${n} comes ${isAbove ? 'earlier' : 'later'} in the draft: write "${replacement}", not "${written}".`,
    write: (word) => `Write "${word}"`,
  },
  fr: {
    missing: (runs, annex, last) => {
      const where = annex === undefined ? 'le rapport' : `l'annexe${annex ? ` ${annex}` : ''}`;
      const range = last > 0 ? `ses paragraphes vont de 1 à ${last}` : "il n'a pas de paragraphes numérotés";
      return `${one(runs) ? `Il n'y a pas de paragraphe ${runs[0][0]}` : `Il n'y a pas de paragraphes ${writeRuns(runs, 'fr')}`} dans ${where}${FR} ${range}.`;
    },
    direction: (n, isAbove, replacement, written) =>
      `Le paragraphe ${n} vient ${isAbove ? 'plus haut' : 'plus bas'} dans le projet${FR} écrire ${quote(replacement, 'fr')}, et non ${quote(written, 'fr')}.`,
    write: (word) => `Écrire ${quote(word, 'fr')}`,
  },
  es: {
    missing: (runs, annex, last) => {
      const where = annex === undefined ? 'el informe' : `el anexo${annex ? ` ${annex}` : ''}`;
      const range = last > 0 ? `sus párrafos van del 1 al ${last}` : 'no tiene párrafos numerados';
      return `${one(runs) ? `No hay párrafo ${runs[0][0]}` : `No hay párrafos ${writeRuns(runs, 'es')}`} en ${where}: ${range}.`;
    },
    direction: (n, isAbove, replacement, written) => `El párrafo ${n} aparece ${isAbove ? 'antes' : 'después'} en el proyecto: escriba "${replacement}", no "${written}".`,
    write: (word) => `Escribir "${word}"`,
  },
};

export function checkParagraphReferences(draft: Draft, index: ParagraphIndex, out: Finding[]): void {
  for (let at = 0; at < draft.references.length; at++) {
    const reference = draft.references[at];
    if (reference.kind === 'paragraph') checkReference(draft, index, reference, out);
  }
}

/**
 * The numbers a target names, in the order of `pushTargetNumbers`, without making its array:
 * `first`, the numbers inside a range (at most 499 of them), then `last`.
 */
function namedCount(target: ParagraphTarget): number {
  const last = target.last;
  if (!last) return 1;
  const first = target.first.value;
  const inside = Math.max(0, Math.min(last.value, first + 500) - first - 1);
  return 1 + inside + (last.value > first ? 1 : 0);
}

function namedValue(target: ParagraphTarget, k: number, count: number): number {
  if (k === 0) return target.first.value;
  return k === count - 1 && target.last && target.last.value > target.first.value ? target.last.value : target.first.value + k;
}

/** True when every number a target names is a paragraph of the segment (most references). */
function allNamedFound(index: ParagraphIndex, segment: number, target: ParagraphTarget): boolean {
  const count = namedCount(target);
  for (let k = 0; k < count; k++) if (index.find(segment, namedValue(target, k, count)) < 0) return false;
  return true;
}

function checkReference(draft: Draft, index: ParagraphIndex, reference: ParagraphReference, out: Finding[]): void {
  const segment = index.segmentFor(reference);
  let allFound = true;
  const targets = reference.targets;
  for (let t = 0; t < targets.length; t++) {
    const target = targets[t];
    // The lists and the message are made only for a target with a number missing.
    if (allNamedFound(index, segment, target)) continue;
    const annex = segment < 0 ? undefined : draft.annexes[segment].heading.label;
    const named: { value: number; span: { start: number; end: number } }[] = [];
    pushTargetNumbers(target, named);
    const missing = named.filter((n) => index.find(segment, n.value) < 0);
    if (missing.length === 0) continue;
    allFound = false;
    const message = MESSAGES[languageOf(draft)].missing(missingRuns(index, segment, target), annex, index.last(segment));
    out.push({ code: 'paragraph-ref-missing', message, span: missing[missing.length - 1].span });
  }
  if (!allFound || !reference.direction) return;
  const direction = reference.direction;
  // Every number named, in order, as `referencedNumbers` lists them: the first in the wrong
  // direction is reported. Most references have the right one: no list is made for them.
  for (let t = 0; t < targets.length; t++) {
    const count = namedCount(targets[t]);
    for (let k = 0; k < count; k++) {
      const target = index.paragraph(segment, namedValue(targets[t], k, count));
      if (!target) continue;
      const contains = target.span.start <= reference.span.start && reference.span.end <= target.span.end;
      if (contains) continue;
      const isAbove = target.span.end <= reference.span.start;
      const wrong = (direction.word === 'above' && !isAbove) || (direction.word === 'below' && isAbove);
      if (wrong) return reportDirection(draft, index, segment, reference, out);
    }
  }
}

/**
 * The numbers of a target that a segment lacks, as runs: "paragraphs 16 to 20" in a report of
 * 18 → [19, 20]. Past the segment's last paragraph every number is missing, so a long range
 * costs no more than the paragraphs the segment has.
 */
export function missingRuns(index: ParagraphIndex, segment: number, target: ParagraphTarget): [number, number][] {
  const first = target.first.value;
  const last = target.last && target.last.value > first ? target.last.value : first;
  const highest = index.last(segment);
  const missing: number[] = [];
  for (let n = first; n <= Math.min(last, highest, first + 500); n++) if (index.find(segment, n) < 0) missing.push(n);
  // A range is walked for at most 500 numbers, as `pushTargetNumbers` names them; its end always.
  if (last > first + 500 && last <= highest && index.find(segment, last) < 0) missing.push(last);
  const runs = runsOf(missing);
  if (last > highest) {
    const from = Math.max(first, highest + 1);
    const previous = runs[runs.length - 1];
    if (previous && previous[1] === from - 1) previous[1] = last;
    else runs.push([from, last]);
  }
  return runs;
}

/** The `paragraph-ref-direction` finding of a reference known to point the wrong way. */
function reportDirection(draft: Draft, index: ParagraphIndex, segment: number, reference: ParagraphReference, out: Finding[]): void {
  const direction = reference.direction;
  if (!direction) return;
  for (const number of referencedNumbers(reference)) {
    const target = index.paragraph(segment, number.value);
    if (!target) continue;
    const contains = target.span.start <= reference.span.start && reference.span.end <= target.span.end;
    if (contains) continue;
    const isAbove = target.span.end <= reference.span.start;
    const wrong = (direction.word === 'above' && !isAbove) || (direction.word === 'below' && isAbove);
    if (!wrong) continue;
    // In the draft's own words: "supra"/"infra", "ci-dessus"/"ci-dessous", "above"/"below".
    const written = draft.text.slice(direction.span.start, direction.span.end);
    const replacement = swapDirection(written);
    const message = MESSAGES[languageOf(draft)].direction(number.value, isAbove, replacement, written);
    out.push({ code: 'paragraph-ref-direction', message, span: direction.span, data: { replacement } });
    return;
  }
}

const OPPOSITES: Record<string, string> = {
  above: 'below', below: 'above', 'ci-dessus': 'ci-dessous', 'ci-dessous': 'ci-dessus', supra: 'infra', infra: 'supra',
};

/** The opposite direction word, in the case it was written. */
function swapDirection(word: string): string {
  const opposite = OPPOSITES[word.toLowerCase()] ?? word;
  return word[0] === word[0].toUpperCase() ? opposite[0].toUpperCase() + opposite.slice(1) : opposite;
}

export const references = ruleFamily({
  name: 'references',
  rules: {
    'paragraph-ref-missing': {
      severity: 'error',
      reports: 'a reference to a paragraph the draft does not have',
      setting: 'A reference to a paragraph number the draft does not have.',
    },
    'paragraph-ref-direction': {
      severity: 'warning',
      reports: '"above" pointing down, or "below" pointing up',
      setting: '"above" pointing to a later paragraph, or "below" to an earlier one.',
    },
  },
  check: (draft, _context, out) => checkParagraphReferences(draft, new ParagraphIndex(draft), out),
  fixes: { 'paragraph-ref-direction': replacementFix((word, language) => MESSAGES[language].write(word), false) },
});
