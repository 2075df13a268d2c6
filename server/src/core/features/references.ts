// Find references: every reference to the agenda item, paragraph or document
// symbol under the cursor. Symbols are searched in every draft of the
// workspace; agenda items in every draft of the session (the drafts whose
// agenda is the same draft's: its own, or their provisional agenda).
// With `includeDeclaration`, the agenda item, the paragraph's number or the
// masthead symbol is listed too.
import type { Location, Position } from 'vscode-languageserver-types';
import { ParagraphIndex } from '../paragraphIndex';
import type { Workspace } from '../workspace';
import { agendaOf, rangesOf, summariesAround, type FeatureDocument } from './common';
import { agendaItemLocations, paragraphLocations } from './definition';
import { symbolFacts } from './symbolFacts';
import { expandedNumbers, targetAt, type ItemKey } from './targets';

export function references(doc: FeatureDocument, position: Position, includeDeclaration: boolean, workspace?: Workspace): Location[] {
  const target = targetAt(doc.draft, doc.draft.lineMap.offset(position));
  if (!target) return [];
  switch (target.kind) {
    case 'agenda': {
      const found = agendaReferences(doc, target.items, workspace);
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

/** References to the items in every draft whose agenda is the same as this draft's (this draft alone without a workspace). */
function agendaReferences(doc: FeatureDocument, keys: ItemKey[], workspace: Workspace | undefined): Location[] {
  const owner = agendaOf(doc, workspace)?.uri;
  const locations: Location[] = [];
  for (const summary of summariesAround(doc, workspace)) {
    if (summary.uri !== doc.uri && (!owner || !workspace || workspace.agendaOwner(summary) !== owner)) continue;
    const range = rangesOf(doc, summary);
    for (const mention of summary.agendaMentions) {
      if (mention.targets.some((t) => keys.some((key) => matches(key, t.item, t.sub)))) locations.push({ uri: summary.uri, range: range(mention.span) });
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
    if (owner) locations.push({ uri: owner.uri, range: owner.range });
  }
  for (const summary of summariesAround(doc, workspace)) {
    const range = rangesOf(doc, summary);
    for (const mention of summary.mentions) if (mention.key === key) locations.push({ uri: summary.uri, range: range(mention.span) });
  }
  return locations;
}
