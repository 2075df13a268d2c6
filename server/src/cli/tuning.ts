// How the command line tunes V8 for what it is: one short run over a lot of text.
// A check of a 10 MB draft ends within half a second, before V8's optimizing
// compiler has caught up with the code: measured with `--trace-opt`, TurboFan
// spent about 700 ms compiling on a background thread during a 520 ms run, so
// most of the parse ran unoptimized. Smaller inlining budgets make each
// compilation cheap, so hot functions are optimized sooner; one platform thread
// leaves the other core to the main thread; a small young generation (2 MB from
// the start) keeps the scavenger's working set in cache; a larger first
// old-generation limit spares a full collection when a large draft's text and
// model (about 24 MB, alive to the end) are promoted. Together: 520 → 375–410 ms
// on the 10 MB draft of the benchmarks (BENCHMARKS.md, "Step 6"). None of this
// changes what is found.

import { setFlagsFromString } from 'node:v8';

/**
 * Node flags the command line's shebang gives (scripts/build.mjs writes it; a
 * test checks the two agree). V8 sizes its heap and Node its thread pool at
 * start-up, so these cannot be set from inside the process.
 */
export const STARTUP_FLAGS = ['--max-semi-space-size=2', '--min-semi-space-size=2', '--v8-pool-size=1', '--initial-old-space-size=64'];

/** Compiler flags, set at the start of a run (so also under a plain `node dist/cli.js`). */
export const COMPILER_FLAGS = ['--max-inlined-bytecode-size-cumulative=150', '--no-turbo-loop-peeling', '--no-turbo-escape'];

/**
 * V8 versions whose flag list has the compiler flags (checked on V8 11.3, Node 20;
 * all three date from 2016–17). V8 prints "unrecognized flag" for a flag it does
 * not know, so another version runs untuned rather than noisy.
 */
export function knowsCompilerFlags(v8Version: string): boolean {
  const major = Number(v8Version.split('.')[0]);
  return major >= 10 && major <= 13;
}

/**
 * Sets the compiler flags. They only steer the optimizing compiler's choices:
 * the check finds the same either way, only slower without them.
 */
export function tuneCompiler(v8Version = process.versions.v8): void {
  if (!knowsCompilerFlags(v8Version)) return;
  for (const flag of COMPILER_FLAGS) {
    try {
      setFlagsFromString(flag);
    } catch {
      // Nothing to tell the user: the check is the same without the flag.
    }
  }
}
