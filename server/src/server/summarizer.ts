// The entry of a summarizer worker thread (bundled as dist/summarizer.js): it
// reads, parses and summarizes the drafts it is sent, so that indexing a large
// archive uses every core. See summaryPool.ts.
import { parentPort } from 'node:worker_threads';
import { readSummary } from './workspaceFiles';

export interface SummaryJob {
  paths: string[];
}

parentPort?.on('message', async (job: SummaryJob) => {
  const results = [];
  for (const path of job.paths) results.push({ path, summary: await readSummary(path) });
  parentPort?.postMessage(results);
});
