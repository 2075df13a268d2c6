// `rapporteur import` as a user runs it: a real process, the files it writes, its exit status.
import * as assert from 'node:assert/strict';
import { execFileSync, spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { seedLikeDocx } from '../unit/import/docxFixtures';
import { seedWithFootnote } from '../unit/import/seedDocx';
import { textStream, tinyPdf } from '../unit/import/tinyPdf';

const ROOT = resolve(__dirname, '../../..');
const CLI = join(ROOT, 'dist/cli.js');
const FIXTURES = join(ROOT, 'test/fixtures');

export function runCli(args: string[], cwd: string): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8' });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

export function tempFolder(): string {
  return mkdtempSync(join(tmpdir(), 'rapporteur-import-'));
}

describe('rapporteur import (pasted text)', () => {
  it('writes NAME.unr beside the input, which check reads as the seed draft', () => {
    const folder = tempFolder();
    copyFileSync(join(FIXTURES, 'CTOC-COP-WG.4-2020-4.pdf-extract.txt'), join(folder, 'report.txt'));
    const { status, stdout, stderr } = runCli(['import', 'report.txt'], folder);
    assert.equal(status, 0, stderr);
    assert.equal(stdout, 'report.unr: imported from report.txt\n');
    assert.match(stderr, /report\.txt: 6 page head and foot lines removed\./);
    assert.equal(readFileSync(join(folder, 'report.unr'), 'utf8'), readFileSync(join(FIXTURES, 'CTOC-COP-WG.4-2020-4.unr'), 'utf8'));
    const check = runCli(['check', 'report.unr'], folder);
    assert.equal(check.status, 0);
    assert.match(check.stdout, /Checked 1 draft: 0 errors, 4 warnings, 1 information\./);
  });

  it('writes to -o, refuses to overwrite without --force, and overwrites with it', () => {
    const folder = tempFolder();
    writeFileSync(join(folder, 'paste.txt'), 'A/AC.1/2020/4\n\nI. Introduction\n\n- 1. The committee met.\n');
    writeFileSync(join(folder, 'draft.unr'), 'keep me\n');
    const refused = runCli(['import', 'paste.txt', '-o', 'draft.unr'], folder);
    assert.equal(refused.status, 2);
    assert.equal(refused.stderr, 'rapporteur: draft.unr: already exists; not overwritten (use --force to replace it)\n');
    assert.equal(readFileSync(join(folder, 'draft.unr'), 'utf8'), 'keep me\n');
    const forced = runCli(['import', 'paste.txt', '-o', 'draft.unr', '--force'], folder);
    assert.equal(forced.status, 0, forced.stderr);
    assert.equal(readFileSync(join(folder, 'draft.unr'), 'utf8'), 'A/AC.1/2020/4\n\nI. Introduction\n\n1. The committee met.\n');
  });

  it('exits 2 with one line for a missing input, no input, or an output that is the input', () => {
    const folder = tempFolder();
    const missing = runCli(['import', 'nothing.pdf'], folder);
    assert.equal(missing.status, 2);
    assert.match(missing.stderr, /^rapporteur: nothing\.pdf: .*\n$/);
    const none = runCli(['import'], folder);
    assert.equal(none.status, 2);
    assert.match(none.stderr, /no INPUT given/);
    writeFileSync(join(folder, 'a.unr'), 'A/AC.1/2020/4\n');
    const self = runCli(['import', 'a.unr'], folder);
    assert.equal(self.status, 2);
    assert.match(self.stderr, /would overwrite its own input a\.unr/);
  });

  describe('an INPUT that is not a regular file', () => {
    let child: ChildProcess | undefined;
    afterEach(() => {
      // Only reached on a failure: a run blocked on the FIFO.
      if (child && child.exitCode === null) child.kill('SIGKILL');
      child = undefined;
    });

    it('refuses a FIFO or /dev/zero without reading it, exit 2 with one line', async () => {
      const folder = tempFolder();
      execFileSync('mkfifo', [join(folder, 'paste.txt')]);
      // Run without blocking the test: a run that waits on the FIFO fails by the test's limit.
      const started = spawn(process.execPath, [CLI, 'import', 'paste.txt'], { cwd: folder });
      child = started;
      let stderr = '';
      started.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
      const status = await new Promise<number | null>((done) => started.on('close', done));
      assert.equal(status, 2);
      assert.equal(stderr, 'rapporteur: paste.txt: not a regular file (a FIFO), not read\n');
      assert.equal(existsSync(join(folder, 'paste.unr')), false);
      const device = runCli(['import', '/dev/zero', '-o', 'zero.unr'], folder);
      assert.equal(device.status, 2);
      assert.match(device.stderr, /^rapporteur: \S*dev\/zero: not a regular file \(a device\), not read\n$/);
    });
  });

  it('exits 2 for text that is not UTF-8, naming the line', () => {
    const folder = tempFolder();
    writeFileSync(join(folder, 'latin1.txt'), Buffer.from('A/AC.1/2020/4\n\nCaf\xe9\n', 'latin1'));
    const { status, stderr } = runCli(['import', 'latin1.txt'], folder);
    assert.equal(status, 2);
    assert.match(stderr, /^rapporteur: latin1\.txt: line 3: /);
    assert.ok(!existsSync(join(folder, 'latin1.unr')));
    assert.doesNotMatch(stderr, /\n.+\n/, 'one line');
  });
});

describe('rapporteur import (Word)', () => {
  it('writes the draft of a .docx beside it, which check reads as the author meant', async () => {
    const folder = tempFolder();
    writeFileSync(join(folder, 'report.docx'), await seedLikeDocx());
    const { status, stdout } = runCli(['import', 'report.docx'], folder);
    assert.equal(status, 0);
    assert.equal(stdout, 'report.unr: imported from report.docx\n');
    assert.match(readFileSync(join(folder, 'report.unr'), 'utf8'), /^CTOC\/COP\/WG\.4\/2020\/4\nDistr\.: General\n/);
    const check = runCli(['check', 'report.unr'], folder);
    assert.match(check.stdout, /Checked 1 draft: 0 errors, 0 warnings, 1 information\./);
  });

  it('exits 2 with one line for a damaged or encrypted .docx, and writes nothing', async () => {
    const folder = tempFolder();
    const good = await seedLikeDocx();
    writeFileSync(join(folder, 'damaged.docx'), good.slice(0, 2000));
    const ole = Buffer.alloc(1024);
    ole.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    writeFileSync(join(folder, 'secret.docx'), ole);
    const damaged = runCli(['import', 'damaged.docx'], folder);
    assert.equal(damaged.status, 2);
    assert.match(damaged.stderr, /^rapporteur: damaged\.docx: not a readable Word document \(the \.docx is damaged: .*\)\n$/);
    const secret = runCli(['import', 'secret.docx'], folder);
    assert.equal(secret.status, 2);
    assert.match(secret.stderr, /^rapporteur: secret\.docx: this is a password-protected \(encrypted\) Word document or an old \.doc: .*\n$/);
    assert.ok(!existsSync(join(folder, 'damaged.unr')) && !existsSync(join(folder, 'secret.unr')));
  });
});

describe('rapporteur import (PDF)', () => {
  it('imports the seed report\'s PDF through the bundled PDF reader (dist/pdfText.js)', () => {
    const folder = tempFolder();
    copyFileSync(join(FIXTURES, 'import/CTOC-COP-WG.4-2020-4.pdf'), join(folder, 'report.pdf'));
    const { status, stdout, stderr } = runCli(['import', 'report.pdf'], folder);
    assert.equal(status, 0, stderr);
    assert.equal(stdout, 'report.unr: imported from report.pdf\n');
    assert.equal(readFileSync(join(folder, 'report.unr'), 'utf8'), seedWithFootnote());
  });

  it('exits 2 with one line for an encrypted, image-only or unreadable PDF, and writes nothing', () => {
    const folder = tempFolder();
    writeFileSync(join(folder, 'secret.pdf'), tinyPdf([textStream([{ x: 60, y: 700, size: 10, text: 'Secret' }])], { encrypt: true }));
    writeFileSync(join(folder, 'scan.pdf'), tinyPdf(['0 0 m 500 700 l S']));
    writeFileSync(join(folder, 'broken.pdf'), '%PDF-1.7\n%%EOF\n');
    const expected: Record<string, RegExp> = {
      'secret.pdf': /^rapporteur: secret\.pdf: the PDF is password-protected \(encrypted\): save a copy without a password and import that\n$/,
      'scan.pdf': /^rapporteur: scan\.pdf: the PDF has no text \(a scanned, image-only PDF needs OCR first\)\n$/,
      'broken.pdf': /^rapporteur: broken\.pdf: not a readable PDF \(.+\)\n$/,
    };
    for (const [file, message] of Object.entries(expected)) {
      const { status, stdout, stderr } = runCli(['import', file], folder);
      assert.equal(status, 2, file);
      assert.equal(stdout, '');
      assert.match(stderr, message);
      assert.ok(!existsSync(join(folder, file.replace('.pdf', '.unr'))));
    }
  });
});
