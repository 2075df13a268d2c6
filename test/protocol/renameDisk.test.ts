// Rename with a client that does not watch files: nothing tells the server that a
// closed draft changed on disk, so it reads again, before editing, the closed
// drafts changed since it read them (regular files only). It used to edit them at
// the ranges of the old text.
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { LogMessageParams, TextEdit, WorkspaceEdit } from 'vscode-languageserver-protocol';
import { LineMap } from '../../server/src/core';
import { splitLines } from '../../server/src/core/text';
import { ROOT, TestClient } from './client';

const FILES = ['CTOC-COP-WG.4-2021-1.unr', 'CTOC-COP-WG.4-2021-2.unr', 'CTOC-COP-WG.4-2021-3.unr', 'CTOC-COP-WG.4-2021-4.unr'];

function applyLsp(text: string, edits: TextEdit[]): string {
  const map = new LineMap(splitLines(text));
  const spans = edits.map((e) => ({ start: map.offset(e.range.start), end: map.offset(e.range.end), newText: e.newText })).sort((a, b) => b.start - a.start);
  let out = text;
  for (const s of spans) out = out.slice(0, s.start) + s.newText + out.slice(s.end);
  return out;
}

describe('protocol: rename across drafts changed on disk, without file watching', () => {
  let folder: string;
  let client: TestClient;
  const uri = (name: string) => pathToFileURL(join(folder, name)).href;

  before(async () => {
    folder = mkdtempSync(join(tmpdir(), 'rapporteur-rename-'));
    cpSync(join(ROOT, 'test/fixtures/session'), folder, { recursive: true });
    client = await TestClient.start({ workspaceFolders: [pathToFileURL(folder).href] });
    await client.waitFor<LogMessageParams>('window/logMessage', (p) => p.message.startsWith('Indexed 4 draft(s)'));
  });

  after(() => {
    client?.kill();
    rmSync(folder, { recursive: true, force: true });
  });

  it('edits a closed draft at the symbol as it now stands, and leaves out one that became a FIFO', async () => {
    const report = readFileSync(join(folder, FILES[3]), 'utf8');
    await client.open(uri(FILES[3]), report);
    // Closed drafts change on disk: the mention moves (a paragraph added before it, words before it
    // on its line), and a draft is replaced by a FIFO.
    const moved = readFileSync(join(folder, FILES[1]), 'utf8').replace('2. It builds on', '2. An added paragraph.\n\n3. It now builds, as was noted, on');
    writeFileSync(join(folder, FILES[1]), moved);
    unlinkSync(join(folder, FILES[0]));
    assert.equal(spawnSync('mkfifo', [join(folder, FILES[0])]).status, 0, 'mkfifo');
    const at = report.indexOf('CTOC/COP/WG.4/2021/3') + 3;
    const before = report.slice(0, at).split('\n');
    const edit = await client.connection.sendRequest<WorkspaceEdit>('textDocument/rename', {
      textDocument: { uri: uri(FILES[3]) },
      position: { line: before.length - 1, character: before[before.length - 1].length },
      newName: 'CTOC/COP/WG.4/2021/3/Rev.1',
    });
    const changes = edit.changes ?? {};
    assert.deepEqual(Object.keys(changes).map((u) => u.slice(u.lastIndexOf('/') + 1)).sort(), FILES.slice(1));
    assert.equal(applyLsp(moved, changes[uri(FILES[1])]), moved.replace('(CTOC/COP/WG.4/2021/3)', '(CTOC/COP/WG.4/2021/3/Rev.1)'));
  });
});
