// Builds lists from a paragraph's list lines. Nesting follows indentation,
// and, at equal indentation, the kind of marker: `(i)` under `(a)` opens a
// deeper level unless it follows `(h)`, in which case it is the letter i.
import type { List, ListItem, MarkerKind } from '../model';
import type { Span } from '../text';
import { readMarker } from './headings';
import { letterValue, romanValue } from './numerals';

/** A line of a list (a `BlockLine` is one). */
export interface ListLine {
  /** Trimmed content of the line. */
  content: string;
  /** Offset of the content's first character. */
  start: number;
  end: number;
  indent: number;
}

/** Deeper than any list of a report: (a), (i), then two more levels to spare. */
const MAX_DEPTH = 6;

interface Level {
  kind: MarkerKind;
  indent: number;
  lastValue: number;
  lastLabel: string;
  /** Index in `items` of the last item at this level. */
  lastItem: number;
}

/** The value of `label` read as `kind`, or 0 when it cannot be (`23.4` as `sub` is 4). */
function valueAs(kind: MarkerKind, label: string, numeric: boolean): number {
  const sub = label.indexOf('.');
  if (kind === 'sub' || sub >= 0) return kind === 'sub' && sub >= 0 ? Number(label.slice(sub + 1)) : 0;
  if (kind === 'number') return numeric ? Number(label) : 0;
  if (numeric) return 0;
  return kind === 'roman' ? romanValue(label) : letterValue(label);
}

/** The kind a marker has when it opens a new level. */
function openingKind(label: string, numeric: boolean, parent: Level | undefined): MarkerKind {
  if (label.indexOf('.') >= 0) return 'sub';
  if (numeric) return 'number';
  if (label === 'i') return parent?.kind === 'letter' || !parent ? 'roman' : 'letter';
  if (letterValue(label) === 0) return 'roman';
  return label.length > 1 && romanValue(label) > 0 ? 'roman' : 'letter';
}

export class ListBuilder {
  private readonly items: ListItem[] = [];
  private readonly levels: Level[] = [];
  /** The previous line's trimmed text: a wrapped item line follows one that does not end a sentence. */
  private previousContent = '';

  constructor(private readonly allowNumbers: boolean) {}

  get isEmpty(): boolean {
    return this.items.length === 0;
  }

  /** The value of the last numbered item at the outer level (agenda items), or 0. */
  get lastNumber(): number {
    const outer = this.levels.find((level) => level.kind === 'number');
    return outer?.lastValue ?? 0;
  }

  /** Adds one line: a marked item, an unmarked item, or a wrapped line of the current item. */
  add(line: ListLine): void {
    const previous = this.previousContent;
    this.previousContent = line.content;
    const marker = readMarker(line.content, this.allowNumbers);
    if (!marker) {
      this.addUnmarked(line, previous);
      return;
    }
    const depth = this.placeMarker(line.indent, marker.label, marker.numeric);
    const level = this.levels[depth];
    const value = valueAs(level.kind, marker.label, marker.numeric);
    const parent = depth > 0 ? this.levels[depth - 1].lastItem : -1;
    this.items.push({
      marker: level.kind,
      label: marker.label,
      value,
      markerSpan: { start: line.start, end: line.start + marker.label.length + (marker.sub ? 0 : line.content[0] === '(' ? 2 : 1) },
      span: { start: line.start, end: line.end },
      textSpan: { start: line.start + marker.length, end: line.end },
      depth,
      parent,
      indent: line.indent,
    });
    level.lastValue = value;
    level.lastLabel = marker.label;
    level.lastItem = this.items.length - 1;
  }

  build(span: Span, isAgenda: boolean): List {
    return { items: this.items, span, isAgenda };
  }

  private addUnmarked(line: ListLine, previous: string): void {
    const current = this.items[this.items.length - 1];
    // `/[.;:]$/.test(previous)` scanned the whole previous line: its last character is enough.
    const last = previous.charCodeAt(previous.length - 1);
    const first = line.content.charCodeAt(0);
    const wrapped = !(last === 46 || last === 59 || last === 58) || (first >= 97 && first <= 122);
    if (current && (line.indent > current.indent || wrapped)) {
      current.span.end = line.end;
      current.textSpan.end = line.end;
      return;
    }
    const depth = Math.max(0, this.levels.findIndex((level) => level.indent >= line.indent));
    const parent = depth > 0 ? this.levels[depth - 1]?.lastItem ?? -1 : -1;
    this.items.push({
      marker: 'none',
      label: '',
      value: 0,
      markerSpan: { start: line.start, end: line.start },
      span: { start: line.start, end: line.end },
      textSpan: { start: line.start, end: line.end },
      depth: this.levels.length === 0 ? 0 : depth,
      parent,
      indent: line.indent,
    });
  }

  /** Finds (or opens) the level a marker belongs to and returns its depth. */
  private placeMarker(indent: number, label: string, numeric: boolean): number {
    while (this.levels.length > 0 && this.levels[this.levels.length - 1].indent > indent + 1) this.levels.pop();
    const top = this.levels[this.levels.length - 1];
    if (!top || indent > top.indent + 1) return this.open(indent, label, numeric, top);
    // Same indentation: continue a level whose next value this is, nearest first.
    for (let depth = this.levels.length - 1; depth >= 0 && this.levels[depth].indent >= indent - 1; depth--) {
      const level = this.levels[depth];
      if (valueAs(level.kind, label, numeric) === level.lastValue + 1) {
        this.levels.length = depth + 1;
        return depth;
      }
    }
    const kind = openingKind(label, numeric, top);
    if (kind !== top.kind && valueAs(kind, label, numeric) === 1) return this.open(indent, label, numeric, top);
    const sameKind = this.levels.findIndex((level) => level.kind === kind && level.indent >= indent - 1);
    if (sameKind >= 0) {
      this.levels.length = sameKind + 1;
      return sameKind;
    }
    return this.levels.length - 1;
  }

  private open(indent: number, label: string, numeric: boolean, parent: Level | undefined): number {
    // Markers alternating at one indentation ((a), (i), (a), (i)…) would open a level each:
    // past MAX_DEPTH the deepest level is continued, which keeps every line's work bounded.
    if (this.levels.length >= MAX_DEPTH) return this.levels.length - 1;
    this.levels.push({ kind: openingKind(label, numeric, parent), indent, lastValue: 0, lastLabel: '', lastItem: -1 });
    return this.levels.length - 1;
  }
}
