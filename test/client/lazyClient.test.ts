// The language client created after activation (client/src/lazyClient.ts), with a fake client:
// nothing is created before activation returns, commands wait for the start, and `deactivate`
// stops the client whenever it comes (before the load, during the start, after it).
import * as assert from 'node:assert/strict';
import type { LanguageClient } from 'vscode-languageclient/node';
import { LazyClient, type LazyClientHooks } from '../../client/src/lazyClient';

class FakeClient {
  running = false;
  stops = 0;
  private finishStart!: (ok: boolean) => void;
  private startedResolve!: () => void;
  /** Resolves when `start()` is called. */
  readonly startCalled = new Promise<void>((resolve) => (this.startedResolve = resolve));

  start(): Promise<void> {
    this.startedResolve();
    return new Promise((resolve, reject) => {
      this.finishStart = (ok) => {
        this.running = ok;
        if (ok) resolve();
        else reject(new Error('no server'));
      };
    });
  }
  /** Ends the start begun by `start()`. */
  finish(ok = true): void {
    this.finishStart(ok);
  }
  isRunning(): boolean {
    return this.running;
  }
  async stop(): Promise<void> {
    if (!this.running) throw new Error('Client is not running and can’t be stopped');
    this.stops++;
    this.running = false;
  }
}

const turn = () => new Promise((resolve) => setImmediate(resolve));

function setUp(create?: () => FakeClient) {
  const fake = new FakeClient();
  const events: string[] = [];
  const hooks: LazyClientHooks = {
    created: () => events.push('created'),
    started: () => events.push('started'),
    failed: (error) => events.push(`failed: ${error instanceof Error ? error.message : String(error)}`),
  };
  const lazy = new LazyClient(() => {
    events.push('create');
    return (create ?? (() => fake))() as unknown as LanguageClient;
  }, hooks);
  return { fake, events, lazy };
}

describe('the language client created after activation', () => {
  it('creates nothing until the next turn of the event loop, then starts the client', async () => {
    const { fake, events, lazy } = setUp();
    lazy.schedule();
    assert.deepEqual(events, []);
    await fake.startCalled;
    assert.deepEqual(events, ['create', 'created']);
    fake.finish();
    assert.equal((await lazy.ready) as unknown, fake);
    assert.deepEqual(events, ['create', 'created', 'started']);
  });

  it('lets a command wait for the start', async () => {
    const { fake, lazy } = setUp();
    lazy.schedule();
    let answered = false;
    const command = lazy.ready.then((client) => (answered = client?.isRunning() ?? false));
    await fake.startCalled;
    await turn();
    assert.equal(answered, false);
    fake.finish();
    await command;
    assert.equal(answered, true);
  });

  it('never creates the client when stopped before the load', async () => {
    const { events, lazy } = setUp();
    lazy.schedule();
    await lazy.stop();
    await turn();
    assert.deepEqual(events, []);
    assert.equal(await lazy.ready, undefined);
    lazy.schedule();
    await turn();
    assert.deepEqual(events, []);
  });

  it('stops a starting client once its start is done', async () => {
    const { fake, lazy } = setUp();
    lazy.schedule();
    await fake.startCalled;
    const stopping = lazy.stop();
    await turn();
    assert.equal(fake.stops, 0);
    fake.finish();
    await stopping;
    assert.equal(fake.stops, 1);
    assert.equal(fake.isRunning(), false);
  });

  it('stops a running client, and does not stop one whose start failed', async () => {
    const running = setUp();
    running.lazy.schedule();
    await running.fake.startCalled;
    running.fake.finish();
    await running.lazy.ready;
    await running.lazy.stop();
    assert.equal(running.fake.stops, 1);

    const failing = setUp();
    failing.lazy.schedule();
    await failing.fake.startCalled;
    failing.fake.finish(false);
    assert.equal((await failing.lazy.ready) as unknown, failing.fake);
    assert.deepEqual(failing.events, ['create', 'created', 'failed: no server']);
    await failing.lazy.stop();
    assert.equal(failing.fake.stops, 0);
  });

  it('reports a client module that cannot be loaded, and commands get no client', async () => {
    const { events, lazy } = setUp(() => {
      throw new Error("Cannot find module './languageClient.js'");
    });
    lazy.schedule();
    assert.equal(await lazy.ready, undefined);
    assert.deepEqual(events, ['create', "failed: Cannot find module './languageClient.js'"]);
    await lazy.stop();
  });
});
