// Indexing on worker threads gives the same summaries as on one thread, and a
// worker that fails loses no draft.
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { DraftSummary } from '../../server/src/core';
import { summarizeAll, workerScript } from '../../server/src/server/summaryPool';
import { readSummaries } from '../../server/src/server/workspaceFiles';

const report = readFileSync(join(__dirname, '../../../test/fixtures/CTOC-COP-WG.4-2020-4.unr'), 'utf8');

async function collect(run: (each: (summary: DraftSummary | undefined, path: string) => void) => Promise<void>): Promise<Map<string, DraftSummary | undefined>> {
  const found = new Map<string, DraftSummary | undefined>();
  await run((summary, path) => found.set(path, summary));
  return found;
}

describe('summarizing drafts on worker threads', function () {
  let folder: string;
  let paths: string[];

  before(() => {
    folder = mkdtempSync(join(tmpdir(), 'rapporteur-pool-'));
    paths = Array.from({ length: 150 }, (_, i) => {
      const path = join(folder, `draft-${i}.unr`);
      writeFileSync(path, i === 7 ? Buffer.from([0, 1, 2, 0xff]) : report.replace('CTOC/COP/WG.4/2020/4', `CTOC/COP/WG.4/2020/${i + 10}`));
      return path;
    });
  });

  after(() => rmSync(folder, { recursive: true, force: true }));

  it('finds the worker script beside the compiled pool', () => {
    assert.ok(workerScript(), 'summarizer.js next to summaryPool.js');
  });

  it('gives every draft the summary one thread gives it (a binary file none)', async () => {
    const pooled = await collect((each) => summarizeAll(paths, each));
    const single = await collect((each) => readSummaries(paths, each));
    assert.equal(pooled.size, paths.length);
    assert.equal(pooled.get(paths[7]), undefined);
    for (const path of paths) assert.deepEqual(pooled.get(path), single.get(path), path);
    assert.equal(pooled.get(paths[3])?.symbol?.text, 'CTOC/COP/WG.4/2020/13');
  });

  it('summarizes on this thread what a failing worker could not', async () => {
    const broken = join(folder, 'broken-worker.js');
    writeFileSync(broken, 'throw new Error("worker cannot start");');
    const pooled = await collect((each) => summarizeAll(paths, each, broken));
    assert.equal(pooled.size, paths.length);
    assert.equal(pooled.get(paths[149])?.symbol?.text, 'CTOC/COP/WG.4/2020/159');
  });

  it('skips a FIFO and a folder named like a draft, on worker threads and on this one (a FIFO read waits forever)', async () => {
    const fifo = join(folder, 'pipe.unr');
    const dir = join(folder, 'folder.unr');
    assert.equal(spawnSync('mkfifo', [fifo]).status, 0, 'mkfifo');
    mkdirSync(dir);
    const odd = [fifo, ...paths, dir];
    for (const found of [await collect((each) => summarizeAll(odd, each)), await collect((each) => readSummaries([fifo, dir, paths[0]], each))]) {
      assert.deepEqual([fifo, dir].map((path) => [found.has(path), found.get(path)]), [[true, undefined], [true, undefined]]);
      assert.equal(found.get(paths[0])?.symbol?.text, 'CTOC/COP/WG.4/2020/10');
    }
  });
});
