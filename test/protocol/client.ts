// A JSON-RPC client for the protocol tests: starts `node dist/server.js --stdio`,
// records every notification, and awaits the ones a test expects. No sleeps:
// every wait is on a message from the server (bounded by a timeout that fails).
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  createProtocolConnection,
  DidChangeTextDocumentNotification,
  DidCloseTextDocumentNotification,
  DidOpenTextDocumentNotification,
  ExitNotification,
  InitializedNotification,
  InitializeRequest,
  ShutdownRequest,
  StreamMessageReader,
  StreamMessageWriter,
  type ClientCapabilities,
  type InitializeResult,
  type ProtocolConnection,
  type PublishDiagnosticsParams,
  type TextDocumentContentChangeEvent,
} from 'vscode-languageserver-protocol/node';

export const ROOT = join(__dirname, '../../..');
export const SERVER = join(ROOT, 'dist/server.js');
export const REPORT_URI = 'file:///drafts/CTOC-COP-WG.4-2020-4.unr';

export function fixture(name: string): string {
  return readFileSync(join(ROOT, 'test/fixtures', name), 'utf8');
}

export interface StartOptions {
  /** Advertise pull diagnostics (textDocument.diagnostic). */
  pull?: boolean;
  /** When set, advertise workspace/configuration and answer it with this `rapporteur` section. */
  configuration?: unknown;
  workspaceFolders?: string[];
  /** Extra client capabilities (merged over the defaults, section by section). */
  capabilities?: ClientCapabilities;
  /** Sent as `initializationOptions` (the VS Code extension sends `{ clientCommands: [...] }`). */
  initializationOptions?: unknown;
}

interface Received {
  method: string;
  params: unknown;
}

interface Waiter {
  method: string;
  predicate: (params: never) => boolean;
  resolve: (params: unknown) => void;
}

const WAIT_LIMIT_MS = 10_000;
/** What a server may send a client; all recorded. */
const NOTIFICATIONS = ['textDocument/publishDiagnostics', 'window/logMessage', 'window/showMessage', 'telemetry/event', '$/logTrace', '$/progress'];
const REQUESTS = ['workspace/configuration', 'client/registerCapability', 'workspace/diagnostic/refresh', 'window/showMessageRequest', 'window/workDoneProgress/create', 'workspace/applyEdit'];

export class TestClient {
  /** Notifications and requests from the server, in order. */
  readonly received: Received[] = [];
  stderr = '';
  private waiters: Waiter[] = [];
  private versions = new Map<string, number>();
  initializeResult!: InitializeResult;
  configuration: unknown;
  /** What the client answers to `workspace/applyEdit`. */
  applyEditResult = { applied: true };

  private constructor(
    readonly process: ChildProcess,
    readonly connection: ProtocolConnection,
  ) {}

  static async start(options: StartOptions = {}): Promise<TestClient> {
    const child = spawn(process.execPath, [SERVER, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
    const connection = createProtocolConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
    const client = new TestClient(child, connection);
    client.configuration = options.configuration;
    child.stderr!.on('data', (chunk: Buffer) => (client.stderr += chunk.toString()));
    for (const method of NOTIFICATIONS) connection.onNotification(method, (params: unknown) => client.notified(method, params));
    for (const method of REQUESTS) connection.onRequest(method, (params: unknown) => client.answer(method, params));
    connection.listen();
    client.initializeResult = await connection.sendRequest(InitializeRequest.type, {
      processId: process.pid,
      rootUri: null,
      workspaceFolders: options.workspaceFolders?.map((uri) => ({ uri, name: uri })) ?? null,
      capabilities: capabilities(options),
      ...(options.initializationOptions === undefined ? {} : { initializationOptions: options.initializationOptions }),
    });
    await connection.sendNotification(InitializedNotification.type, {});
    return client;
  }

  /** Records a notification or a request from the server and wakes whoever waits for it. */
  private notified(method: string, params: unknown): void {
    this.received.push({ method, params });
    for (const waiter of [...this.waiters]) {
      if (waiter.method === method && waiter.predicate(params as never)) {
        this.waiters = this.waiters.filter((w) => w !== waiter);
        waiter.resolve(params);
      }
    }
  }

  private answer(method: string, params: unknown): unknown {
    this.notified(method, params);
    if (method === 'workspace/configuration') {
      const items = (params as { items: unknown[] }).items;
      return items.map(() => this.configuration ?? null);
    }
    if (method === 'workspace/applyEdit') return this.applyEditResult;
    return null;
  }

  /** The first notification or request (already received or to come) with `method` that satisfies `predicate`. */
  waitFor<P>(method: string, predicate: (params: P) => boolean = () => true): Promise<P> {
    const done = this.received.find((r) => r.method === method && predicate(r.params as P));
    if (done) return Promise.resolve(done.params as P);
    return new Promise<P>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no ${method} notification in ${WAIT_LIMIT_MS} ms; stderr: ${this.stderr}`)), WAIT_LIMIT_MS);
      this.waiters.push({
        method,
        predicate: predicate as (params: never) => boolean,
        resolve: (params) => {
          clearTimeout(timer);
          resolve(params as P);
        },
      });
    });
  }

  /** The next notification or request with `method` that satisfies `predicate`, ignoring those already received. */
  waitForNext<P>(method: string, predicate: (params: P) => boolean = () => true): Promise<P> {
    const seen = new Set(this.received);
    return this.waitFor<P>(method, (params) => predicate(params) && !seen.has(this.received.find((r) => r.params === params) as Received));
  }

  /** How many messages with `method` the server has sent so far. */
  count(method: string): number {
    return this.received.filter((r) => r.method === method).length;
  }

  /** The diagnostics published for `uri` at `version`. */
  diagnostics(uri: string, version: number): Promise<PublishDiagnosticsParams> {
    return this.waitFor<PublishDiagnosticsParams>('textDocument/publishDiagnostics', (p) => p.uri === uri && p.version === version);
  }

  async open(uri: string, text: string, languageId = 'un-report'): Promise<number> {
    this.versions.set(uri, 1);
    await this.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId, version: 1, text } });
    return 1;
  }

  /** Sends edits; returns the new version. */
  async change(uri: string, ...contentChanges: TextDocumentContentChangeEvent[]): Promise<number> {
    const version = (this.versions.get(uri) ?? 1) + 1;
    this.versions.set(uri, version);
    await this.connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri, version }, contentChanges });
    return version;
  }

  async close(uri: string): Promise<void> {
    await this.connection.sendNotification(DidCloseTextDocumentNotification.type, { textDocument: { uri } });
  }

  /** shutdown, exit, and the process's exit code. */
  async stop(): Promise<number | null> {
    const exited = new Promise<number | null>((resolve) => {
      if (this.process.exitCode !== null) resolve(this.process.exitCode);
      else this.process.once('exit', (code) => resolve(code));
    });
    await this.connection.sendRequest(ShutdownRequest.type);
    await this.connection.sendNotification(ExitNotification.type);
    const code = await exited;
    this.connection.dispose();
    return code;
  }

  /** Ends the server without the protocol (after a failed test). */
  kill(): void {
    this.connection.dispose();
    if (this.process.exitCode === null) this.process.kill();
  }
}

function capabilities(options: StartOptions): ClientCapabilities {
  const base = defaults(options);
  const extra = options.capabilities ?? {};
  return { ...base, ...extra, textDocument: { ...base.textDocument, ...extra.textDocument }, workspace: { ...base.workspace, ...extra.workspace } };
}

function defaults(options: StartOptions): ClientCapabilities {
  return {
    textDocument: {
      synchronization: { dynamicRegistration: false },
      hover: { contentFormat: ['markdown', 'plaintext'] },
      completion: { completionItem: { snippetSupport: true } },
      documentSymbol: { hierarchicalDocumentSymbolSupport: true },
      publishDiagnostics: { versionSupport: true },
      ...(options.pull ? { diagnostic: { dynamicRegistration: false, relatedDocumentSupport: false } } : {}),
    },
    workspace: {
      configuration: options.configuration !== undefined,
      ...(options.pull ? { diagnostics: { refreshSupport: true } } : {}),
    },
  };
}

/** "LINE code" (1-based line) for each diagnostic, in order. */
export function summarize(diagnostics: { range: { start: { line: number } }; code?: number | string }[]): string[] {
  return diagnostics.map((d) => `${d.range.start.line + 1} ${d.code}`);
}
