// Entry point of dist/server.js. vscode-languageserver picks the transport
// from the command line: --stdio, --node-ipc, --socket=N or --pipe=NAME.
import { createConnection } from 'vscode-languageserver/node';
import { startServer } from './server';
import { describeError } from './safeHandler';

const connection = createConnection();

// The server must outlive any bug: log what escaped the handlers and carry on.
process.on('uncaughtException', (error) => connection.console.error(`Uncaught exception: ${describeError(error)}`));
process.on('unhandledRejection', (reason) => connection.console.error(`Unhandled rejection: ${describeError(reason)}`));

startServer(connection);
