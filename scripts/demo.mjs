// Runs the checker on the bundled example drafts: the quick start of README.md.
// The defects example is meant to fail, so this script reports but never fails.
import { spawnSync } from 'node:child_process';

for (const folder of ['examples/clean', 'examples/defects']) {
  console.log(`\n$ rapporteur check ${folder}`);
  const result = spawnSync(process.execPath, ['dist/cli.js', 'check', folder], { stdio: 'inherit' });
  console.log(`(exit status ${result.status})`);
}

console.log('\n$ rapporteur fix --dry-run examples/defects');
const fix = spawnSync(process.execPath, ['dist/cli.js', 'fix', '--dry-run', 'examples/defects'], { stdio: 'inherit' });
console.log(`(exit status ${fix.status})`);
