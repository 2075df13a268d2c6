// Benchmark 3: a workspace of many drafts. Time from starting the server to the
// end of its indexing work-done progress, and its resident memory afterwards.
// Servers that report no progress are timed to their "Read N draft(s)" log line.
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { generateArchive } from './generate';
import { BenchClient } from './lsp';
import { ms, now, type Row } from './stats';

const TIMEOUT_MS = 120_000;

/** Writes the archive once; later runs reuse it. Returns its total size in bytes. */
export function writeArchive(folder: string, count: number, paragraphs: number): number {
  const marker = join(folder, '.complete');
  let bytes = 0;
  if (!existsSync(marker)) mkdirSync(folder, { recursive: true });
  for (const draft of generateArchive(count, paragraphs)) {
    bytes += Buffer.byteLength(draft.text);
    if (!existsSync(marker)) writeFileSync(join(folder, draft.name), draft.text);
  }
  writeFileSync(marker, '');
  return bytes;
}

export async function indexing(server: string, folder: string, count: number, bytes: number): Promise<Row[]> {
  const start = now();
  const client = await BenchClient.start({ server, pull: true, folders: [pathToFileURL(folder).href] });
  try {
    const began = () => [...client.progress.values()].some((p) => p.begin !== undefined);
    const ended = () => [...client.progress.values()].some((p) => p.begin !== undefined && p.end !== undefined);
    const logged = () => client.logs.some((l) => /Read \d+ draft/.test(l.message));
    const timeout = new Promise<'timeout'>((resolve) => setTimeout(() => resolve('timeout'), TIMEOUT_MS).unref());
    const outcome = await Promise.race([client.until(() => ended() || (logged() && !began())).then(() => 'done' as const), timeout]);
    const elapsed = now() - start;
    const fallback = !ended();
    const rss = client.rssMb();
    const how = outcome === 'timeout' ? 'TIMED OUT' : fallback ? 'no progress reported: FALLBACK to the "Read N draft(s)" log line' : 'progress end';
    return [
      { benchmark: '3. indexing', measure: `${count} drafts, ${(bytes / 1e6).toFixed(0)} MB: start → indexed (${how})`, value: ms(elapsed), target: '<= 3 s', met: outcome === 'done' && elapsed <= 3000 },
      { benchmark: '3. indexing', measure: 'server resident memory afterwards (VmRSS)', value: `${rss.toFixed(0)} MB`, target: '<= 300 MB', met: rss <= 300 },
    ];
  } finally {
    await client.stop();
  }
}
