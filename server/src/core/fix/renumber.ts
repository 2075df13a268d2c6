// Renumbering paragraphs: 1..N through the body and again in each annex, the
// unnumbered paragraphs included, and every paragraph reference rewritten so
// that it names the same paragraph as before. What a reference means is read
// before renumbering: old number → paragraph (as ParagraphIndex resolves it,
// implied numbers included) → that paragraph's new number.
import type { Draft, NumberPart, Paragraph } from '../model';
import { ParagraphIndex } from '../paragraphIndex';
import type { Span } from '../text';
import { replace, type TextEdit } from './edits';
import { LARGEST_LABEL, refusal, type Refusal } from './labelLimits';

/** A reference left as written because the number it names does not exist (before renumbering). */
export interface UnresolvedReference {
  kind: 'paragraph' | 'agenda';
  number: number;
  span: Span;
}

export interface RenumberResult {
  edits: TextEdit[];
  unresolved: UnresolvedReference[];
  /** Unnumbered paragraphs left without a number: numbered, they would read as a subsection heading, or they start with a bullet and a number (a PDF paste). */
  skipped: Span[];
  /** The new number of each paragraph, by index in `draft.paragraphs` (absent when it has none). */
  numbers: Map<number, number>;
  /** Set when a body or an annex would need more paragraphs than numbers can be written: nothing is renumbered. */
  refused: Refusal[];
}

export interface RenumberOptions {
  /** Leave a number free after this paragraph (index in `draft.paragraphs`) for a paragraph about to be inserted. */
  gapAfter?: number;
}

/** `2.Several` (a number typed without its space) at the start of a paragraph. */
const GLUED_NUMBER = /^\d{1,5}\.(?=[^\s\d])/;
const CLOSERS = '"\'”’»)]';

/** True when `N. text` would be a subsection heading (format.md, "Headings"): one line, no final punctuation. */
export function wouldReadAsHeading(text: string): boolean {
  if (/[\r\n]/.test(text) || text.length > 250 || /^[a-z]/.test(text)) return false;
  let end = text.length;
  while (end > 0 && (CLOSERS.includes(text[end - 1]) || /\s/.test(text[end - 1]))) end--;
  return end > 0 && !'.,:;'.includes(text[end - 1]);
}

const LABEL_AHEAD = /^\s*(?:[IVXLC]{1,6}\.|[A-Z]\.|[0-9]{1,4}\.|\(?[a-z]{1,4}\)|\([0-9]{1,4}\))/;

/** A bullet then a label, as text copied from a PDF keeps them (`- 5. The summary…`, `• (a) …`). */
const BULLETED_LABEL = /^\s*[-•–▪\uf0b7]\s*(?:[0-9]{1,4}\.|\(?[a-z]{1,4}\)|\([0-9]{1,4}\))/;

/**
 * True when the text at `at` opens with a heading or list label ("D. Documentation", "(b) …"),
 * also behind a bullet ("- 5. The summary…"): such a line is not given a number or marker in
 * front of it. Checked on a short slice: linear.
 */
export function startsWithLabel(text: string, at: number): boolean {
  const ahead = text.slice(at, at + 16);
  return LABEL_AHEAD.test(ahead) || BULLETED_LABEL.test(ahead);
}

/** True when the text at `at` opens with a bullet and a label (`- 5. The summary…`): a PDF paste's paragraph, numbered already. */
function startsWithBulletedLabel(text: string, at: number): boolean {
  return BULLETED_LABEL.test(text.slice(at, at + 16));
}

function contentStart(draft: Draft, paragraph: Paragraph): number {
  let at = paragraph.span.start;
  while (at < paragraph.span.end && (draft.text[at] === ' ' || draft.text[at] === '\t')) at++;
  return at;
}

/** The edit that gives an unnumbered paragraph number `n`, or undefined when it would become a heading. */
function numberingEdit(draft: Draft, paragraph: Paragraph, n: number): TextEdit | undefined {
  const start = contentStart(draft, paragraph);
  const text = draft.text.slice(start, paragraph.span.end);
  const glued = GLUED_NUMBER.exec(text);
  const rest = glued ? text.slice(glued[0].length) : text;
  if (paragraph.lists.length === 0 && wouldReadAsHeading(rest)) return undefined;
  if (!glued && startsWithLabel(draft.text, start)) return undefined;
  return glued ? replace(start, start + glued[0].length, `${n}. `) : replace(start, start, `${n}. `);
}

export function renumberParagraphs(draft: Draft, options: RenumberOptions = {}): RenumberResult {
  const result: RenumberResult = { edits: [], unresolved: [], skipped: [], numbers: new Map(), refused: [] };
  const counters = new Map<number, number>();
  // Segments after a paragraph whose number is behind a bullet (`- 5. The summary…`, a PDF paste):
  // such a block may hold several paragraphs, so how many came before is unknown there.
  const uncounted = new Set<number>();
  draft.paragraphs.forEach((paragraph, index) => {
    const reserve = () => {
      if (options.gapAfter === index) counters.set(paragraph.annex, (counters.get(paragraph.annex) ?? 0) + 1);
    };
    if (paragraph.exempt) return reserve();
    const n = (counters.get(paragraph.annex) ?? 0) + 1;
    if (paragraph.number === undefined || !paragraph.numberSpan) {
      const edit = uncounted.has(paragraph.annex) ? undefined : numberingEdit(draft, paragraph, n);
      if (!edit) {
        result.skipped.push(paragraph.span);
        if (startsWithBulletedLabel(draft.text, contentStart(draft, paragraph))) uncounted.add(paragraph.annex);
        return reserve();
      }
      result.edits.push(edit);
    } else if (uncounted.delete(paragraph.annex)) {
      // The first number written after them is kept, and counting goes on from it.
      counters.set(paragraph.annex, paragraph.number);
      result.numbers.set(index, paragraph.number);
      return reserve();
    } else if (paragraph.number !== n) {
      result.edits.push(replace(paragraph.numberSpan.start, paragraph.numberSpan.end, String(n)));
    }
    counters.set(paragraph.annex, n);
    result.numbers.set(index, n);
    reserve();
  });
  const refused = tooMany(draft, counters, result.numbers);
  if (refused.length > 0) return { edits: [], unresolved: [], skipped: [], numbers: new Map(), refused };
  rewriteReferences(draft, result);
  return result;
}

/** A refusal for each body or annex whose last number could not be written, at the paragraph that would get the first such number. */
function tooMany(draft: Draft, counters: Map<number, number>, numbers: Map<number, number>): Refusal[] {
  const refused: Refusal[] = [];
  for (const [annex, count] of counters) {
    if (count <= LARGEST_LABEL.paragraph) continue;
    let first = draft.paragraphs[draft.paragraphs.length - 1];
    for (const [index, n] of numbers) {
      if (n > LARGEST_LABEL.paragraph && draft.paragraphs[index].annex === annex) {
        first = draft.paragraphs[index];
        break;
      }
    }
    const what = annex < 0 ? 'The body' : `Annex ${draft.annexes[annex]?.heading.label ?? ''}`.trim();
    const found = refusal('paragraph', count, first.span, what);
    if (found) refused.push(found);
  }
  return refused;
}

function rewriteReferences(draft: Draft, result: RenumberResult): void {
  const index = new ParagraphIndex(draft);
  for (const reference of draft.references) {
    if (reference.kind !== 'paragraph') continue;
    const segment = index.segmentFor(reference);
    const newNumber = (part: NumberPart) => result.numbers.get(index.find(segment, part.value));
    for (const target of reference.targets) {
      const parts = target.last ? [target.first, target.last] : [target.first];
      const mapped = parts.map(newNumber);
      const missing = parts.filter((_, i) => mapped[i] === undefined);
      if (missing.length > 0) {
        // The whole target stays as written: half a range renumbered would mean something new.
        for (const part of missing) result.unresolved.push({ kind: 'paragraph', number: part.value, span: part.span });
        continue;
      }
      parts.forEach((part, i) => {
        if (mapped[i] !== part.value) result.edits.push(replace(part.span.start, part.span.end, String(mapped[i])));
      });
    }
  }
}
