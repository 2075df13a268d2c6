// The language-client half of the extension, bundled on its own as dist/languageClient.js and
// loaded only after activation has returned (extension.ts, lazyClient.ts): vscode-languageclient
// costs about 50 ms to load, nearly all of it compiling its code (BENCHMARKS.md, "5. activation").
// Creates the client that starts the Rapporteur language server (dist/server.js) over IPC and
// restarts it with a visible message when it crashes.
import * as vscode from 'vscode';
import { CloseAction, LanguageClient, TransportKind, type ErrorHandler, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import { SERVER_EXEC_ARGV } from './serverFlags';

export interface ClientSettings {
  /** Absolute path of dist/server.js. */
  serverModule: string;
  languageId: string;
  /** Commands of this extension the server may attach to a code action (initialization options). */
  clientCommands: string[];
}

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

/** A client for the server, not yet started. */
export function createLanguageClient(settings: ClientSettings): LanguageClient {
  const { serverModule } = settings;
  const serverOptions: ServerOptions = {
    run: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: SERVER_EXEC_ARGV } },
    debug: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: [...SERVER_EXEC_ARGV, '--nolazy', '--inspect=6009'] } },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: [{ language: settings.languageId }],
    initializationOptions: { clientCommands: settings.clientCommands },
    errorHandler: restartingErrorHandler(() => client),
  };
  const client = new LanguageClient('rapporteur', 'Rapporteur', serverOptions, clientOptions);
  return client;
}
