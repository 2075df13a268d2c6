// Activation cost, measured without VS Code: the time to load the extension bundle
// (dist/extension.js) in a fresh Node process with a stub `vscode` module, and the
// sizes of the bundles and of the packaged .vsix.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { median, ms, type Row } from './stats';

/** Loads the bundle with `vscode` resolved to a stub whose every property is a callable stub; prints the load time. */
const LOADER = `
const Module = require('module');
const stub = new Proxy(function () {}, { get: (t, k) => (k === 'then' ? undefined : stub), apply: () => stub, construct: () => stub });
const resolve = Module._resolveFilename;
Module._resolveFilename = function (request, ...rest) { return request === 'vscode' ? 'vscode' : resolve.call(this, request, ...rest); };
require.cache.vscode = { id: 'vscode', filename: 'vscode', loaded: true, exports: stub };
const start = process.hrtime.bigint();
require(process.argv[1]);
process.stdout.write(String(Number(process.hrtime.bigint() - start) / 1e6));
`;

function loadTime(bundle: string, runs: number): number {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) times.push(Number(execFileSync(process.execPath, ['-e', LOADER, bundle], { encoding: 'utf8' })));
  return median(times);
}

const kb = (file: string) => `${(statSync(file).size / 1024).toFixed(0)} KB`;

export function activation(root: string, runs: number, packageVsix: boolean): Row[] {
  const rows: Row[] = [];
  if (packageVsix) {
    const packaged = spawnSync('npm', ['run', 'package'], { cwd: root, stdio: 'ignore' });
    const vsix = join(root, 'rapporteur.vsix');
    if (packaged.status === 0 && existsSync(vsix)) {
      const size = statSync(vsix).size;
      rows.push({ benchmark: '5. activation', measure: 'rapporteur.vsix (npm run package)', value: kb(vsix), target: '< 1 MB', met: size < 1024 * 1024 });
    } else {
      rows.push({ benchmark: '5. activation', measure: 'rapporteur.vsix (npm run package)', value: 'packaging failed' });
    }
  }
  const extension = join(root, 'dist/extension.js');
  const load = loadTime(extension, runs);
  const kind = packageVsix ? 'production' : 'development';
  rows.push({ benchmark: '5. activation', measure: `require dist/extension.js, ${kind} bundle (${kb(extension)}), stub vscode`, value: ms(load), target: '<= 50 ms', met: load <= 50 });
  rows.push({ benchmark: '5. activation', measure: `dist/server.js, ${kind} bundle`, value: kb(join(root, 'dist/server.js')) });
  if (packageVsix) spawnSync(process.execPath, [join(root, 'scripts/build.mjs')], { cwd: root, stdio: 'ignore' }); // back to the development build
  return rows;
}
