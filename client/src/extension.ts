// The VS Code extension's entry (dist/extension.js). Activation only registers the commands, the
// status bar item and the save-document command, and returns. The language client that starts
// the Rapporteur language server is a second bundle (dist/languageClient.js, languageClient.ts),
// loaded and started on the next turn of the event loop (lazyClient.ts): vscode-languageclient
// takes about 50 ms to load, which VS Code would otherwise count as activation (BENCHMARKS.md).
// No language logic here.
import * as path from 'node:path';
import * as vscode from 'vscode';
import { registerEditingCommands } from './commands';
import { registerImportCommand } from './importCommand';
import { LazyClient } from './lazyClient';
import { registerPreview } from './preview';
import { DraftStatus, LANGUAGE_ID } from './statusBar';
import { registerSaveDocument, SAVE_DOCUMENT_COMMAND } from './saveDocument';

let client: LazyClient | undefined;

/**
 * The language-client bundle. A plain `require` of a path the build keeps external
 * (scripts/build.mjs); under tsc it is out/client/src/languageClient.js.
 */
function loadClientModule(): typeof import('./languageClient') {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return require('./languageClient');
}

function restartCommand(lazy: LazyClient): vscode.Disposable {
  return vscode.commands.registerCommand('rapporteur.restartServer', async () => {
    const started = await lazy.ready;
    if (!started) {
      void vscode.window.showWarningMessage('The Rapporteur language server is not running.');
      return;
    }
    // A client whose start failed, or that gave up restarting after crashes, is started afresh.
    await (started.isRunning() ? started.restart() : started.start());
    void vscode.window.showInformationMessage('The Rapporteur language server has been restarted.');
  });
}

export function activate(context: vscode.ExtensionContext): void {
  const serverModule = context.asAbsolutePath(path.join('dist', 'server.js'));
  const status = new DraftStatus();
  const lazy = new LazyClient(() => loadClientModule().createLanguageClient({ serverModule, languageId: LANGUAGE_ID, clientCommands: [SAVE_DOCUMENT_COMMAND] }), {
    created: (languageClient, milliseconds) => {
      status.attach(languageClient);
      // The cost moved out of activation, in the "Rapporteur" output channel (the e2e suite prints it).
      languageClient.info(`Language client loaded after activation in ${Math.round(milliseconds)} ms.`, undefined, false);
    },
    started: () => void status.update(),
    failed: (error) => void vscode.window.showErrorMessage(`The Rapporteur language server could not start: ${error instanceof Error ? error.message : String(error)}`),
  });
  client = lazy;
  context.subscriptions.push(status, restartCommand(lazy), registerImportCommand(() => lazy.ready), registerSaveDocument());
  for (const command of registerEditingCommands(() => lazy.ready)) context.subscriptions.push(command);
  context.subscriptions.push(registerPreview(() => lazy.ready));
  // Activation ends here: the client is loaded and the server started in the background, so that
  // VS Code waits neither for vscode-languageclient to load nor for the server's handshake
  // (diagnostics and the status bar follow when it is up).
  lazy.schedule();
}

export async function deactivate(): Promise<void> {
  const stopping = client;
  client = undefined;
  await stopping?.stop();
}
