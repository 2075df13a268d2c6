// What the cursor is on: a reference (to an agenda item, paragraphs or a
// document symbol), or a declaration (an agenda item, a paragraph's number,
// the masthead's symbol, a heading's label). Hover, definition and references
// all start here.
import type { AgendaReference, AgendaTarget, Draft, Heading, ParagraphReference, Reference } from '../model';
import { ParagraphIndex } from '../paragraphIndex';
import { headingReferencesIn, type HeadingReference } from '../parse/headingRefs';
import { headingOf, outlineCache } from '../rules/headingReferences';
import { firstWordSpan } from '../rules/paragraphs';
import type { ParsedSymbol } from '../symbols';
import type { Span } from '../text';
import { touches } from './common';

/** An agenda item, or one of its sub-items. */
export interface ItemKey {
  item: number;
  sub?: string;
}

export type Target =
  /** `reference` is set when the cursor is on a reference, unset on the agenda itself. */
  | { kind: 'agenda'; items: ItemKey[]; span: Span; reference?: AgendaReference }
  /** `segment`: -1 for the body, else the annex index. `paragraph` is set on a paragraph's own number. */
  | { kind: 'paragraph'; segment: number; numbers: number[]; span: Span; reference?: ParagraphReference; paragraph?: number }
  | { kind: 'symbol'; parsed: ParsedSymbol; span: Span; declaration: boolean }
  /** `reference` is set when the cursor is on "chapter III above" and the like, unset on the heading's label. */
  | { kind: 'heading'; heading: Heading; span: Span; reference?: HeadingReference }
  | { kind: 'unnumbered'; paragraph: number; span: Span };

/** The largest range of paragraph numbers a hover or a search expands. */
const MAX_EXPANDED = 50;

export function targetAt(draft: Draft, offset: number): Target | undefined {
  return referenceTarget(draft, offset) ?? headingReferenceTarget(draft, offset) ?? declarationTarget(draft, offset);
}

/** "chapter III above", "annex II": the heading it names (none when the draft lacks it). */
function headingReferenceTarget(draft: Draft, offset: number): Target | undefined {
  const stretch = draft.paragraphs.find((p) => touches(p.span, offset)) ?? draft.looseLists.find((list) => touches(list.span, offset));
  if (!stretch) return undefined;
  const reference = headingReferencesIn(draft, stretch.span).find((r) => touches(r.span, offset));
  if (!reference) return undefined;
  const target = reference.targets.find((t) => touches(t.span, offset)) ?? reference.targets[0];
  const heading = headingOf(draft, reference, target, outlineCache(draft));
  return heading ? { kind: 'heading', heading, span: reference.span, reference } : undefined;
}

function referenceTarget(draft: Draft, offset: number): Target | undefined {
  const reference = draft.references.find((r) => touches(r.span, offset));
  if (!reference) return undefined;
  return fromReference(draft, reference, offset);
}

function fromReference(draft: Draft, reference: Reference, offset: number): Target | undefined {
  switch (reference.kind) {
    case 'agenda':
      return { kind: 'agenda', items: agendaItemsAt(reference.targets, offset), span: reference.span, reference };
    case 'paragraph': {
      const segment = new ParagraphIndex(draft).segmentFor(reference);
      return { kind: 'paragraph', segment, numbers: paragraphNumbersAt(reference, offset), span: reference.span, reference };
    }
    case 'symbol':
      return { kind: 'symbol', parsed: reference.parsed, span: reference.span, declaration: false };
    default:
      return undefined;
  }
}

function keyOf(target: AgendaTarget): ItemKey {
  return target.sub ? { item: target.item.value, sub: target.sub.label } : { item: target.item.value };
}

/** The item whose number is under the cursor, else every item the reference names. */
function agendaItemsAt(targets: AgendaTarget[], offset: number): ItemKey[] {
  // A range's last number (`2 to 5`) is the span of every item it adds: the last of them is the one written.
  const hits = targets.filter((t) => touches(t.item.span, offset) || (t.sub !== undefined && touches(t.sub.span, offset)));
  if (hits.length > 0) return [keyOf(hits.reduce((a, b) => (b.item.value > a.item.value ? b : a)))];
  const keys: ItemKey[] = [];
  for (const target of targets) {
    const key = keyOf(target);
    if (!keys.some((k) => k.item === key.item && k.sub === key.sub)) keys.push(key);
  }
  return keys;
}

/** The number under the cursor, else every number the reference names (ranges expanded, bounded). */
export function paragraphNumbersAt(reference: ParagraphReference, offset: number): number[] {
  for (const target of reference.targets) {
    if (touches(target.first.span, offset)) return [target.first.value];
    if (target.last && touches(target.last.span, offset)) return [target.last.value];
  }
  return expandedNumbers(reference);
}

export function expandedNumbers(reference: ParagraphReference): number[] {
  const numbers: number[] = [];
  const add = (value: number) => {
    if (!numbers.includes(value) && numbers.length < MAX_EXPANDED) numbers.push(value);
  };
  for (const target of reference.targets) {
    add(target.first.value);
    if (!target.last) continue;
    for (let value = target.first.value + 1; value <= target.last.value; value++) add(value);
  }
  return numbers;
}

function declarationTarget(draft: Draft, offset: number): Target | undefined {
  const symbol = draft.masthead?.symbol;
  if (symbol && touches(symbol.span, offset)) return { kind: 'symbol', parsed: symbol.parsed, span: symbol.span, declaration: true };
  return agendaDeclaration(draft, offset) ?? headingAt(draft, offset) ?? paragraphNumberAt(draft, offset);
}

function agendaDeclaration(draft: Draft, offset: number): Target | undefined {
  if (!draft.agenda || !touches(draft.agenda.span, offset)) return undefined;
  for (const item of draft.agenda.items) {
    if (touches(item.numberSpan, offset)) return { kind: 'agenda', items: [{ item: item.number }], span: item.numberSpan };
    for (const sub of item.subItems) {
      const label = { start: sub.span.start, end: sub.titleSpan.start };
      if (touches(label, offset)) return { kind: 'agenda', items: [{ item: item.number, sub: sub.label }], span: label };
    }
  }
  return undefined;
}

function headingAt(draft: Draft, offset: number): Target | undefined {
  const heading = draft.headings.find((h) => touches(h.labelSpan, offset));
  return heading ? { kind: 'heading', heading, span: heading.labelSpan } : undefined;
}

function paragraphNumberAt(draft: Draft, offset: number): Target | undefined {
  const index = draft.paragraphs.findIndex((p) => p.span.start <= offset && offset <= p.span.end);
  if (index < 0) return undefined;
  const paragraph = draft.paragraphs[index];
  if (paragraph.number !== undefined && paragraph.numberSpan) {
    if (!touches(paragraph.numberSpan, offset)) return undefined;
    return { kind: 'paragraph', segment: paragraph.annex, numbers: [paragraph.number], span: paragraph.numberSpan, paragraph: index };
  }
  const word = firstWordSpan(draft, paragraph);
  return touches(word, offset) ? { kind: 'unnumbered', paragraph: index, span: word } : undefined;
}
