// paragraph-ref-missing and paragraph-ref-direction: "paragraph 15 above" must
// name a paragraph the draft has, and "above" must point up.
import type { Finding } from '../diagnostics';
import type { Draft, ParagraphReference, ParagraphTarget } from '../model';
import { ParagraphIndex, pushTargetNumbers, referencedNumbers } from '../paragraphIndex';
import { replacementFix, ruleFamily } from './rule';

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
    const annexLabel = segment < 0 ? '' : draft.annexes[segment].heading.label;
    const where = segment < 0 ? 'the report' : annexLabel ? `annex ${annexLabel}` : 'the annex';
    const named: { value: number; span: { start: number; end: number } }[] = [];
    pushTargetNumbers(target, named);
    const missing = named.filter((n) => index.find(segment, n.value) < 0);
    if (missing.length === 0) continue;
    allFound = false;
    const last = index.last(segment);
    const range = last > 0 ? `its paragraphs run from 1 to ${last}` : 'it has no numbered paragraphs';
    const numbers = missing.length === 1 ? `is no paragraph ${missing[0].value}` : `are no paragraphs ${missing[0].value} to ${missing[missing.length - 1].value}`;
    out.push({ code: 'paragraph-ref-missing', message: `There ${numbers} in ${where}: ${range}.`, span: missing[missing.length - 1].span });
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
    const where = isAbove ? 'earlier' : 'later';
    out.push({ code: 'paragraph-ref-direction', message: `Paragraph ${number.value} comes ${where} in the draft: write "${replacement}", not "${written}".`, span: direction.span, data: { replacement } });
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
  fixes: { 'paragraph-ref-direction': replacementFix((word) => `Write "${word}"`, false) },
});
