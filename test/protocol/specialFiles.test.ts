// A FIFO named like a draft in a watched folder: reading it would wait forever for a
// writer, and with it the index queue that every request waits for. The server skips
// whatever is not a regular file, however it learns of it.
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { LogMessageParams, SymbolInformation } from 'vscode-languageserver-protocol';
import { ROOT, TestClient } from './client';

const SESSION = join(ROOT, 'test/fixtures/session');

describe('protocol: files that are not regular files', () => {
  let folder: string;
  let client: TestClient;
  const uri = (name: string) => pathToFileURL(join(folder, name)).href;
  const indexUpdated = () => client.waitForNext<LogMessageParams>('window/logMessage', (p) => p.message.startsWith('Index updated'));
  const created = async (name: string) => {
    const done = indexUpdated();
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: uri(name), type: 1 }] });
    await done;
  };
  /** Copies a draft of the session into the folder, tells the server, and finds it by its symbol. */
  const indexedAfter = async (fixture: string, symbol: string) => {
    copyFileSync(join(SESSION, fixture), join(folder, fixture));
    await created(fixture);
    const found = await client.connection.sendRequest<SymbolInformation[]>('workspace/symbol', { query: symbol });
    return found.map((s) => s.name);
  };

  before(async () => {
    folder = mkdtempSync(join(tmpdir(), 'rapporteur-fifo-'));
    copyFileSync(join(SESSION, 'CTOC-COP-WG.4-2021-1.unr'), join(folder, 'CTOC-COP-WG.4-2021-1.unr'));
    assert.equal(spawnSync('mkfifo', [join(folder, 'pipe.unr')]).status, 0, 'mkfifo');
    client = await TestClient.start({
      workspaceFolders: [pathToFileURL(folder).href],
      capabilities: { workspace: { didChangeWatchedFiles: { dynamicRegistration: true }, workspaceFolders: true, symbol: {} } },
    });
    await client.waitFor<LogMessageParams>('window/logMessage', (p) => p.message.startsWith('Indexed 1 draft(s)'));
  });

  after(() => {
    client?.kill();
    rmSync(folder, { recursive: true, force: true });
  });

  it('skips a FIFO reported as created, and indexes the drafts that follow', async () => {
    await created('pipe.unr');
    assert.deepEqual(await indexedAfter('CTOC-COP-WG.4-2021-2.unr', 'WG.4/2021/2'), ['CTOC/COP/WG.4/2021/2']);
  });

  it('skips a FIFO when the draft open at its path is closed', async () => {
    const text = readFileSync(join(SESSION, 'CTOC-COP-WG.4-2021-3.unr'), 'utf8');
    await client.open(uri('pipe.unr'), text);
    await client.close(uri('pipe.unr'));
    assert.deepEqual(await indexedAfter('CTOC-COP-WG.4-2021-4.unr', 'WG.4/2021/4'), ['CTOC/COP/WG.4/2021/4']);
    const closed = await client.connection.sendRequest<SymbolInformation[]>('workspace/symbol', { query: 'WG.4/2021/3' });
    assert.deepEqual(closed, [], 'the closed draft at the FIFO is no longer indexed');
  });
});
