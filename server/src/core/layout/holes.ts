// What the page shows inside a block but is not the block's text: page furniture (running heads
// and feet) and the footnotes printed at the foot of a page, both of which may cut a paragraph in
// two. The layout reads a block's text around them and places the footnotes after the block.
import type { Draft } from '../model';
import { collapseSpace, type Span } from '../text';
import type { LayoutNote } from './model';

/** The footnotes after one separator line: the group's span runs from the separator to its last note. */
export interface NoteGroup {
  span: Span;
  notes: LayoutNote[];
}

export interface Holes {
  /** Furniture and note groups, sorted by start. */
  spans: Span[];
  groups: NoteGroup[];
}

export function holesOf(draft: Draft): Holes {
  const groups = noteGroupsOf(draft);
  const spans = draft.furniture.map((f) => f.span).concat(groups.map((g) => g.span));
  spans.sort((a, b) => a.start - b.start);
  return { spans, groups };
}

function noteGroupsOf(draft: Draft): NoteGroup[] {
  const separators = draft.footnoteSeparators;
  const groups: NoteGroup[] = [];
  let next = 0;
  for (let s = 0; s < separators.length; s++) {
    const separator = separators[s];
    const limit = s + 1 < separators.length ? separators[s + 1].start : Number.POSITIVE_INFINITY;
    const notes: LayoutNote[] = [];
    let end = separator.end;
    while (next < draft.footnotes.length && draft.footnotes[next].span.start < separator.start) next++;
    for (; next < draft.footnotes.length && draft.footnotes[next].span.start < limit; next++) {
      const note = draft.footnotes[next];
      const written = collapseSpace(draft.text.slice(note.span.start, note.span.end));
      notes.push({ label: note.label, text: written.slice(note.label.length).trimStart() });
      end = Math.max(end, note.span.end);
    }
    groups.push({ span: { start: separator.start, end }, notes });
  }
  return groups;
}

/** The index of the first hole that ends after `start` (holes are sorted and do not overlap). */
function firstHoleAfter(holes: readonly Span[], start: number): number {
  let low = 0;
  let high = holes.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (holes[mid].end <= start) low = mid + 1;
    else high = mid;
  }
  return low;
}

/** text[start, end) without the holes inside it, its spaces and line breaks collapsed. */
export function textAround(text: string, start: number, end: number, holes: readonly Span[]): string {
  return collapseSpace(piecesAround(text, start, end, holes).join(' '));
}

/** text[start, end) without the holes inside it, its lines kept (each collapsed, blank ones left out) and joined by `\n`. */
export function linesAround(text: string, start: number, end: number, holes: readonly Span[]): string {
  const lines: string[] = [];
  for (const piece of piecesAround(text, start, end, holes)) {
    for (const line of piece.split('\n')) {
      const collapsed = collapseSpace(line);
      if (collapsed !== '') lines.push(collapsed);
    }
  }
  return lines.join('\n');
}

function piecesAround(text: string, start: number, end: number, holes: readonly Span[]): string[] {
  const pieces: string[] = [];
  let at = start;
  for (let h = firstHoleAfter(holes, start); h < holes.length && holes[h].start < end; h++) {
    if (holes[h].start > at) pieces.push(text.slice(at, holes[h].start));
    at = Math.max(at, holes[h].end);
  }
  if (at < end) pieces.push(text.slice(at, end));
  return pieces;
}

/** Whether [start, end) lies inside one hole. */
export function insideHole(holes: readonly Span[], start: number, end: number): boolean {
  const h = firstHoleAfter(holes, start);
  return h < holes.length && holes[h].start <= start && end <= holes[h].end;
}

/** The note groups inside [start, end) (groups are sorted by start). */
export function groupsWithin(groups: readonly NoteGroup[], start: number, end: number): NoteGroup[] {
  let low = 0;
  let high = groups.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (groups[mid].span.start < start) low = mid + 1;
    else high = mid;
  }
  const within: NoteGroup[] = [];
  for (let g = low; g < groups.length && groups[g].span.end <= end; g++) within.push(groups[g]);
  return within;
}
