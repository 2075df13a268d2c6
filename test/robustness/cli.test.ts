// Bad input to the command line: each gets one clear line or diagnostic naming
// the file, the other drafts are still checked, the exit status is 2 (README),
// and no stack trace is printed.
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync, truncateSync, chmodSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from './mutations';

const CLI = join(ROOT, 'dist/cli.js');
const CLEAN = ['A/AC.1/2020/4', 'Distr.: General', '1 May 2020', 'Original: English', '', 'Report', '', 'I. Introduction', '', '1. The committee met.', ''].join('\n');

/** Root reads any folder, so as root the permission test runs the command line as `nobody` (65534). */
const NOBODY = { uid: 65534, gid: 65534 };

function run(args: string[], cwd: string, as?: { uid: number; gid: number }): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [CLI, 'check', ...args], { cwd, encoding: 'utf8', timeout: 20_000, ...(as ?? {}) });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** A folder with one clean draft, `good.unr`, beside the bad input. */
function folder(): string {
  const path = mkdtempSync(join(tmpdir(), 'rapporteur-bad-'));
  writeFileSync(join(path, 'good.unr'), CLEAN);
  return path;
}

/** Runs the check; asserts exit 2, the good draft checked, no stack trace; returns the output. */
function checkBad(args: string[], cwd: string, as?: { uid: number; gid: number }): string {
  const { status, stdout, stderr } = run(args, cwd, as);
  assert.equal(status, 2, stdout + stderr);
  assert.match(stdout, /^Checked 1 draft:/m, 'the good draft is still checked');
  assert.doesNotMatch(stdout + stderr, /\n\s+at |internal error/);
  return stdout + stderr;
}

describe('robustness: bad input to the command line', function () {
  this.timeout(30_000);

  it('a draft over 50 MB: one file-too-large diagnostic, without reading it', () => {
    const path = folder();
    writeFileSync(join(path, 'huge.unr'), '');
    truncateSync(join(path, 'huge.unr'), 51 * 1024 * 1024); // sparse: instant
    assert.match(checkBad(['.'], path), /huge\.unr:1:1 {2}error {2}file-too-large {2}The file is 51\.0 MB; drafts over 50 MB are not analysed\./);
  });

  it('UTF-16 without a byte-order mark: says so', () => {
    const path = folder();
    writeFileSync(join(path, 'utf16.unr'), Buffer.from(CLEAN, 'utf16le'));
    assert.match(checkBad(['.'], path), /utf16\.unr:1:1 {2}error {2}file-unreadable {2}The file looks like UTF-16 without a byte-order mark/);
  });

  it('UTF-16 with a byte-order mark, and Windows-1252: says so', () => {
    const path = folder();
    writeFileSync(join(path, 'bom.unr'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(CLEAN, 'utf16le')]));
    writeFileSync(join(path, 'latin.unr'), Buffer.from(CLEAN.replace('met.', 'met in Gen\u00e8ve.'), 'latin1'));
    const output = checkBad(['bom.unr', 'latin.unr', 'good.unr'], path);
    assert.match(output, /bom\.unr:1:1 {2}error {2}file-unreadable {2}The file is in UTF-16/);
    assert.match(output, /latin\.unr:10:1 {2}error {2}file-unreadable {2}The file is not valid UTF-8/);
  });

  it('a FIFO named on the command line: refused, not read (a read would wait forever)', () => {
    const path = folder();
    spawnSync('mkfifo', [join(path, 'pipe.unr')]);
    assert.match(checkBad(['pipe.unr', 'good.unr'], path), /rapporteur: pipe\.unr: not a regular file/);
  });

  it('a FIFO, a dangling link and a folder named like a draft inside a folder: skipped', () => {
    const path = folder();
    spawnSync('mkfifo', [join(path, 'pipe.unr')]);
    symlinkSync(join(path, 'missing.unr'), join(path, 'dangling.unr'));
    mkdirSync(join(path, 'folder.unr'));
    const { status, stdout, stderr } = run(['.'], path);
    assert.equal(status, 0, stderr);
    assert.equal(stdout.trim(), 'Checked 1 draft: no problems found.');
  });

  it('a dangling link, a file used as a folder, and a missing path named on the command line', () => {
    const path = folder();
    symlinkSync(join(path, 'missing.unr'), join(path, 'dangling.unr'));
    const output = checkBad(['dangling.unr', 'good.unr/sub.unr', 'nowhere', 'good.unr'], path);
    assert.match(output, /rapporteur: dangling\.unr: no such file or folder/);
    assert.match(output, /rapporteur: good\.unr\/sub\.unr: a part of the path is not a folder/);
    assert.match(output, /rapporteur: nowhere: no such file or folder/);
  });

  it('an unreadable folder: named, the rest checked', function () {
    const asRoot = process.getuid?.() === 0;
    if (asRoot) {
      // As nobody, Node and the command line must be reachable (not so in a checkout under /root, say).
      const probe = spawnSync(process.execPath, ['-e', `require('fs').accessSync(${JSON.stringify(CLI)})`], { ...NOBODY, timeout: 10_000 });
      if (probe.status !== 0) {
        console.log(`      (skipped: user nobody cannot run ${CLI}, so permissions cannot be tried here)`);
        this.skip();
      }
    }
    const path = folder();
    if (asRoot) chmodSync(path, 0o755); // mkdtemp makes it 0700: let nobody in
    mkdirSync(join(path, 'locked'));
    chmodSync(join(path, 'locked'), 0);
    try {
      assert.match(checkBad(['.'], path, asRoot ? NOBODY : undefined), /rapporteur: locked: permission denied/);
    } finally {
      chmodSync(join(path, 'locked'), 0o755);
    }
  });
});
