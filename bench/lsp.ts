// A minimal LSP client for the benchmarks: spawns `node dist/server.js --stdio`,
// announces pull or push diagnostics and work-done progress, and times requests.
import { SERVER_EXEC_ARGV } from '../client/src/serverFlags';
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import {
  createProtocolConnection,
  DidChangeTextDocumentNotification,
  DidOpenTextDocumentNotification,
  DocumentDiagnosticRequest,
  ExitNotification,
  HoverRequest,
  InitializedNotification,
  InitializeRequest,
  ShutdownRequest,
  StreamMessageReader,
  StreamMessageWriter,
  type DocumentDiagnosticReport,
  type Position,
  type ProtocolConnection,
  type PublishDiagnosticsParams,
} from 'vscode-languageserver-protocol/node';

export interface BenchClientOptions {
  server: string;
  pull: boolean;
  folders?: string[];
}

export class BenchClient {
  private readonly versions = new Map<string, number>();
  private readonly published: ((params: PublishDiagnosticsParams) => void)[] = [];
  /** Work-done progress tokens the server created, and what each reported. */
  readonly progress = new Map<string, { begin?: number; end?: number; title?: string }>();
  readonly logs: { at: number; message: string }[] = [];
  private readonly progressListeners: (() => void)[] = [];

  private constructor(readonly child: ChildProcess, readonly connection: ProtocolConnection) {}

  static async start(options: BenchClientOptions): Promise<BenchClient> {
    const child = spawn(process.execPath, [...SERVER_EXEC_ARGV, options.server, '--stdio'], { stdio: ['pipe', 'pipe', 'ignore'] });
    const connection = createProtocolConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
    const client = new BenchClient(child, connection);
    connection.onNotification('textDocument/publishDiagnostics', (params: PublishDiagnosticsParams) => {
      for (const listener of [...client.published]) listener(params);
    });
    connection.onNotification('window/logMessage', (params: { message: string }) => client.logged(params.message));
    connection.onNotification('$/progress', (params: { token: string | number; value: { kind: string; title?: string } }) => client.progressed(params));
    connection.onRequest('window/workDoneProgress/create', (params: { token: string | number }) => {
      client.progress.set(String(params.token), {});
      return null;
    });
    connection.onRequest('workspace/configuration', (params: { items: unknown[] }) => params.items.map(() => null));
    connection.onRequest('client/registerCapability', () => null);
    connection.onRequest('workspace/diagnostic/refresh', () => null);
    connection.listen();
    await connection.sendRequest(InitializeRequest.type, {
      processId: process.pid,
      rootUri: null,
      workspaceFolders: options.folders?.map((uri) => ({ uri, name: uri })) ?? null,
      capabilities: {
        window: { workDoneProgress: true },
        workspace: { configuration: true, diagnostics: { refreshSupport: true } },
        textDocument: {
          synchronization: { dynamicRegistration: false },
          publishDiagnostics: { versionSupport: true },
          ...(options.pull ? { diagnostic: { dynamicRegistration: false, relatedDocumentSupport: false } } : {}),
        },
      },
    });
    await connection.sendNotification(InitializedNotification.type, {});
    return client;
  }

  get pid(): number {
    return this.child.pid ?? 0;
  }

  /** Resident memory of the server process, in MB (Linux). */
  rssMb(): number {
    const status = readFileSync(`/proc/${this.pid}/status`, 'utf8');
    const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? NaN);
    return kb / 1024;
  }

  private logged(message: string): void {
    this.logs.push({ at: performance.now(), message });
    for (const listener of [...this.progressListeners]) listener();
  }

  private progressed(params: { token: string | number; value: { kind: string; title?: string } }): void {
    const entry = this.progress.get(String(params.token)) ?? {};
    if (params.value.kind === 'begin') Object.assign(entry, { begin: performance.now(), title: params.value.title });
    if (params.value.kind === 'end') entry.end = performance.now();
    this.progress.set(String(params.token), entry);
    for (const listener of [...this.progressListeners]) listener();
  }

  /** Resolves when `test` holds, checked on every progress or log message. */
  until(test: () => boolean): Promise<void> {
    if (test()) return Promise.resolve();
    return new Promise((resolve) => {
      const listener = () => {
        if (!test()) return;
        this.progressListeners.splice(this.progressListeners.indexOf(listener), 1);
        resolve();
      };
      this.progressListeners.push(listener);
    });
  }

  async open(uri: string, text: string): Promise<void> {
    this.versions.set(uri, 1);
    await this.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'un-report', version: 1, text } });
  }

  /** Inserts `text` at `position`; returns the new version. */
  async insert(uri: string, position: Position, text: string): Promise<number> {
    const version = (this.versions.get(uri) ?? 1) + 1;
    this.versions.set(uri, version);
    await this.connection.sendNotification(DidChangeTextDocumentNotification.type, {
      textDocument: { uri, version },
      contentChanges: [{ range: { start: position, end: position }, text }],
    });
    return version;
  }

  /** The next publishDiagnostics for `uri` at `version` or later. */
  publishedAt(uri: string, version: number): Promise<PublishDiagnosticsParams> {
    return new Promise((resolve) => {
      const listener = (params: PublishDiagnosticsParams) => {
        if (params.uri !== uri || (params.version ?? 0) < version) return;
        this.published.splice(this.published.indexOf(listener), 1);
        resolve(params);
      };
      this.published.push(listener);
    });
  }

  pull(uri: string, previousResultId?: string): Promise<DocumentDiagnosticReport> {
    return this.connection.sendRequest(DocumentDiagnosticRequest.type, { textDocument: { uri }, ...(previousResultId ? { previousResultId } : {}) });
  }

  hover(uri: string, position: Position): Promise<unknown> {
    return this.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position });
  }

  async stop(): Promise<void> {
    try {
      await Promise.race([this.connection.sendRequest(ShutdownRequest.type), new Promise((resolve) => setTimeout(resolve, 2000))]);
      await this.connection.sendNotification(ExitNotification.type);
    } catch {
      // The server is gone already.
    }
    this.connection.dispose();
    if (this.child.exitCode === null) this.child.kill();
  }
}
