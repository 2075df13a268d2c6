// Bundles the command line, the language server and the VS Code client with esbuild.
// Usage: node scripts/build.mjs [--watch] [--production]
import * as esbuild from 'esbuild';
import { existsSync } from 'node:fs';

const watch = process.argv.includes('--watch');
const production = process.argv.includes('--production');

const entries = [
  { in: 'server/src/cli/main.ts', out: 'cli', banner: '#!/usr/bin/env node' },
  { in: 'server/src/server/main.ts', out: 'server' },
  { in: 'server/src/server/summarizer.ts', out: 'summarizer' },
  { in: 'client/src/extension.ts', out: 'extension' },
].filter((entry) => existsSync(entry.in));

const contexts = await Promise.all(
  entries.map((entry) =>
    esbuild.context({
      entryPoints: { [entry.out]: entry.in },
      bundle: true,
      platform: 'node',
      format: 'cjs',
      target: 'node18',
      outdir: 'dist',
      external: ['vscode'],
      // jsonc-parser's UMD build hides its requires from the bundler; its ESM build does not.
      mainFields: ['module', 'main'],
      sourcemap: !production,
      minify: production,
      logLevel: 'warning',
      banner: entry.banner ? { js: entry.banner } : undefined,
    }),
  ),
);

if (watch) {
  await Promise.all(contexts.map((context) => context.watch()));
} else {
  await Promise.all(contexts.map((context) => context.rebuild()));
  await Promise.all(contexts.map((context) => context.dispose()));
}
