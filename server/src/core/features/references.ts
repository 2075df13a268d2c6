// Find references: every reference to the agenda item, paragraph or document
// symbol under the cursor; symbols are searched in every draft of the workspace.
// With `includeDeclaration`, the agenda item, the paragraph's number or the
// masthead symbol is listed too.
import type { Location, Position } from 'vscode-languageserver-types';
import type { AgendaReference, Draft } from '../model';
import { ParagraphIndex } from '../paragraphIndex';
import type { Span } from '../text';
import type { Workspace } from '../workspace';
import type { FeatureDocument } from './common';
import { agendaItemLocations, paragraphLocations } from './definition';
import { symbolFacts } from './symbolFacts';
import { expandedNumbers, targetAt, type ItemKey } from './targets';

export function references(doc: FeatureDocument, position: Position, includeDeclaration: boolean, workspace?: Workspace): Location[] {
  const target = targetAt(doc.draft, doc.draft.lineMap.offset(position));
  if (!target) return [];
  switch (target.kind) {
    case 'agenda': {
      const found = agendaReferences(doc, target.items);
      return includeDeclaration ? [...agendaItemLocations(doc, target.items, workspace, 'label'), ...found] : found;
    }
    case 'paragraph': {
      const found = paragraphReferences(doc, target.segment, target.numbers);
      return includeDeclaration ? [...paragraphLocations(doc, target.segment, target.numbers, 'number'), ...found] : found;
    }
    case 'symbol':
      return symbolReferences(doc, target.parsed.key, includeDeclaration, workspace);
    default:
      return [];
  }
}

function matches(key: ItemKey, item: number, sub: string | undefined): boolean {
  return key.item === item && (key.sub === undefined || key.sub === sub);
}

/** The reference without its quoted title: `agenda item 3`. */
function headOf(reference: AgendaReference): Span {
  const end = Math.max(...reference.targets.map((t) => (t.sub ?? t.item).span.end));
  return { start: reference.span.start, end: Math.max(end, reference.span.start) };
}

function agendaReferences(doc: FeatureDocument, keys: ItemKey[]): Location[] {
  const locations: Location[] = [];
  for (const reference of doc.draft.references) {
    if (reference.kind !== 'agenda') continue;
    if (reference.targets.some((t) => keys.some((key) => matches(key, t.item.value, t.sub?.label)))) {
      locations.push({ uri: doc.uri, range: doc.draft.lineMap.range(headOf(reference)) });
    }
  }
  return locations;
}

function paragraphReferences(doc: FeatureDocument, segment: number, numbers: number[]): Location[] {
  const index = new ParagraphIndex(doc.draft);
  const locations: Location[] = [];
  for (const reference of doc.draft.references) {
    if (reference.kind !== 'paragraph' || index.segmentFor(reference) !== segment) continue;
    if (expandedNumbers(reference).some((n) => numbers.includes(n))) locations.push({ uri: doc.uri, range: doc.draft.lineMap.range(reference.span) });
  }
  return locations;
}

function symbolReferences(doc: FeatureDocument, key: string, includeDeclaration: boolean, workspace: Workspace | undefined): Location[] {
  const locations: Location[] = [];
  if (includeDeclaration) {
    const owner = symbolFacts(key, doc, workspace).draft;
    const draft = owner && (owner.uri === doc.uri ? doc.draft : workspace?.get(owner.uri));
    if (owner && draft) locations.push({ uri: owner.uri, range: draft.lineMap.range(owner.span) });
  }
  const drafts: { uri: string; draft: Draft }[] = [doc, ...(workspace?.all().filter((d) => d.uri !== doc.uri) ?? [])];
  for (const { uri, draft } of drafts) {
    for (const reference of draft.references) {
      if (reference.kind === 'symbol' && reference.parsed.key === key) {
        locations.push({ uri, range: draft.lineMap.range(reference.span) });
      }
    }
  }
  return locations;
}
