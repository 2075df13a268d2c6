// Finds paragraphs by number. The body and each annex number their paragraphs
// on their own, so a lookup names its segment: -1 for the body, or the annex index.
import type { Draft, Paragraph, ParagraphReference, ParagraphTarget } from './model';

export class ParagraphIndex {
  /**
   * Per segment, the index in `draft.paragraphs` of each paragraph number, at that number:
   * paragraph numbers are small integers (at most five digits), nearly all in sequence, so an
   * array with holes is cheaper to fill and to read than a map.
   */
  private readonly segments = new Map<number, number[]>();

  constructor(private readonly draft: Draft) {
    const paragraphs = draft.paragraphs;
    let annex = NaN;
    let byNumber: number[] = [];
    for (let index = 0; index < paragraphs.length; index++) {
      const paragraph = paragraphs[index];
      const number = paragraph.number ?? paragraph.impliedNumber;
      if (number === undefined) continue;
      if (paragraph.annex !== annex) {
        annex = paragraph.annex;
        let segment = this.segments.get(annex);
        if (!segment) this.segments.set(annex, (segment = []));
        byNumber = segment;
      }
      if (byNumber[number] === undefined) byNumber[number] = index;
    }
  }

  /** Index in `draft.paragraphs` of paragraph `number` of a segment, or -1. */
  find(segment: number, number: number): number {
    return this.segments.get(segment)?.[number] ?? -1;
  }

  paragraph(segment: number, number: number): Paragraph | undefined {
    const index = this.find(segment, number);
    return index >= 0 ? this.draft.paragraphs[index] : undefined;
  }

  /** The highest number in a segment (0 when it has none). */
  last(segment: number): number {
    return Math.max(0, (this.segments.get(segment)?.length ?? 0) - 1);
  }

  /** The segment a reference at `offset` points into: its annex for a bare reference inside an annex, else the body. */
  segmentFor(reference: ParagraphReference): number {
    if (reference.scope === 'body') return -1;
    return annexAt(this.draft, reference.span.start);
  }
}

/** Index of the annex containing `offset`, or -1 for the body. */
export function annexAt(draft: Draft, offset: number): number {
  let annex = -1;
  for (let i = 0; i < draft.annexes.length; i++) {
    if (draft.annexes[i].heading.span.start <= offset) annex = i;
    else break;
  }
  return annex;
}

/** Every paragraph number a reference names, ranges expanded (bounded, so `1–99999` cannot blow up). */
export function referencedNumbers(reference: ParagraphReference): { value: number; span: { start: number; end: number } }[] {
  const numbers: { value: number; span: { start: number; end: number } }[] = [];
  for (const target of reference.targets) pushTargetNumbers(target, numbers);
  return numbers;
}

/** The numbers one target of a reference names (see `referencedNumbers`), appended to `numbers`. */
export function pushTargetNumbers(target: ParagraphTarget, numbers: { value: number; span: { start: number; end: number } }[]): void {
  numbers.push(target.first);
  if (!target.last) return;
  const to = Math.min(target.last.value, target.first.value + 500);
  for (let value = target.first.value + 1; value < to; value++) numbers.push({ value, span: target.last.span });
  if (target.last.value > target.first.value) numbers.push(target.last);
}
