// The progress line of `rapporteur check` on a terminal: "Checking 1,240
// drafts… 530", rewritten in place at most every PROGRESS_MS and only for
// runs of at least MIN_DRAFTS drafts, cleared at the end.
import type { ProgressListener } from './check';

const MIN_DRAFTS = 20;
const PROGRESS_MS = 100;

const count = (n: number) => n.toLocaleString('en-US');

export function progressLine(write: (line: string | undefined) => void, now: () => number = Date.now): { listener: ProgressListener; clear(): void } {
  let last = -Infinity;
  let shown = false;
  const listener: ProgressListener = (phase, done, total) => {
    if (total < MIN_DRAFTS || (now() - last < PROGRESS_MS && done !== total)) return;
    last = now();
    shown = true;
    write(`${phase === 'indexing' ? 'Indexing' : 'Checking'} ${count(total)} drafts… ${count(done)}`);
  };
  return { listener, clear: () => shown && write(undefined) };
}
