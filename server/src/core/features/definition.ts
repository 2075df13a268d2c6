// Go to definition: an agenda reference leads to the agenda item, a paragraph
// reference to the paragraph, a document symbol to the draft that carries it
// in its masthead or else to the documentation-list entry that names it.
import type { Location, Position } from 'vscode-languageserver-types';
import type { Draft } from '../model';
import { ParagraphIndex } from '../paragraphIndex';
import type { Span } from '../text';
import type { Workspace } from '../workspace';
import { agendaOf, type FeatureDocument } from './common';
import { symbolFacts } from './symbolFacts';
import { targetAt, type ItemKey, type Target } from './targets';

export function definition(doc: FeatureDocument, position: Position, workspace?: Workspace): Location[] {
  const target = targetAt(doc.draft, doc.draft.lineMap.offset(position));
  return target ? definitionsOf(doc, target, workspace) : [];
}

function definitionsOf(doc: FeatureDocument, target: Target, workspace?: Workspace): Location[] {
  switch (target.kind) {
    case 'agenda':
      return agendaItemLocations(doc, target.items, workspace, 'item');
    case 'paragraph':
      return paragraphLocations(doc, target.segment, target.numbers, 'paragraph');
    case 'symbol':
      return symbolLocation(doc, target.parsed.key, workspace);
    default:
      return [];
  }
}

/** Where agenda items are: the whole item (`item`) or just its number or sub-item label (`label`). */
export function agendaItemLocations(doc: FeatureDocument, keys: ItemKey[], workspace: Workspace | undefined, part: 'item' | 'label'): Location[] {
  const source = agendaOf(doc, workspace);
  if (!source) return [];
  const owner = source.uri === doc.uri ? doc.draft : workspace?.get(source.uri);
  if (!owner) return [];
  const locations: Location[] = [];
  for (const key of keys) {
    const item = source.agenda.items.find((i) => i.number === key.item);
    if (!item) continue;
    let span: Span = part === 'item' ? item.span : item.numberSpan;
    if (key.sub) {
      const sub = item.subItems.find((s) => s.label === key.sub);
      if (!sub) continue;
      span = part === 'item' ? sub.span : { start: sub.span.start, end: sub.titleSpan.start };
    }
    locations.push({ uri: source.uri, range: owner.lineMap.range(trimEnd(owner, span)) });
  }
  return locations;
}

/** Where paragraphs are: the whole paragraph, or just its number (the start of its first word when unnumbered). */
export function paragraphLocations(doc: FeatureDocument, segment: number, numbers: number[], part: 'paragraph' | 'number'): Location[] {
  const index = new ParagraphIndex(doc.draft);
  const locations: Location[] = [];
  for (const number of numbers) {
    const paragraph = index.paragraph(segment, number);
    if (!paragraph) continue;
    const span = part === 'paragraph' ? paragraph.span : paragraph.numberSpan ?? { start: paragraph.span.start, end: paragraph.span.start };
    locations.push({ uri: doc.uri, range: doc.draft.lineMap.range(span) });
  }
  return locations;
}

function symbolLocation(doc: FeatureDocument, key: string, workspace: Workspace | undefined): Location[] {
  const facts = symbolFacts(key, doc, workspace);
  if (facts.draft) {
    const lineMap = facts.draft.uri === doc.uri ? doc.draft.lineMap : workspace?.get(facts.draft.uri)?.lineMap;
    if (lineMap) return [{ uri: facts.draft.uri, range: lineMap.range(facts.draft.span) }];
  }
  const first = facts.entries[0];
  if (!first) return [];
  const draft = first.uri === doc.uri ? doc.draft : workspace?.get(first.uri);
  return draft ? [{ uri: first.uri, range: draft.lineMap.range(first.entry.span) }] : [];
}

/** A list item's span may end on a line break of its own; keep it to the text. */
function trimEnd(draft: Draft, span: Span): Span {
  let end = span.end;
  while (end > span.start && /\s/.test(draft.text[end - 1])) end--;
  return { start: span.start, end };
}
