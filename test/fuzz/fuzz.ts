// `npm run fuzz [-- --seed N] [--runs N] [--target NAME[,NAME]] [--verbose]`: the robustness
// properties run long, on the targets of targets.ts. Prints the seed and run
// count first, so any failure can be replayed with the same arguments, and a
// summary per target: runs, total time, slowest input (shown with --verbose).
import { parseArgs } from 'node:util';
import { performance } from 'node:perf_hooks';
import * as fc from 'fast-check';
import { TARGETS, type FuzzTarget } from './targets';

interface Summary {
  runs: number;
  total: number;
  slowest: number;
  /** The slowest input, as fast-check prints it (cut short). */
  slowestInput: string;
}

async function fuzz(target: FuzzTarget, seed: number, runs: number): Promise<Summary> {
  const summary: Summary = { runs: 0, total: 0, slowest: 0, slowestInput: '' };
  await target.before?.();
  try {
    const property = fc.asyncProperty(target.arbitrary, async (value) => {
      const start = performance.now();
      await target.check(value);
      const took = performance.now() - start;
      summary.runs++;
      summary.total += took;
      if (took > summary.slowest) {
        summary.slowest = took;
        summary.slowestInput = fc.stringify(value).slice(0, 300);
      }
    });
    await fc.assert(property, { seed, numRuns: runs, endOnFailure: true });
  } finally {
    await target.after?.();
  }
  return summary;
}

async function main(): Promise<number> {
  const { values } = parseArgs({ options: { seed: { type: 'string' }, runs: { type: 'string' }, target: { type: 'string' }, verbose: { type: 'boolean' } } });
  const seed = values.seed !== undefined ? Number(values.seed) : Date.now() % 2 ** 31;
  const names = values.target ? values.target.split(',') : Object.keys(TARGETS);
  const unknown = names.filter((name) => !TARGETS[name]);
  if (unknown.length > 0 || !Number.isInteger(seed)) {
    console.error(`fuzz: unknown target ${unknown.join(', ')} (targets: ${Object.keys(TARGETS).join(', ')}) or bad seed`);
    return 2;
  }
  for (const name of names) {
    const target = TARGETS[name];
    const runs = values.runs !== undefined ? Number(values.runs) : target.runs;
    console.log(`fuzz ${name}: seed ${seed}, ${runs} runs — ${target.what}`);
    console.log(`  replay: npm run fuzz -- --target ${name} --seed ${seed} --runs ${runs}`);
    const start = performance.now();
    try {
      const { runs: done, total, slowest, slowestInput } = await fuzz(target, seed, runs);
      const wall = (performance.now() - start) / 1000;
      console.log(`  ok: ${done} runs in ${wall.toFixed(1)} s (mean ${(total / Math.max(done, 1)).toFixed(1)} ms, slowest input ${slowest.toFixed(0)} ms)`);
      if (values.verbose) console.log(`  slowest: ${slowestInput}`);
    } catch (error) {
      const { message, cause } = error as Error;
      console.log(`  FAILED (seed ${seed}):\n${message}\n  cause: ${cause instanceof Error ? cause.message : String(cause)}`);
      return 1;
    }
  }
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
