// Folding ranges: the masthead, chapters, sections, subsections, annexes and
// every paragraph that spans several lines (its lists included).
import type { FoldingRange } from 'vscode-languageserver-types';
import type { Draft } from '../model';
import { structureOf, type StructureNode } from './structure';

export function foldingRanges(draft: Draft): FoldingRange[] {
  const ranges: FoldingRange[] = [];
  const visit = (node: StructureNode) => {
    const startLine = draft.lineMap.lineAt(node.span.start);
    const endLine = draft.lineMap.lineAt(node.span.end);
    if (endLine > startLine) ranges.push({ startLine, endLine });
    node.children.forEach(visit);
  };
  structureOf(draft).forEach(visit);
  return ranges;
}
