// Entry point of dist/server.js. vscode-languageserver picks the transport
// from the command line: --stdio, --node-ipc, --socket=N or --pipe=NAME.
import { createConnection } from 'vscode-languageserver/node';
import { FramingGuard } from './framing';
import { startServer } from './server';
import { describeError } from './safeHandler';

// Over stdio, a malformed message header leaves the stream unframed for good: say so and exit,
// so that the client can start the server again (framing.ts). IPC carries whole messages.
if (process.argv.includes('--stdio')) {
  const framing = new FramingGuard();
  process.stdin.on('data', (chunk: Buffer) => {
    const problem = framing.push(chunk);
    if (!problem) return;
    process.stderr.write(`rapporteur: malformed message from the client: ${problem}. The next message cannot be found, so the server exits; the client can start it again.\n`);
    process.exit(1);
  });
}

const connection = createConnection();

// The server must outlive any bug: log what escaped the handlers and carry on.
process.on('uncaughtException', (error) => connection.console.error(`Uncaught exception: ${describeError(error)}`));
process.on('unhandledRejection', (reason) => connection.console.error(`Unhandled rejection: ${describeError(reason)}`));

startServer(connection);
