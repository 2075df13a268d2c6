// Activation cost, measured without VS Code, in a fresh Node process per run with a stub `vscode`
// module: what VS Code counts as activation (the `require` of dist/extension.js and the
// `activate(context)` call until its promise resolves), and, reported apart so that nothing is
// hidden, what the extension does just after activation (require dist/languageClient.js and create
// the LanguageClient). Also the sizes of the bundles and of the packaged .vsix.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { median, ms, type Row } from './stats';

/**
 * argv: root. `vscode` resolves to an object with every value name of @types/vscode, each a
 * callable stub (VS Code's API object has them as own properties, which esbuild's interop copies).
 * Times the require of the entry and `await activate(context)`; then, synchronously, before the
 * entry's own deferred load runs (setImmediate), the require of the language-client bundle and
 * `createLanguageClient`, the work of that deferred callback before `client.start()`. Exits before
 * the deferred callback runs, and `fork`/`spawn` throw, so no server is started (an extension
 * that starts its client in `activate` gets a rejected start). Prints JSON.
 */
const LOADER = `
const Module = require('module');
const { readFileSync, existsSync } = require('fs');
const { join } = require('path');
const root = process.argv[1];
const stub = new Proxy(function () {}, { get: (t, k) => (k === 'then' ? undefined : stub), apply: () => stub, construct: () => stub, set: () => true });
const types = readFileSync(join(root, 'node_modules/@types/vscode/index.d.ts'), 'utf8');
const names = [...types.matchAll(/^\\t?export (?:namespace|class|enum|const|function) (\\w+)/gm)].map((m) => m[1]);
const api = { ...Object.fromEntries(names.map((name) => [name, stub])), version: '1.100.3' };
const resolve = Module._resolveFilename;
Module._resolveFilename = function (request, ...rest) { return request === 'vscode' ? 'vscode' : resolve.call(this, request, ...rest); };
require.cache.vscode = { id: 'vscode', filename: 'vscode', loaded: true, exports: api };
// No language server: one left running would load the machine for the next runs.
const childProcess = require('child_process');
for (const name of ['fork', 'spawn']) childProcess[name] = () => { throw new Error('the activation bench starts no server'); };
const context = { subscriptions: [], extensionPath: root, asAbsolutePath: (path) => join(root, path) };
const now = () => Number(process.hrtime.bigint()) / 1e6;
(async () => {
  const t0 = now();
  const extension = require(join(root, 'dist/extension.js'));
  const t1 = now();
  await extension.activate(context);
  const t2 = now();
  const result = { require: t1 - t0, activate: t2 - t1 };
  const bundle = join(root, 'dist/languageClient.js');
  if (existsSync(bundle)) {
    const t3 = now();
    const { createLanguageClient } = require(bundle);
    const t4 = now();
    createLanguageClient({ serverModule: join(root, 'dist/server.js'), languageId: 'un-report', clientCommands: [] });
    result.clientRequire = t4 - t3;
    result.clientCreate = now() - t4;
  }
  process.stdout.write(JSON.stringify(result));
  process.exit(0);
})();
`;

interface Run {
  require: number;
  activate: number;
  clientRequire?: number;
  clientCreate?: number;
}

export interface ActivationTimes {
  /** Medians over the runs, in ms. */
  require: number;
  activate: number;
  activation: number;
  clientRequire?: number;
  clientCreate?: number;
  deferred?: number;
}

export function activationTimes(root: string, runs: number): ActivationTimes {
  const samples: Run[] = [];
  for (let i = 0; i < runs; i++) samples.push(JSON.parse(execFileSync(process.execPath, ['-e', LOADER, root], { encoding: 'utf8' })));
  const of = (pick: (run: Run) => number) => median(samples.map(pick));
  const times: ActivationTimes = { require: of((r) => r.require), activate: of((r) => r.activate), activation: of((r) => r.require + r.activate) };
  if (samples[0].clientRequire !== undefined) {
    times.clientRequire = of((r) => r.clientRequire ?? NaN);
    times.clientCreate = of((r) => r.clientCreate ?? NaN);
    times.deferred = of((r) => (r.clientRequire ?? NaN) + (r.clientCreate ?? NaN));
  }
  return times;
}

const kb = (file: string) => `${(statSync(file).size / 1024).toFixed(0)} KB`;

export function activation(root: string, runs: number, packageVsix: boolean): Row[] {
  const rows: Row[] = [];
  const row = (measure: string, value: string, target?: string, met?: boolean) => rows.push({ benchmark: '5. activation', measure, value, target, met });
  if (packageVsix) {
    const packaged = spawnSync('npm', ['run', 'package'], { cwd: root, stdio: 'ignore' });
    const vsix = join(root, 'rapporteur.vsix');
    if (packaged.status === 0 && existsSync(vsix)) row('rapporteur.vsix (npm run package)', kb(vsix), '< 1 MB', statSync(vsix).size < 1024 * 1024);
    else row('rapporteur.vsix (npm run package)', 'packaging failed');
  }
  const kind = packageVsix ? 'production' : 'development';
  const times = activationTimes(root, runs);
  const entry = `require dist/extension.js (${kind}, ${kb(join(root, 'dist/extension.js'))})`;
  row(`activation: ${entry} + activate(), stub vscode (median of ${runs})`, `${ms(times.activation)} (${ms(times.require)} + ${ms(times.activate)})`, '<= 50 ms', times.activation <= 50);
  if (times.deferred !== undefined) {
    const bundle = `require dist/languageClient.js (${kb(join(root, 'dist/languageClient.js'))})`;
    row(`after activation (deferred, not counted by VS Code): ${bundle} + new LanguageClient`, `${ms(times.deferred)} (${ms(times.clientRequire ?? NaN)} + ${ms(times.clientCreate ?? NaN)})`);
  }
  row(`dist/server.js, ${kind} bundle`, kb(join(root, 'dist/server.js')));
  if (packageVsix) spawnSync(process.execPath, [join(root, 'scripts/build.mjs')], { cwd: root, stdio: 'ignore' }); // back to the development build
  return rows;
}
