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

/**
 * Edits in text order without no-ops or duplicates. Where two overlap, the one
 * that comes first in `groups` order wins (pass the most important fix first).
 */
export function mergeEdits(text: string, ...groups: TextEdit[][]): TextEdit[] {
  // Kept in text order; a binary search finds the neighbours a new edit could overlap.
  const kept: TextEdit[] = [];
  for (const group of groups) {
    for (const edit of group) {
      if (text.slice(edit.span.start, edit.span.end) === edit.newText) continue;
      let low = 0;
      let high = kept.length;
      while (low < high) {
        const mid = (low + high) >> 1;
        if (byPosition(kept[mid], edit) < 0) low = mid + 1;
        else high = mid;
      }
      const clash = [kept[low - 1], kept[low], kept[low + 1]].some((other) => other !== undefined && overlap(other, edit));
      if (!clash) kept.splice(low, 0, edit);
    }
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
  let out = '';
  let at = 0;
  for (const edit of sorted) {
    out += text.slice(at, edit.span.start) + edit.newText;
    at = edit.span.end;
  }
  return out + text.slice(at);
}

/** The line break the draft uses (CRLF, LF or CR), LF when it has none. */
export function lineBreakOf(text: string): string {
  const i = text.search(/[\r\n]/);
  if (i < 0) return '\n';
  return text[i] === '\r' ? (text[i + 1] === '\n' ? '\r\n' : '\r') : '\n';
}
