// The VS Code extension: starts the Rapporteur language server (dist/server.js)
// over IPC for `un-report` documents, restarts it with a visible message when it
// crashes, and shows the active draft's status. No language logic here.
import * as path from 'node:path';
import * as vscode from 'vscode';
import { CloseAction, LanguageClient, TransportKind, type ErrorHandler, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import { registerEditingCommands } from './commands';
import { SERVER_EXEC_ARGV } from './serverFlags';
import { DraftStatus, LANGUAGE_ID } from './statusBar';
import { registerSaveDocument, SAVE_DOCUMENT_COMMAND } from './saveDocument';

let client: LanguageClient | undefined;

/** The client's default error handler, with a message the user sees when the server is restarted. */
function restartingErrorHandler(getClient: () => LanguageClient): ErrorHandler {
  let fallback: ErrorHandler | undefined;
  const handler = () => (fallback ??= getClient().createDefaultErrorHandler(4));
  return {
    error: (error, message, count) => handler().error(error, message, count),
    closed: async () => {
      const result = await handler().closed();
      if (result.action !== CloseAction.Restart) return result;
      void vscode.window.showWarningMessage('The Rapporteur language server stopped unexpectedly and has been restarted.', 'Show Output').then((choice) => {
        if (choice) getClient().outputChannel.show(true);
      });
      return { ...result, handled: true };
    },
  };
}

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const serverModule = context.asAbsolutePath(path.join('dist', 'server.js'));
  const serverOptions: ServerOptions = {
    run: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: SERVER_EXEC_ARGV } },
    debug: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: [...SERVER_EXEC_ARGV, '--nolazy', '--inspect=6009'] } },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: [{ language: LANGUAGE_ID }],
    // Commands of this extension the server may attach to a code action.
    initializationOptions: { clientCommands: [SAVE_DOCUMENT_COMMAND] },
    errorHandler: restartingErrorHandler(() => client as LanguageClient),
  };
  client = new LanguageClient('rapporteur', 'Rapporteur', serverOptions, clientOptions);
  const status = new DraftStatus(client);
  context.subscriptions.push(
    status,
    vscode.commands.registerCommand('rapporteur.restartServer', async () => {
      await client?.restart();
      void vscode.window.showInformationMessage('The Rapporteur language server has been restarted.');
    }),
    ...registerEditingCommands(() => client),
    registerSaveDocument(),
  );
  // Activation ends here: the server starts in the background, so that VS Code does not wait
  // for its start-up and first handshake (diagnostics and the status bar follow when it is up).
  const started = client;
  started.start().then(
    () => status.update(),
    (error: unknown) => void vscode.window.showErrorMessage(`The Rapporteur language server could not start: ${error instanceof Error ? error.message : String(error)}`),
  );
}

export async function deactivate(): Promise<void> {
  await client?.stop();
  client = undefined;
}
