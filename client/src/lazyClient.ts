// The language client, created and started off the activation path. `schedule()` defers the
// creation to the next turn of the event loop (setImmediate), after `activate` has returned, so
// that loading vscode-languageclient (dist/languageClient.js) is not part of the activation VS
// Code waits for and reports. Commands wait for `ready`; `stop()` also works before the client
// exists (it is then never created) and while it is starting (it is stopped once started).
import type { LanguageClient } from 'vscode-languageclient/node';

export interface LazyClientHooks {
  /**
   * Called with the new client before it starts (to follow its state changes), and the time its
   * creation took, loading vscode-languageclient included.
   */
  created(client: LanguageClient, milliseconds: number): void;
  started(client: LanguageClient): void;
  /** The client module could not be loaded or the client could not start. */
  failed(error: unknown): void;
}

export class LazyClient {
  private pending: NodeJS.Immediate | undefined;
  private created = false;
  private stopped = false;
  private settle!: (client: LanguageClient | undefined) => void;
  /**
   * The client once its first start has settled, running or not; undefined when it was never
   * created (stopped before, or its module failed to load).
   */
  readonly ready = new Promise<LanguageClient | undefined>((resolve) => (this.settle = resolve));

  constructor(
    private readonly create: () => LanguageClient,
    private readonly hooks: LazyClientHooks,
  ) {}

  /** Creates and starts the client on the next turn of the event loop. */
  schedule(): void {
    if (this.pending || this.stopped) return;
    this.pending = setImmediate(() => {
      this.pending = undefined;
      void this.createAndStart();
    });
  }

  private async createAndStart(): Promise<void> {
    this.created = true;
    const began = performance.now();
    let client: LanguageClient;
    try {
      client = this.create();
    } catch (error) {
      this.hooks.failed(error);
      this.settle(undefined);
      return;
    }
    this.hooks.created(client, performance.now() - began);
    try {
      await client.start();
      this.hooks.started(client);
    } catch (error) {
      this.hooks.failed(error);
    }
    this.settle(client);
  }

  /** Stops the client (for `deactivate`); a client not yet created never will be. */
  async stop(): Promise<void> {
    this.stopped = true;
    if (this.pending) clearImmediate(this.pending);
    this.pending = undefined;
    if (!this.created) {
      this.settle(undefined);
      return;
    }
    // A starting client cannot be stopped (vscode-languageclient throws): wait for its start.
    const client = await this.ready;
    if (client?.isRunning()) await client.stop();
  }
}
