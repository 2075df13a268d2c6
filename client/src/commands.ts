// The editing commands of the editor: thin wrappers that pass the active
// draft (and the cursor) to the server's commands. The server's own command
// ids (rapporteur.renumberParagraphs, rapporteur.insertParagraphAfter) are
// registered by the language client itself, so these have names of their own.
// A command run before the client is up waits for it (lazyClient.ts), and one run while
// the server restarts waits for the restart.
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { LANGUAGE_ID } from './statusBar';

/** LSP `workspace/executeCommand`, by name: this bundle does not load vscode-languageclient. */
const EXECUTE_COMMAND = 'workspace/executeCommand';

interface CommandResult {
  applied: boolean;
  position?: { line: number; character: number };
}

export function activeDraft(): vscode.TextEditor | undefined {
  const editor = vscode.window.activeTextEditor;
  if (editor?.document.languageId === LANGUAGE_ID) return editor;
  void vscode.window.showInformationMessage('Open a report draft (.unr) to use this command.');
  return undefined;
}

/** Whether the client runs, once a start in progress (the first, a restart, after a crash) is over. */
function runs(client: LanguageClient): Promise<boolean> {
  const settled = () => client.isRunning() || !client.needsStop();
  if (settled()) return Promise.resolve(client.isRunning());
  return new Promise((resolve) => {
    const listener = client.onDidChangeState(() => {
      if (!settled()) return;
      listener.dispose();
      resolve(client.isRunning());
    });
  });
}

/** Sends a request once the client runs; null (with a warning) when the server is not running. */
export async function request<R>(getClient: () => Promise<LanguageClient | undefined>, method: string, params: unknown): Promise<R | null> {
  const client = await getClient();
  if (!client || !(await runs(client))) {
    void vscode.window.showWarningMessage('The Rapporteur language server is not running.');
    return null;
  }
  return client.sendRequest<R>(method, params);
}

function run(getClient: () => Promise<LanguageClient | undefined>, command: string, args: unknown[]): Promise<CommandResult | null> {
  return request<CommandResult | null>(getClient, EXECUTE_COMMAND, { command, arguments: args });
}

/** "Export to Word": the server renders the draft as it is in the editor; the file is written here. */
async function exportToWord(getClient: () => Promise<LanguageClient | undefined>): Promise<void> {
  const editor = activeDraft();
  if (!editor) return;
  const source = editor.document.uri;
  const defaultUri = source.scheme === 'untitled' ? undefined : source.with({ path: source.path.replace(/\.[^./]*$/, '') + '.docx' });
  const target = await vscode.window.showSaveDialog({ defaultUri, filters: { 'Word document': ['docx'] }, title: 'Export to Word' });
  if (!target) return;
  const exported = await request<{ base64: string }>(getClient, 'rapporteur/exportDocx', { textDocument: { uri: source.toString() } });
  if (!exported) return;
  if (!exported.base64) {
    void vscode.window.showErrorMessage('Rapporteur could not export this draft: the server does not have it open.');
    return;
  }
  await vscode.workspace.fs.writeFile(target, Buffer.from(exported.base64, 'base64'));
  void vscode.window.showInformationMessage(`Exported to ${vscode.workspace.asRelativePath(target)}.`);
}

/** `getClient` resolves once the client's start has settled. */
export function registerEditingCommands(getClient: () => Promise<LanguageClient | undefined>): vscode.Disposable[] {
  return [
    vscode.commands.registerCommand('rapporteur.exportToWord', () => exportToWord(getClient)),
    vscode.commands.registerCommand('rapporteur.renumberParagraphsInEditor', async () => {
      const editor = activeDraft();
      if (editor) await run(getClient, 'rapporteur.renumberParagraphs', [editor.document.uri.toString()]);
    }),
    vscode.commands.registerCommand('rapporteur.insertParagraphAfterCursor', async () => {
      const editor = activeDraft();
      if (!editor) return;
      const { line, character } = editor.selection.active;
      const result = await run(getClient, 'rapporteur.insertParagraphAfter', [editor.document.uri.toString(), { line, character }]);
      if (result?.applied && result.position) {
        const at = new vscode.Position(result.position.line, result.position.character);
        editor.selection = new vscode.Selection(at, at);
        editor.revealRange(new vscode.Range(at, at));
      }
    }),
  ];
}
