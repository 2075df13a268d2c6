// A command the server attaches to the "add to the document catalogue" quick fix:
// the server reads catalogues from disk, so the catalogue the fix edited is saved
// at once and the diagnostic goes away without the user having to save it.
import * as vscode from 'vscode';

export const SAVE_DOCUMENT_COMMAND = 'rapporteur.saveDocument';

export function registerSaveDocument(): vscode.Disposable {
  return vscode.commands.registerCommand(SAVE_DOCUMENT_COMMAND, async (uri: unknown) => {
    if (typeof uri !== 'string') return false;
    const document = vscode.workspace.textDocuments.find((candidate) => candidate.uri.toString() === uri);
    return document?.isDirty ? document.save() : false;
  });
}
