// The quick fix of symbol-unresolved: "Add A/75/250 to the document
// catalogue", an edit that appends the symbol to the catalogue of the draft's
// workspace folder (creating the file, with its header, when there is none).
// Exported as a provider `(document, params) => CodeAction[]` for the
// textDocument/codeAction handler to call.
import type { CodeAction, Diagnostic } from 'vscode-languageserver';
import { addToCatalogue, parseSymbol, type CatalogueFile, type FeatureDocument } from '../core';
import { fileName } from '../core/features/common';
import { trimEndOf } from '../core/text';
import type { CodeActionProvider } from './codeActions';


/** The provider, given where a draft's catalogue is (WorkspaceIndex.catalogueFor). */
export function catalogueActions(catalogueFor: (uri: string) => CatalogueFile | undefined): CodeActionProvider {
  return (document, params) => {
    const catalogue = catalogueFor(document.uri);
    if (!catalogue) return [];
    const actions: CodeAction[] = [];
    const seen = new Set<string>();
    for (const diagnostic of params.context?.diagnostics ?? []) {
      if (diagnostic.code !== 'symbol-unresolved') continue;
      const action = addAction(document, diagnostic, catalogue);
      if (action && !seen.has(action.title)) {
        seen.add(action.title);
        actions.push(action);
      }
    }
    return actions;
  };
}

function addAction(document: FeatureDocument, diagnostic: Diagnostic, catalogue: CatalogueFile): CodeAction | undefined {
  const { draft } = document;
  const span = { start: draft.lineMap.offset(diagnostic.range.start), end: draft.lineMap.offset(diagnostic.range.end) };
  const text = draft.text.slice(span.start, span.end).trim();
  if (text === '') return undefined;
  const symbol = parseSymbol(trimEndOf(text, '*')).key;
  const edit = addToCatalogue(catalogue, { symbol });
  if (!edit) return undefined;
  return {
    title: `Add ${symbol} to the document catalogue (${fileName(catalogue.uri)})`,
    kind: 'quickfix',
    diagnostics: [diagnostic],
    isPreferred: true,
    edit,
  };
}
