// The editing commands of the editor: thin wrappers that pass the active
// draft (and the cursor) to the server's commands. The server's own command
// ids (rapporteur.renumberParagraphs, rapporteur.insertParagraphAfter) are
// registered by the language client itself, so these have names of their own.
import * as vscode from 'vscode';
import { ExecuteCommandRequest, type LanguageClient } from 'vscode-languageclient/node';
import { LANGUAGE_ID } from './statusBar';

interface CommandResult {
  applied: boolean;
  position?: { line: number; character: number };
}

function activeDraft(): vscode.TextEditor | undefined {
  const editor = vscode.window.activeTextEditor;
  if (editor?.document.languageId === LANGUAGE_ID) return editor;
  void vscode.window.showInformationMessage('Open a report draft (.unr) to use this command.');
  return undefined;
}

async function run(client: LanguageClient | undefined, command: string, args: unknown[]): Promise<CommandResult | null> {
  if (!client?.isRunning()) {
    void vscode.window.showWarningMessage('The Rapporteur language server is not running.');
    return null;
  }
  return client.sendRequest(ExecuteCommandRequest.type, { command, arguments: args });
}

export function registerEditingCommands(getClient: () => LanguageClient | undefined): vscode.Disposable[] {
  return [
    vscode.commands.registerCommand('rapporteur.renumberParagraphsInEditor', async () => {
      const editor = activeDraft();
      if (editor) await run(getClient(), 'rapporteur.renumberParagraphs', [editor.document.uri.toString()]);
    }),
    vscode.commands.registerCommand('rapporteur.insertParagraphAfterCursor', async () => {
      const editor = activeDraft();
      if (!editor) return;
      const { line, character } = editor.selection.active;
      const result = await run(getClient(), 'rapporteur.insertParagraphAfter', [editor.document.uri.toString(), { line, character }]);
      if (result?.applied && result.position) {
        const at = new vscode.Position(result.position.line, result.position.character);
        editor.selection = new vscode.Selection(at, at);
        editor.revealRange(new vscode.Range(at, at));
      }
    }),
  ];
}
