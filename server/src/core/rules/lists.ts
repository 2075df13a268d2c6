// list-sequence: markers of one list level run (a), (b), (c)… or (i), (ii)…
// or 1, 2, 3… (the agenda), each level restarting under its parent item.
import type { Finding } from '../diagnostics';
import { relabelLists } from '../fix/relabel';
import type { Draft, List, ListItem } from '../model';
import { toLetter, toRoman } from '../parse/numerals';
import { allLists } from '../parse/scan';
import { ruleFamily, within, type Fix } from './rule';

function markerText(item: ListItem, value = item.value): string {
  if (item.marker === 'number') return `item ${value}`;
  if (item.marker === 'roman') return `(${toRoman(value)})`;
  return `(${toLetter(value)})`;
}

function written(item: ListItem): string {
  return item.marker === 'number' ? `item ${item.label}` : `(${item.label})`;
}

/** Every list, in the order of `allLists` (each paragraph's, then the loose ones), without gathering them. */
export function checkLists(draft: Draft, out: Finding[]): void {
  for (let p = 0; p < draft.paragraphs.length; p++) {
    const lists = draft.paragraphs[p].lists;
    for (let l = 0; l < lists.length; l++) checkList(draft.text, lists[l], out);
  }
  for (let l = 0; l < draft.looseLists.length; l++) checkList(draft.text, draft.looseLists[l], out);
}

/** One number per parent and depth (a parent is an item index, at least -1; depths stay below 2^20). */
function siblingKey(item: ListItem): number {
  return (item.parent + 1) * 0x100000 + item.depth;
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
  const last = new Map<number, ListItem>();
  const hasMarked = new Set<number>();
  const items = list.items;
  for (let at = 0; at < items.length; at++) if (items[at].marker !== 'none') hasMarked.add(siblingKey(items[at]));
  for (let at = 0; at < items.length; at++) {
    const item = items[at];
    const key = siblingKey(item);
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

function listOf(draft: Draft, finding: Finding): List | undefined {
  return allLists(draft).find((list) => list.items.some((item) => within(item.span, finding.span) || item.markerSpan.start === finding.span.start));
}

function listFix(draft: Draft, finding: Finding): Fix[] {
  const list = listOf(draft, finding);
  if (!list) return [];
  const { edits } = relabelLists(draft, list);
  if (edits.length === 0) return [];
  const title = list.isAgenda ? 'Renumber the agenda items, and the references to them' : list.items[0]?.marker === 'number' ? 'Renumber the list' : 'Reletter the list';
  return [{ title, code: finding.code, edits, preferred: true, safe: true }];
}

export const lists = ruleFamily({
  name: 'lists',
  rules: {
    'list-sequence': {
      severity: 'error',
      reports: 'list markers out of sequence, or an item with no marker',
      setting: 'List markers out of sequence, or an unmarked item among marked ones.',
      tags: ['numbering'],
    },
  },
  check: (draft, _context, out) => checkLists(draft, out),
  fixes: { 'list-sequence': listFix },
});
