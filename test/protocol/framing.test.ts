// Raw bytes on the server's stdin. After a malformed header no one can tell where
// the next message starts: the server said nothing and waited forever. Now it
// names the problem on stderr and exits with 1, so that the client can restart it.
import * as assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { SERVER } from './client';

const WAIT_LIMIT_MS = 10_000;

function message(body: string): Buffer {
  return Buffer.concat([Buffer.from(`Content-Length: ${Buffer.byteLength(body)}\r\n\r\n`), Buffer.from(body)]);
}

const INITIALIZE = message(JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'initialize', params: { processId: null, rootUri: null, capabilities: {} } }));
const SHUTDOWN = message(JSON.stringify({ jsonrpc: '2.0', id: 2, method: 'shutdown' }));

class RawServer {
  readonly child: ChildProcess = spawn(process.execPath, [SERVER, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
  stdout = '';
  stderr = '';
  private readonly exited: Promise<number | null>;
  private waiting: (() => void) | undefined;

  constructor() {
    this.child.stdout!.on('data', (chunk: Buffer) => {
      this.stdout += chunk.toString();
      this.waiting?.();
    });
    this.child.stderr!.on('data', (chunk: Buffer) => (this.stderr += chunk.toString()));
    this.exited = new Promise((resolve) => this.child.once('exit', (code) => resolve(code)));
  }

  write(...chunks: Buffer[]): void {
    for (const chunk of chunks) this.child.stdin!.write(chunk);
  }

  /** Resolves once the server has answered request `id`. */
  answered(id: number): Promise<void> {
    return this.within(new Promise<void>((resolve) => {
      const check = () => {
        if (this.stdout.includes(`"id":${id},"result"`) || this.stdout.includes(`"id":${id},"error"`)) resolve();
      };
      this.waiting = check;
      check();
    }), `an answer to request ${id}`);
  }

  exit(): Promise<number | null> {
    return this.within(this.exited, 'exit');
  }

  private within<T>(promise: Promise<T>, what: string): Promise<T> {
    let timer: NodeJS.Timeout | undefined;
    const limit = new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error(`no ${what} in ${WAIT_LIMIT_MS} ms; stderr: ${this.stderr}`)), WAIT_LIMIT_MS)));
    return Promise.race([promise, limit]).finally(() => clearTimeout(timer));
  }

  kill(): void {
    if (this.child.exitCode === null) this.child.kill();
  }
}

describe('protocol: malformed message headers on stdin', () => {
  let server: RawServer | undefined;
  afterEach(() => server?.kill());

  for (const [name, header, problem] of [
    ['a negative Content-Length', 'Content-Length: -5\r\n\r\n', /Content-Length "-5" is not a number of bytes/],
    ['a non-numeric Content-Length', 'Content-Length: twelve\r\n\r\n', /Content-Length "twelve" is not a number of bytes/],
    ['no Content-Length', 'Content-Type: application/vscode-jsonrpc; charset=utf-8\r\n\r\n{}', /a header without Content-Length \("Content-Type: application/],
    ['a header line without a colon', 'Content-Length 12\r\n\r\n', /a header line without ":" \("Content-Length 12"\)/],
  ] as const) {
    it(`exits with 1 and names the problem after ${name}`, async () => {
      server = new RawServer();
      server.write(INITIALIZE);
      await server.answered(1);
      server.write(Buffer.from(header), SHUTDOWN);
      assert.equal(await server.exit(), 1);
      assert.match(server.stderr, problem);
      assert.match(server.stderr, /^rapporteur: malformed message from the client: .*the server exits; the client can start it again\.\n$/);
      assert.doesNotMatch(server.stdout, /"id":2,"(result|error)"/);
    });
  }

  it('reads well-formed messages cut anywhere, with blank lines and multi-byte characters in a body', async () => {
    server = new RawServer();
    const padded = message(`{\r\n\r\n"jsonrpc": "2.0", "id": 3, "method": "rapporteur/status", "params": {"textDocument": {"uri": "file:///é€𝄞.unr"}}}`);
    const stream = Buffer.concat([INITIALIZE, padded]);
    for (let at = 0; at < stream.length; at += 7) server.write(stream.subarray(at, at + 7));
    await server.answered(3);
    server.write(SHUTDOWN);
    await server.answered(2);
    assert.equal(server.stderr, '');
  });
});
