// Text edits on UTF-16 offsets: what every fix produces. Edits of one fix
// never overlap; `mergeEdits` keeps the first of two that would.
import type { Span } from '../text';

export interface TextEdit {
  span: Span;
  newText: string;
}

export function replace(start: number, end: number, newText: string): TextEdit {
  return { span: { start, end }, newText };
}

function byPosition(a: TextEdit, b: TextEdit): number {
  return a.span.start - b.span.start || a.span.end - b.span.end;
}

/** Two edits overlap when they share a character, or both insert at one offset (their order would be ambiguous). */
function overlap(a: TextEdit, b: TextEdit): boolean {
  if (a.span.start === b.span.start && (a.span.start === a.span.end || b.span.start === b.span.end)) return true;
  return a.span.start < b.span.end && b.span.start < a.span.end;
}

/** Where `edit` would go in `kept` (disjoint, in text order). */
function insertionPoint(kept: readonly TextEdit[], edit: TextEdit): number {
  let low = 0;
  let high = kept.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (byPosition(kept[mid], edit) < 0) low = mid + 1;
    else high = mid;
  }
  return low;
}

function clashes(kept: readonly TextEdit[], edit: TextEdit): boolean {
  const at = insertionPoint(kept, edit);
  return [kept[at - 1], kept[at], kept[at + 1]].some((other) => other !== undefined && overlap(other, edit));
}

/** The edits of one group, each kept unless it overlaps one kept before it in the group's order; in text order. */
function disjointInOrder(edits: readonly TextEdit[]): TextEdit[] {
  const sorted = [...edits].sort(byPosition);
  if (disjoint(sorted)) return sorted;
  // Rare (a fix whose own edits overlap): one at a time, first come first kept.
  const kept: TextEdit[] = [];
  for (const edit of edits) if (!clashes(kept, edit)) kept.splice(insertionPoint(kept, edit), 0, edit);
  return kept;
}

/** Two disjoint lists in text order, as one. */
function mergeSorted(a: readonly TextEdit[], b: readonly TextEdit[]): TextEdit[] {
  const out: TextEdit[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) out.push(j >= b.length || (i < a.length && byPosition(a[i], b[j]) <= 0) ? a[i++] : b[j++]);
  return out;
}

/**
 * Edits in text order without no-ops or duplicates. Where two overlap, the one
 * that comes first in `groups` order wins (pass the most important fix first).
 * Linearithmic: renumbering a long draft gives hundreds of thousands of edits.
 */
export function mergeEdits(text: string, ...groups: TextEdit[][]): TextEdit[] {
  let kept: TextEdit[] = [];
  for (const group of groups) {
    const fresh = group.filter((edit) => text.slice(edit.span.start, edit.span.end) !== edit.newText && !clashes(kept, edit));
    kept = mergeSorted(kept, disjointInOrder(fresh));
  }
  return kept;
}

/** True when no two edits overlap. */
export function disjoint(edits: readonly TextEdit[]): boolean {
  const sorted = [...edits].sort(byPosition);
  for (let i = 1; i < sorted.length; i++) if (overlap(sorted[i - 1], sorted[i])) return false;
  return true;
}

/** Applies non-overlapping edits (throws on overlapping ones: a bug in a fix, never user input). */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  const sorted = [...edits].sort(byPosition);
  if (!disjoint(sorted)) throw new Error('overlapping edits');
  // The pieces are joined once: a string grown by `+=` per edit is a rope as deep as the edits are many.
  const pieces: string[] = [];
  let at = 0;
  for (const edit of sorted) {
    pieces.push(text.slice(at, edit.span.start), edit.newText);
    at = edit.span.end;
  }
  pieces.push(text.slice(at));
  return pieces.join('');
}

/** The line break the draft uses (CRLF, LF or CR), LF when it has none. */
export function lineBreakOf(text: string): string {
  const i = text.search(/[\r\n]/);
  if (i < 0) return '\n';
  return text[i] === '\r' ? (text[i + 1] === '\n' ? '\r\n' : '\r') : '\n';
}
