// Go to definition: an agenda reference leads to the agenda item (in the
// provisional agenda's draft when the draft has no agenda of its own), a
// paragraph reference to the paragraph, a document symbol to the draft that
// carries it in its masthead, else to its catalogue line, else to the
// documentation-list entry that names it.
import type { Location, Position } from 'vscode-languageserver-types';
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
    case 'heading':
      return target.reference ? [{ uri: doc.uri, range: doc.draft.lineMap.range(target.heading.span) }] : [];
    default:
      return [];
  }
}

/** Where agenda items are: the whole item (`item`) or just its number or sub-item label (`label`). */
export function agendaItemLocations(doc: FeatureDocument, keys: ItemKey[], workspace: Workspace | undefined, part: 'item' | 'label'): Location[] {
  const source = agendaOf(doc, workspace);
  if (!source) return [];
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
    locations.push({ uri: source.uri, range: source.range(span) });
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

/** The draft that carries the symbol, else its line in the catalogue, else the documentation list naming it. */
function symbolLocation(doc: FeatureDocument, key: string, workspace: Workspace | undefined): Location[] {
  const facts = symbolFacts(key, doc, workspace);
  if (facts.draft) return [{ uri: facts.draft.uri, range: facts.draft.range }];
  if (facts.catalogue) {
    const line = facts.catalogue.entry.line;
    return [{ uri: facts.catalogue.uri, range: { start: { line, character: 0 }, end: { line, character: 0 } } }];
  }
  const first = facts.entries[0];
  return first ? [{ uri: first.uri, range: first.range }] : [];
}
