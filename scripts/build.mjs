// Bundles the command line, the language server and the VS Code client with esbuild.
// The client is two bundles: extension.js, the small entry VS Code loads at activation, and
// languageClient.js (vscode-languageclient), which the entry requires after activation.
// Usage: node scripts/build.mjs [--watch] [--production]
import * as esbuild from 'esbuild';
import { chmodSync, existsSync } from 'node:fs';
import { resolve } from 'node:path';

const watch = process.argv.includes('--watch');
const production = process.argv.includes('--production');

const entries = [
  // The Node flags of server/src/cli/tuning.ts (STARTUP_FLAGS); `env -S` splits them, and npm's
  // bin shims on Windows read them from this line. Under 128 characters: older Linux kernels cut
  // a longer shebang.
  { in: 'server/src/cli/main.ts', out: 'cli', banner: '#!/usr/bin/env -S node --max-semi-space-size=2 --min-semi-space-size=2 --v8-pool-size=1 --initial-old-space-size=64', executable: true },
  { in: 'server/src/server/main.ts', out: 'server' },
  { in: 'server/src/server/summarizer.ts', out: 'summarizer' },
  // The PDF reader (unpdf's pdf.js), required by the command line and the server only when a PDF
  // is imported: 1.6 MB that `check` would otherwise load at every start.
  { in: 'server/src/import/pdfText.ts', out: 'pdfText' },
  // The server's PDF import thread: a small entry that requires dist/pdfText.js (server/src/server/pdfImport.ts).
  { in: 'server/src/server/pdfWorker.ts', out: 'pdfWorker' },
  // The Word writer (the `docx` package), required only when a draft is exported (server/src/export/index.ts).
  { in: 'server/src/export/docx.ts', out: 'docxExport' },
  { in: 'client/src/extension.ts', out: 'extension' },
  // Identifiers not minified: vscode-languageclient then loads in about 47 ms instead of 55 ms
  // (esbuild wraps each module in a named method instead of an arrow function; the difference is
  // all V8's lazy compilation, equal with a full code cache). BENCHMARKS.md, "5. activation".
  { in: 'client/src/languageClient.ts', out: 'languageClient', keepIdentifiers: true },
].filter((entry) => existsSync(entry.in));

/**
 * Requires that stay a require of another bundle next to the requiring one (loaded when needed,
 * not at start-up): from this source file, this specifier, to this bundle. Only from that file: the
 * bundle's own entry, and other files that import the same module, bundle it as usual. In the
 * tsc output (out/, the tests) the same require loads the compiled module beside the file.
 */
const SEPARATE = [
  { importer: 'client/src/extension.ts', specifier: './languageClient', bundle: './languageClient.js' },
  { importer: 'server/src/import/index.ts', specifier: './pdfText', bundle: './pdfText.js' },
  { importer: 'server/src/server/pdfWorker.ts', specifier: '../import/pdfText', bundle: './pdfText.js' },
  { importer: 'server/src/export/index.ts', specifier: './docx', bundle: './docxExport.js' },
].map((rule) => ({ ...rule, importer: resolve(rule.importer) }));

const separateBundles = {
  name: 'separate-bundles',
  setup(build) {
    build.onResolve({ filter: /^\.\.?\// }, (args) => {
      const rule = SEPARATE.find((r) => r.specifier === args.path && r.importer === args.importer);
      return rule ? { path: rule.bundle, external: true } : undefined;
    });
  },
};

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
      minifyWhitespace: production,
      minifySyntax: production,
      minifyIdentifiers: production && !entry.keepIdentifiers,
      logLevel: 'warning',
      banner: entry.banner ? { js: entry.banner } : undefined,
      plugins: [separateBundles],
    }),
  ),
);

if (watch) {
  await Promise.all(contexts.map((context) => context.watch()));
} else {
  await Promise.all(contexts.map((context) => context.rebuild()));
  await Promise.all(contexts.map((context) => context.dispose()));
  // Runnable as `dist/cli.js check …`, as the installed `rapporteur` bin is.
  for (const entry of entries) if (entry.executable) chmodSync(`dist/${entry.out}.js`, 0o755);
}
