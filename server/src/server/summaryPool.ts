// Summarizing many drafts on every core: worker threads (dist/summarizer.js)
// each read, parse and summarize a share of the paths, and send back only the
// summaries. Small batches, or a build without the worker bundle (the tests'
// tsc output), are summarized on this thread instead; a worker that fails
// hands its paths back to this thread, so no draft is lost.
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { DraftSummary } from '../core';
import { readSummaries, readSummary } from './workspaceFiles';

/** Below this many drafts, starting workers costs more than it saves. */
const WORKER_THRESHOLD = 64;
const MAX_WORKERS = 4;
/** Paths per message: small enough to balance the load, large enough to keep messages few. */
const CHUNK = 16;

export type SummaryListener = (summary: DraftSummary | undefined, path: string, done: number) => void;

interface Result {
  path: string;
  summary: DraftSummary | undefined;
}

/** The worker bundle next to this bundle, if it was built. */
export function workerScript(): string | undefined {
  const script = join(__dirname, 'summarizer.js');
  return existsSync(script) ? script : undefined;
}

/** Summarizes every path (in completion order), on worker threads when there are many. */
export async function summarizeAll(paths: string[], each: SummaryListener, script = workerScript()): Promise<void> {
  const workers = Math.min(MAX_WORKERS, availableParallelism(), Math.ceil(paths.length / WORKER_THRESHOLD));
  if (!script || workers < 2) return readSummaries(paths, each);
  const chunks: string[][] = [];
  for (let i = 0; i < paths.length; i += CHUNK) chunks.push(paths.slice(i, i + CHUNK));
  let done = 0;
  const deliver = (results: Result[]) => {
    for (const result of results) each(result.summary, result.path, ++done);
  };
  const leftOver: string[] = [];
  await Promise.all(Array.from({ length: workers }, () => runWorker(script, chunks, deliver, leftOver)));
  // Chunks no worker took (every worker failed) are left over too.
  for (const chunk of chunks) for (const path of chunk) leftOver.push(path);
  for (const path of leftOver) deliver([{ path, summary: await readSummary(path) }]);
}

/** One worker takes chunks until none is left; on failure its current chunk goes to `leftOver`. */
function runWorker(script: string, chunks: string[][], deliver: (results: Result[]) => void, leftOver: string[]): Promise<void> {
  return new Promise((resolve) => {
    let current: string[] | undefined;
    let finished = false;
    const worker = new Worker(script);
    const finish = () => {
      if (finished) return;
      finished = true;
      for (const path of current ?? []) leftOver.push(path);
      void worker.terminate();
      resolve();
    };
    const next = () => {
      current = chunks.shift();
      if (current) worker.postMessage({ paths: current });
      else finish();
    };
    worker.on('message', (results: Result[]) => {
      current = undefined;
      deliver(results);
      next();
    });
    worker.on('error', finish);
    worker.on('exit', finish);
    next();
  });
}
