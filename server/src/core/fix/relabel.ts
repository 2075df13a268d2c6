// Relabelling lists and headings: list markers run (a), (b), (c)… or (i), (ii)…
// or 1, 2, 3… within each level of a list; chapters I, II…, sections A, B…,
// subsections 1, 2… and subheadings (a), (b)… as rules/headings.ts expects them.
// Renumbering the agenda carries the `agenda item N` references with it.
import type { Draft, Heading, HeadingKind, List, ListItem } from '../model';
import { toLetter, toRoman, toUpperLetter } from '../parse/numerals';
import { allLists } from '../parse/scan';
import type { Span } from '../text';
import { replace, type TextEdit } from './edits';
import { LARGEST_LABEL, refusal, type LabelKind, type Refusal } from './labelLimits';
import { startsWithLabel, type UnresolvedReference } from './renumber';

export interface RelabelResult {
  edits: TextEdit[];
  unresolved: UnresolvedReference[];
  /** Lists (one level each) or headings that would need labels no one can write: left as written. */
  refused: Refusal[];
}

/** `prefix`: the paragraph number a sub-number (`23.1`) starts with. */
function markerLabel(marker: ListItem['marker'], value: number, prefix: string): string {
  if (marker === 'sub') return `${prefix}.${value}`;
  if (marker === 'number') return String(value);
  return marker === 'roman' ? toRoman(value) : toLetter(value);
}

const LABEL_OF_KIND: Record<string, RegExp> = { number: /^[0-9]+$/, letter: /^[a-z]+$/, roman: /^[ivxlc]+$/, sub: /^[0-9]+\.[0-9]+$/ };

/** True when the item's label is written in its kind of marker (a stray "(c)" read as a number is left alone). */
function writtenAs(item: ListItem): boolean {
  return LABEL_OF_KIND[item.marker]?.test(item.label) ?? false;
}

/** Where the label sits inside a marker: `(a)` → `a`, `a)` → `a`, `3.` → `3`. */
function labelSpan(text: string, item: ListItem): Span {
  const start = item.markerSpan.start + (text[item.markerSpan.start] === '(' ? 1 : 0);
  return { start, end: start + item.label.length };
}

/** The column of `at` when only spaces and tabs precede it on its line; -1 otherwise. */
function indentOf(text: string, at: number): number {
  let start = at;
  while (start > 0 && (text[start - 1] === ' ' || text[start - 1] === '\t')) start--;
  return start === 0 || text[start - 1] === '\n' || text[start - 1] === '\r' ? at - start : -1;
}

/** The refusal of one level of a list when one of its items would need a label too large to be read back. */
function levelRefusal(list: List, members: number[], model: ListItem): Refusal | undefined {
  for (let position = 0; position < members.length; position++) {
    const item = list.items[members[position]];
    const marker = item.marker === 'none' ? model.marker : item.marker;
    // A sub-number's second part (`23.1`) is read back as a numbered item's is.
    const kind = (marker === 'sub' ? 'number' : marker) as LabelKind;
    if (position + 1 > LARGEST_LABEL[kind]) return refusal(kind, members.length, item.markerSpan, 'This level of the list');
  }
  return undefined;
}

/**
 * New values of one list's items (index → value), and the edits that write them. Sub-numbers
 * (`23.1`) take `owner`, the number of their paragraph, as their first part.
 */
function relabelList(text: string, list: List, edits: TextEdit[], refused: Refusal[], owner?: number): Map<number, number> {
  const values = new Map<number, number>();
  const groups = new Map<string, number[]>();
  list.items.forEach((item, i) => {
    const key = `${item.parent}:${item.depth}`;
    const members = groups.get(key);
    if (members) members.push(i);
    else groups.set(key, [i]);
  });
  for (const members of groups.values()) {
    const model = members.map((i) => list.items[i]).find((item) => item.marker !== 'none');
    if (!model) continue;
    const tooLong = levelRefusal(list, members, model);
    if (tooLong) {
      refused.push(tooLong);
      continue;
    }
    const open = text[model.markerSpan.start] === '(' ? '(' : '';
    const close = model.marker === 'sub' ? '' : text[labelSpan(text, model).end] ?? ')';
    const prefix = owner !== undefined ? String(owner) : model.label.slice(0, model.label.indexOf('.'));
    members.forEach((i, position) => {
      const item = list.items[i];
      const value = position + 1;
      // Each item keeps its own kind of marker: in a garbled agenda, a numbered item can share a
      // level with lettered ones ("2." must not become "b."; `npm run fuzz -- --target fix`).
      const label = markerLabel(item.marker === 'none' ? model.marker : item.marker, value, prefix);
      values.set(i, value);
      if (item.marker === 'none') {
        // A line that already starts with a label of another kind ("B. Attendance" run into an
        // agenda) is not given a second one: "5. B. Attendance" would be wrong either way.
        // Only an item in the column of its siblings' markers is taken to have lost its marker:
        // a stray line run into a list (a symbol, a heading) is left as written.
        const inColumn = indentOf(text, item.markerSpan.start) === indentOf(text, model.markerSpan.start);
        if (inColumn && !startsWithLabel(text, item.markerSpan.start)) edits.push(replace(item.markerSpan.start, item.markerSpan.start, `${open}${label}${close} `));
      }
      else if (item.label !== label && writtenAs(item)) {
        const span = labelSpan(text, item);
        edits.push(replace(span.start, span.end, label));
      }
    });
  }
  return values;
}

/** Relabels every list (or only `only`), and the agenda references when the agenda is renumbered. */
export function relabelLists(draft: Draft, only?: List): RelabelResult {
  const result: RelabelResult = { edits: [], unresolved: [], refused: [] };
  const owners = new Map<List, number>();
  for (const paragraph of draft.paragraphs) for (const list of paragraph.lists) if (paragraph.number !== undefined) owners.set(list, paragraph.number);
  for (const list of allLists(draft)) {
    if (only && list !== only) continue;
    const values = relabelList(draft.text, list, result.edits, result.refused, owners.get(list));
    if (list.isAgenda) rewriteAgendaReferences(draft, list, values, result);
  }
  return result;
}

/** `agenda item 3 (b)` follows item 3 and its sub-item (b) to their new numbers. */
function rewriteAgendaReferences(draft: Draft, list: List, values: Map<number, number>, result: RelabelResult): void {
  const agenda = draft.agenda;
  const markers = new Set(list.items.map((item) => item.markerSpan.start));
  if (!agenda || !agenda.items.some((item) => markers.has(item.numberSpan.start))) return;
  const items = new Map<number, { index: number; subs: Map<number, number> }>();
  const subsOf = new Map<number, Map<number, number>>();
  list.items.forEach((sub, j) => {
    if (sub.depth !== 1 || sub.marker === 'none') return;
    const subs = subsOf.get(sub.parent) ?? new Map<number, number>();
    subsOf.set(sub.parent, subs);
    if (!subs.has(sub.value)) subs.set(sub.value, j);
  });
  list.items.forEach((item, index) => {
    if (item.depth !== 0 || item.marker !== 'number' || items.has(item.value)) return;
    items.set(item.value, { index, subs: subsOf.get(index) ?? new Map() });
  });
  for (const reference of draft.references) {
    if (reference.kind !== 'agenda') continue;
    for (const target of reference.targets) {
      const item = items.get(target.item.value);
      if (!item) {
        result.unresolved.push({ kind: 'agenda', number: target.item.value, span: target.item.span });
        continue;
      }
      const value = values.get(item.index) ?? target.item.value;
      if (value !== target.item.value) result.edits.push(replace(target.item.span.start, target.item.span.end, String(value)));
      const sub = target.sub;
      const subIndex = sub ? item.subs.get(sub.value) : undefined;
      if (!sub || subIndex === undefined) continue;
      const subValue = values.get(subIndex) ?? sub.value;
      if (subValue !== sub.value) result.edits.push(replace(sub.span.start + 1, sub.span.end - 1, toLetter(subValue)));
    }
  }
}

const LEVELS: HeadingKind[] = ['chapter', 'section', 'subsection', 'subheading'];
/** Where each level is numbered afresh, as a refusal names it. */
const PARENT = ['The body or an annex', 'A chapter', 'A section', 'A subsection'];

function headingLabel(kind: HeadingKind, value: number): string {
  if (kind === 'chapter') return toRoman(value).toUpperCase();
  if (kind === 'section') return toUpperLetter(value);
  if (kind === 'subheading') return toLetter(value);
  return String(value);
}

/** The label's own characters in the heading line (after a `(` for a subheading). */
function headingLabelSpan(text: string, heading: Heading): Span {
  let start = heading.span.start;
  const limit = Math.min(heading.span.end, start + 12);
  while (start < limit && text.slice(start, start + heading.label.length) !== heading.label) start++;
  return { start, end: start + heading.label.length };
}

/**
 * Chapters, sections, subsections and subheadings relabelled in sequence; annexes start them again.
 * A level (chapters, say) that would need a label too large to be read back is not relabelled at
 * all: a gap in its labels would read differently on the next parse. The other levels are.
 */
export function relabelHeadings(draft: Draft): RelabelResult {
  const last = [0, 0, 0, 0];
  const most = [0, 0, 0, 0];
  const byLevel: TextEdit[][] = [[], [], [], []];
  const over: (Heading | undefined)[] = [];
  for (const heading of draft.headings) {
    if (heading.kind === 'annex') {
      last.fill(0);
      continue;
    }
    const level = LEVELS.indexOf(heading.kind);
    const value = last[level] + 1;
    last[level] = value;
    for (let deeper = level + 1; deeper < last.length; deeper++) last[deeper] = 0;
    most[level] = Math.max(most[level], value);
    if (value > LARGEST_LABEL[heading.kind as LabelKind]) over[level] ??= heading;
    if (over[level]) continue;
    const label = headingLabel(heading.kind, value);
    if (label === heading.label) continue;
    const span = headingLabelSpan(draft.text, heading);
    if (draft.text.slice(span.start, span.end) === heading.label) byLevel[level].push(replace(span.start, span.end, label));
  }
  const result: RelabelResult = { edits: [], unresolved: [], refused: [] };
  LEVELS.forEach((kind, level) => {
    const first = over[level];
    const refused = first && refusal(kind as LabelKind, most[level], first.labelSpan, PARENT[level]);
    if (refused) result.refused.push(refused);
    else for (const edit of byLevel[level]) result.edits.push(edit);
  });
  result.edits.sort((a, b) => a.span.start - b.span.start);
  return result;
}
