// paragraph-sequence, paragraph-duplicate, paragraph-unnumbered (format.md,
// "Facts to use"): each break is reported where it happens, and checking goes
// on from the number actually written, so one missing number is one diagnostic.
import type { Finding } from '../diagnostics';
import { renumberParagraphs } from '../fix/renumber';
import type { Draft, Paragraph } from '../model';
import { tokenize } from '../parse/tokens';
import type { Span } from '../text';
import { ruleFamily, within, type Fix } from './rule';

function segmentName(draft: Draft, annex: number): string {
  if (annex < 0) return 'the body';
  const label = draft.annexes[annex].heading.label;
  return label ? `annex ${label}` : 'the annex';
}

/** The first word of a paragraph: where a diagnostic about the whole paragraph sits. */
export function firstWordSpan(draft: Draft, paragraph: Paragraph): Span {
  const first = tokenize(draft.text, paragraph.span.start, Math.min(paragraph.span.end, paragraph.span.start + 200)).get(0);
  return first ? { start: first.start, end: first.end } : paragraph.span;
}

/** "number 7 is missing", "numbers 3 and 4 are missing", "numbers 9 to 11 are missing" — leaving out numbers already used. */
function missingText(from: number, to: number, used: readonly unknown[]): string {
  const missing: number[] = [];
  for (let n = from; n <= to && missing.length < 1000; n++) if (used[n] === undefined) missing.push(n);
  if (missing.length === 1) return `number ${missing[0]} is missing`;
  const consecutive = missing.every((n, i) => i === 0 || n === missing[i - 1] + 1);
  if (missing.length === 2) return `numbers ${missing[0]} and ${missing[1]} are missing`;
  return consecutive ? `numbers ${missing[0]} to ${missing[missing.length - 1]} are missing` : `numbers ${missing.slice(0, -1).join(', ')} and ${missing[missing.length - 1]} are missing`;
}

export function checkParagraphNumbers(draft: Draft, out: Finding[]): void {
  let annex = -2;
  let previous = 0;
  let highest = 0;
  let unnumbered = 0;
  // The first paragraph of each number, at that number (numbers are small integers, mostly in sequence).
  let seen: Paragraph[] = [];
  for (let at = 0; at < draft.paragraphs.length; at++) {
    const paragraph = draft.paragraphs[at];
    if (paragraph.annex !== annex) {
      annex = paragraph.annex;
      previous = highest = unnumbered = 0;
      seen = [];
    }
    if (paragraph.exempt) continue;
    if (paragraph.number === undefined || !paragraph.numberSpan) {
      out.push({ code: 'paragraph-unnumbered', message: unnumberedMessage(paragraph, previous), span: firstWordSpan(draft, paragraph) });
      unnumbered++;
      continue;
    }
    const number = paragraph.number;
    const span = paragraph.numberSpan;
    const first = seen[number];
    if (first) {
      const line = draft.lineMap.position(first.span.start).line + 1;
      out.push({ code: 'paragraph-duplicate', message: `Paragraph number ${number} is used twice: paragraph ${number} is already on line ${line}.`, span });
      // The duplicate holds a place in the sequence, like an unnumbered paragraph: 5, 5, 7 is one defect.
      if (number === previous) {
        unnumbered++;
        continue;
      }
    } else {
      const message = sequenceMessage(number, previous, highest, unnumbered, previous === 0 && unnumbered === 0 ? segmentName(draft, annex) : undefined, seen);
      if (message) out.push({ code: 'paragraph-sequence', message, span });
      seen[number] = paragraph;
    }
    previous = number;
    highest = Math.max(highest, number);
    unnumbered = 0;
  }
}

function unnumberedMessage(paragraph: Paragraph, previous: number): string {
  if (paragraph.impliedNumber !== undefined) return `This paragraph has no number: it should be paragraph ${paragraph.impliedNumber}.`;
  return previous > 0 ? `This paragraph has no number (it follows paragraph ${previous}).` : 'This paragraph has no number.';
}

/** The message for a number that breaks the sequence, or undefined when it is in sequence. */
function sequenceMessage(number: number, previous: number, highest: number, unnumbered: number, firstIn: string | undefined, used: readonly unknown[]): string | undefined {
  if (unnumbered > 0) {
    if (number >= previous + 1 && number <= previous + 1 + unnumbered) return undefined;
    const expected = unnumbered === 1 ? `${previous + 1} or ${previous + 2}` : `${previous + 1} to ${previous + 1 + unnumbered}`;
    const after = previous > 0 ? `paragraph ${previous} and ` : '';
    return `Paragraph ${number} follows ${after}${unnumbered === 1 ? 'an unnumbered paragraph' : `${unnumbered} unnumbered paragraphs`}: expected ${expected}.`;
  }
  if (number === previous + 1) return undefined;
  if (firstIn) {
    return firstIn === 'the body'
      ? `The first paragraph is numbered ${number}: paragraphs are numbered from 1.`
      : `The first paragraph of ${firstIn} is numbered ${number}: numbering restarts at 1 in each annex.`;
  }
  // Back in step after a number that went backwards: the skipped numbers were used already.
  if (number === highest + 1) return undefined;
  if (number < previous) return `Paragraph ${number} follows paragraph ${previous}: the numbering goes backwards.`;
  return `Paragraph ${number} follows paragraph ${previous}: ${missingText(previous + 1, number - 1, used)}.`;
}

/** Renumbers the paragraphs, references included; the title says what becomes of this one. */
function paragraphFix(draft: Draft, finding: Finding): Fix[] {
  const renumbered = renumberParagraphs(draft);
  if (renumbered.edits.length === 0) return [];
  const index = draft.paragraphs.findIndex((p) => within(p.span, finding.span));
  const n = renumbered.numbers.get(index);
  const title = finding.code === 'paragraph-unnumbered'
    ? n !== undefined ? `Number this paragraph ${n} and renumber the paragraphs after it` : 'Renumber the paragraphs'
    : n !== undefined ? `Renumber the paragraphs (this one becomes ${n}), references included` : 'Renumber the paragraphs, references included';
  if (finding.code === 'paragraph-unnumbered' && n === undefined) return [];
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
