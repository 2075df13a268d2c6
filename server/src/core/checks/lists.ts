// list-sequence: markers of one list level run (a), (b), (c)… or (i), (ii)…
// or 1, 2, 3… (the agenda), each level restarting under its parent item.
import type { Finding } from '../diagnostics';
import type { Draft, List, ListItem } from '../model';
import { allLists } from '../parse/scan';
import { toLetter, toRoman } from '../parse/numerals';

function markerText(item: ListItem, value = item.value): string {
  if (item.marker === 'number') return `item ${value}`;
  if (item.marker === 'roman') return `(${toRoman(value)})`;
  return `(${toLetter(value)})`;
}

function written(item: ListItem): string {
  return item.marker === 'number' ? `item ${item.label}` : `(${item.label})`;
}

export function checkLists(draft: Draft, out: Finding[]): void {
  for (const list of allLists(draft)) checkList(draft.text, list, out);
}

/** The first line of an item, at most 40 characters: where a missing marker is reported. */
function firstLine(text: string, item: ListItem): { start: number; end: number } {
  const limit = Math.min(item.span.end, item.span.start + 40);
  let end = item.span.start;
  while (end < limit && text[end] !== '\n' && text[end] !== '\r') end++;
  return { start: item.span.start, end };
}

function checkList(text: string, list: List, out: Finding[]): void {
  // Siblings share a parent and depth; walk them in order, keyed by parent.
  const last = new Map<string, ListItem>();
  const hasMarked = new Set<string>();
  for (const item of list.items) if (item.marker !== 'none') hasMarked.add(`${item.parent}:${item.depth}`);
  for (const item of list.items) {
    const key = `${item.parent}:${item.depth}`;
    if (item.marker === 'none') {
      if (hasMarked.has(key)) {
        out.push({ code: 'list-sequence', message: 'This list line has no marker, unlike the items around it.', span: firstLine(text, item) });
      }
      continue;
    }
    const previous = last.get(key);
    last.set(key, item);
    const expected = previous ? previous.value + 1 : 1;
    if (item.value === expected) continue;
    const noun = item.marker !== 'number' ? 'List item' : list.isAgenda ? 'Agenda' : 'List';
    let message: string;
    if (!previous) message = `${noun} ${written(item)} opens the list: it should be ${markerText(item, 1)}.`;
    else if (item.value === previous.value) message = `${noun} ${written(item)} is used twice in a row.`;
    else if (item.value < previous.value) message = `${noun} ${written(item)} follows ${written(previous)}: the order goes backwards.`;
    else {
      const gap = item.value - previous.value - 1;
      const missing = gap === 1 ? `${markerText(item, expected)} is missing` : `${markerText(item, expected)} to ${markerText(item, item.value - 1)} are missing`;
      message = `${noun} ${written(item)} follows ${written(previous)}: ${missing}.`;
    }
    out.push({ code: 'list-sequence', message, span: item.markerSpan });
  }
}
