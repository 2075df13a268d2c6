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

/** The client command (of the VS Code extension) that saves a document; see `SAVE_DOCUMENT_COMMAND`. */
export const SAVE_DOCUMENT_COMMAND = 'rapporteur.saveDocument';

/**
 * The provider, given where a draft's catalogue is (WorkspaceIndex.catalogueFor). The catalogue is
 * read from disk, so when the client can save a document for us (`canSave`, our extension says so
 * in its initialization options) the action also saves it, and the diagnostic goes at once.
 */
export function catalogueActions(catalogueFor: (uri: string) => CatalogueFile | undefined, canSave: () => boolean = () => false): CodeActionProvider {
  return (document, params) => {
    const catalogue = catalogueFor(document.uri);
    if (!catalogue) return [];
    const actions: CodeAction[] = [];
    const seen = new Set<string>();
    for (const diagnostic of params.context?.diagnostics ?? []) {
      if (diagnostic.code !== 'symbol-unresolved') continue;
      const action = addAction(document, diagnostic, catalogue, canSave());
      if (action && !seen.has(action.title)) {
        seen.add(action.title);
        actions.push(action);
      }
    }
    return actions;
  };
}

function addAction(document: FeatureDocument, diagnostic: Diagnostic, catalogue: CatalogueFile, save: boolean): CodeAction | undefined {
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
    ...(save ? { command: { title: 'Save the catalogue', command: SAVE_DOCUMENT_COMMAND, arguments: [catalogue.uri] } } : {}),
  };
}
