// The outline: hierarchical document symbols for the masthead, the title,
// chapters ⊃ sections ⊃ subsections ⊃ paragraphs and quoted texts, and annexes.
import type { DocumentSymbol, SymbolKind } from 'vscode-languageserver-types';
import type { Draft } from '../model';
import { SYMBOL_KIND } from './lsp';
import { structureOf, type NodeKind, type StructureNode } from './structure';

const KINDS: Record<NodeKind, SymbolKind> = {
  masthead: SYMBOL_KIND.File,
  title: SYMBOL_KIND.String,
  chapter: SYMBOL_KIND.Namespace,
  section: SYMBOL_KIND.Module,
  subsection: SYMBOL_KIND.Class,
  subheading: SYMBOL_KIND.Class,
  annex: SYMBOL_KIND.Package,
  paragraph: SYMBOL_KIND.String,
  embedded: SYMBOL_KIND.Object,
};

export function documentSymbols(draft: Draft): DocumentSymbol[] {
  return structureOf(draft).map((node) => toSymbol(draft, node));
}

function toSymbol(draft: Draft, node: StructureNode): DocumentSymbol {
  const symbol: DocumentSymbol = {
    name: node.name,
    kind: KINDS[node.kind],
    range: draft.lineMap.range(node.span),
    selectionRange: draft.lineMap.range(node.selection),
  };
  if (node.detail) symbol.detail = node.detail;
  if (node.children.length > 0) symbol.children = node.children.map((child) => toSymbol(draft, child));
  return symbol;
}
