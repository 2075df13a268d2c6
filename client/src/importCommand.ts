// "Rapporteur: Import Word or PDF Document…": picks a .docx, .pdf or .txt, has the server convert
// it (`rapporteur/import`, the command line's conversion), and opens the draft: NAME.unr beside the
// file when there is none, else (or when it cannot be written there) an untitled draft. An existing
// file is replaced only when the user says so.
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { LANGUAGE_ID } from './statusBar';

export const IMPORT_COMMAND = 'rapporteur.importDocument';

type ImportResult = { text: string; remarks: string[] } | { error: string };

/** NAME.unr beside the file. */
export function draftUriFor(source: vscode.Uri): vscode.Uri {
  const path = source.path.replace(/\.[^./]*$/, '');
  return source.with({ path: `${path}.unr` });
}

async function exists(uri: vscode.Uri): Promise<boolean> {
  try {
    await vscode.workspace.fs.stat(uri);
    return true;
  } catch {
    return false;
  }
}

async function openUntitled(text: string): Promise<void> {
  const document = await vscode.workspace.openTextDocument({ language: LANGUAGE_ID, content: text });
  await vscode.window.showTextDocument(document);
}

/** Writes the draft beside the source (asking before replacing a file) or opens it untitled. */
async function openDraft(source: vscode.Uri, text: string): Promise<void> {
  const target = draftUriFor(source);
  if (await exists(target)) {
    const name = vscode.workspace.asRelativePath(target);
    const choice = await vscode.window.showWarningMessage(`${name} already exists.`, { modal: true }, 'Open as Untitled', 'Replace');
    if (choice === undefined) return;
    if (choice === 'Open as Untitled') return openUntitled(text);
  }
  try {
    await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(text));
  } catch {
    // A read-only folder or a file system that cannot be written: the draft is still shown.
    return openUntitled(text);
  }
  await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(target));
}

export function registerImportCommand(getClient: () => Promise<LanguageClient | undefined>): vscode.Disposable {
  return vscode.commands.registerCommand(IMPORT_COMMAND, async (given?: vscode.Uri) => {
    const picked = given instanceof vscode.Uri ? [given] : await vscode.window.showOpenDialog({
      canSelectMany: false,
      openLabel: 'Import',
      title: 'Import Word or PDF Document',
      filters: { 'Word, PDF or text copied from a PDF': ['docx', 'pdf', 'txt'] },
    });
    const source = picked?.[0];
    if (!source) return;
    const client = await getClient();
    if (!client?.isRunning()) {
      void vscode.window.showWarningMessage('The Rapporteur language server is not running.');
      return;
    }
    const result = await vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title: `Importing ${vscode.workspace.asRelativePath(source)}…` }, async () => {
      const bytes = await vscode.workspace.fs.readFile(source);
      return client.sendRequest<ImportResult>('rapporteur/import', { name: source.path, data: Buffer.from(bytes).toString('base64') });
    });
    if ('error' in result) {
      void vscode.window.showErrorMessage(`${vscode.workspace.asRelativePath(source)}: ${result.error}`);
      return;
    }
    await openDraft(source, result.text);
    if (result.remarks.length > 0) void vscode.window.showInformationMessage(`Imported ${vscode.workspace.asRelativePath(source)}: ${result.remarks.join(' ')}`);
  });
}
