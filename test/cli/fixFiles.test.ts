// `rapporteur fix` and the files it writes (issue 15): through a symbolic link to its
// target, never over a read-only file or one of several hard links, with its mode
// bits and owner kept, a short temporary name, an honest summary, and a file over
// the size limit refused before it is read.
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { chmodSync, chownSync, linkSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, readlinkSync, rmSync, statSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fixPaths } from '../../server/src/cli/fix';

const ROOT = resolve(__dirname, '../../..');
const CLI = join(ROOT, 'dist/cli.js');
const NOBODY = { uid: 65534, gid: 65534 };
const AS_ROOT = process.getuid?.() === 0;
/** As root, whether nobody can run the command line (not so in a checkout under /root, say). */
const AS_NOBODY_TOO = AS_ROOT && spawnSync(process.execPath, ['-e', `require('fs').accessSync(${JSON.stringify(CLI)})`], { ...NOBODY, timeout: 10_000 }).status === 0;

const MASTHEAD = ['A/AC.1/2020/4', 'Distr.: General', '1 May 2020', 'Original: English', '', 'Report', ''];
const DRAFT = [...MASTHEAD, 'I. Introduction', '', '1. The committee met.', '', 'It heard statements.', ''].join('\n');
const FIXED = [...MASTHEAD, 'I. Introduction', '', '1. The committee met.', '', '2. It heard statements.', ''].join('\n');

function run(args: string[], cwd: string, as?: { uid: number; gid: number }): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [CLI, 'fix', ...args], { cwd, encoding: 'utf8', timeout: 20_000, ...(as ?? {}) });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

function folderWith(name = 'report.unr', text = DRAFT): string {
  const folder = mkdtempSync(join(tmpdir(), 'rapporteur-files-'));
  writeFileSync(join(folder, name), text);
  return folder;
}

const modeOf = (path: string) => statSync(path).mode & 0o7777;

describe('rapporteur fix: the files it writes', () => {
  it('writes through a symbolic link to its target, and keeps the link', () => {
    const folder = folderWith();
    mkdirSync(join(folder, 'real'));
    writeFileSync(join(folder, 'real', 'report.unr'), DRAFT);
    rmSync(join(folder, 'report.unr'));
    symlinkSync(join('real', 'report.unr'), join(folder, 'link.unr'));
    const { status, stdout, stderr } = run(['link.unr'], folder);
    assert.equal(status, 0, stderr);
    assert.equal(stdout, 'link.unr: fixed\n');
    assert.ok(lstatSync(join(folder, 'link.unr')).isSymbolicLink());
    assert.equal(readlinkSync(join(folder, 'link.unr')), join('real', 'report.unr'));
    assert.equal(readFileSync(join(folder, 'real', 'report.unr'), 'utf8'), FIXED);
    assert.deepEqual(readdirSync(join(folder, 'real')), ['report.unr']);
  });

  it('fixes a draft named twice (as itself and through a link) once', () => {
    const folder = folderWith();
    symlinkSync('report.unr', join(folder, 'link.unr'));
    const { status, stdout, stderr } = run(['report.unr', 'link.unr'], folder);
    assert.equal(status, 0, stderr);
    assert.equal(stdout, 'link.unr: fixed\n');
    assert.equal(stderr, 'Fixed 1 draft of 1.\n');
    assert.equal(readFileSync(join(folder, 'report.unr'), 'utf8'), FIXED);
  });

  it('refuses a read-only draft, with a message and an honest summary', () => {
    const folder = folderWith();
    const file = join(folder, 'report.unr');
    chmodSync(file, 0o444);
    const { status, stdout, stderr } = run(['report.unr'], folder);
    assert.equal(status, 1);
    assert.equal(stdout, '');
    assert.equal(stderr, 'rapporteur: report.unr: the file is read-only; not written.\nFixed 0 drafts of 1; 1 not written.\n');
    assert.equal(readFileSync(file, 'utf8'), DRAFT);
    assert.equal(modeOf(file), 0o444);
  });

  it('keeps the mode bits: 0666 (whatever the umask) and setgid', () => {
    for (const mode of [0o666, 0o2664, 0o640]) {
      const folder = folderWith();
      const file = join(folder, 'report.unr');
      chmodSync(file, mode);
      const { status, stderr } = run(['report.unr'], folder);
      assert.equal(status, 0, stderr);
      assert.equal(readFileSync(file, 'utf8'), FIXED);
      assert.equal(modeOf(file).toString(8), mode.toString(8));
    }
  });

  it('keeps the owner and group (as root, of a draft owned by another user)', () => {
    const folder = folderWith();
    const file = join(folder, 'report.unr');
    const owner = AS_ROOT ? NOBODY : { uid: statSync(file).uid, gid: statSync(file).gid };
    if (AS_ROOT) chownSync(file, owner.uid, owner.gid);
    assert.equal(run(['report.unr'], folder).status, 0);
    assert.equal(readFileSync(file, 'utf8'), FIXED);
    assert.deepEqual({ uid: statSync(file).uid, gid: statSync(file).gid }, owner);
  });

  it('writes a draft only when the fixed file can keep its owner (as root: nobody fixing a draft of root\'s is refused)', () => {
    // Only root can make a draft that belongs to someone else; the command then runs as nobody.
    // Elsewhere the draft is the user's own, and is written.
    const folder = folderWith();
    chmodSync(folder, 0o777);
    const file = join(folder, 'report.unr');
    chmodSync(file, 0o666);
    const owner = statSync(file).uid;
    const { status, stdout, stderr } = run(['report.unr'], folder, AS_NOBODY_TOO ? NOBODY : undefined);
    if (AS_NOBODY_TOO) {
      assert.equal(status, 1, stderr);
      assert.equal(stdout, '');
      assert.equal(stderr, 'rapporteur: report.unr: the file belongs to another user, and a fixed copy would not; not written.\nFixed 0 drafts of 1; 1 not written.\n');
      assert.equal(readFileSync(file, 'utf8'), DRAFT);
      assert.deepEqual(readdirSync(folder), ['report.unr']);
    } else {
      assert.equal(status, 0, stderr);
      assert.equal(readFileSync(file, 'utf8'), FIXED);
    }
    assert.equal(statSync(file).uid, owner);
  });

  it('refuses a draft with several hard links, and says so', () => {
    const folder = folderWith();
    const file = join(folder, 'report.unr');
    linkSync(file, join(folder, 'copy.unr'));
    const { status, stderr } = run(['report.unr'], folder);
    assert.equal(status, 1);
    assert.equal(stderr, 'rapporteur: report.unr: the file has 2 hard links, which a fixed copy would split; not written. Fix a copy of it, or use --dry-run.\nFixed 0 drafts of 1; 1 not written.\n');
    assert.equal(readFileSync(file, 'utf8'), DRAFT);
    assert.equal(statSync(file).nlink, 2);
  });

  it('writes a draft whose name is as long as a name can be (the temporary name is short)', () => {
    const name = `${'a'.repeat(251)}.unr`;
    const folder = folderWith(name);
    const { status, stdout, stderr } = run(['.'], folder);
    assert.equal(status, 0, stderr);
    assert.equal(stdout, `${name}: fixed\n`);
    assert.equal(readFileSync(join(folder, name), 'utf8'), FIXED);
    assert.deepEqual(readdirSync(folder), [name]);
  });

  it('counts only the drafts it wrote: a draft gone before writing is not fixed', () => {
    const folder = folderWith();
    writeFileSync(join(folder, 'other.unr'), DRAFT);
    const err: string[] = [];
    const out: string[] = [];
    const gone = join(folder, 'report.unr');
    const status = fixPaths([folder], { dryRun: false, cwd: folder, out: (l) => out.push(l), err: (l) => err.push(l), beforeWrite: (f) => f === gone && rmSync(f) });
    assert.equal(status, 2);
    assert.deepEqual(out, ['other.unr: fixed']);
    assert.deepEqual(err, ['rapporteur: report.unr: could not write the fixed draft: no such file or folder', 'Fixed 1 draft of 2; 1 not written.']);
  });

  it('refuses a draft over the size limit without reading it', () => {
    const folder = folderWith('huge.unr', '');
    // Sparse, so instant; over 2 GiB, so that reading it would fail with another message.
    truncateSync(join(folder, 'huge.unr'), 3 * 1024 * 1024 * 1024);
    const { status, stdout, stderr } = run(['huge.unr'], folder);
    assert.equal(status, 2);
    assert.equal(stdout, '');
    assert.equal(stderr, 'rapporteur: huge.unr:1: The file is 3072.0 MB; drafts over 50 MB are not analysed. Not fixed.\nFixed 0 drafts of 0.\n');
    rmSync(folder, { recursive: true });
  });
});
