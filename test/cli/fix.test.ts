// `rapporteur fix` as a user runs it: the diff of --dry-run, the written
// draft, a second run that changes nothing, the refusal to overwrite a draft
// changed on disk, and the exit statuses.
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fixPaths } from '../../server/src/cli/fix';
import { codesTagged } from '../../server/src/core';

const ROOT = resolve(__dirname, '../../..');
const CLI = join(ROOT, 'dist/cli.js');
const NUMBERING = new RegExp(codesTagged('numbering').join('|'));

function run(args: string[], cwd: string): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8' });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

const MASTHEAD = ['A/AC.1/2020/4', 'Distr.: General', '1 May 2020', 'Original: English', '', 'Report', ''];
const DRAFT = [...MASTHEAD, 'I. Introduction', '', '1. The committee met (see paragraph 3 below).', '', 'It heard statements.', '', '3. It adopted A/75/1/rev.1.', ''].join('\n');
const FIXED = [...MASTHEAD, 'I. Introduction', '', '1. The committee met (see paragraph 3 below).', '', '2. It heard statements.', '', '3. It adopted A/75/1/Rev.1.', ''].join('\n');

function folderWith(text: string, name = 'report.unr'): string {
  const folder = mkdtempSync(join(tmpdir(), 'rapporteur-fix-'));
  writeFileSync(join(folder, name), text);
  return folder;
}

describe('rapporteur fix', () => {
  it('--dry-run prints a unified diff and writes nothing', () => {
    const folder = folderWith(DRAFT);
    const { status, stdout, stderr } = run(['fix', '--dry-run', 'report.unr'], folder);
    assert.equal(status, 0, stderr);
    assert.equal(stdout, [
      '--- a/report.unr', '+++ b/report.unr', '@@ -9,6 +9,6 @@', ' ', ' 1. The committee met (see paragraph 3 below).', ' ',
      '-It heard statements.', '+2. It heard statements.', ' ', '-3. It adopted A/75/1/rev.1.', '+3. It adopted A/75/1/Rev.1.', '',
    ].join('\n'));
    assert.equal(stderr, '1 draft of 1 would change (dry run: nothing written).\n');
    assert.equal(readFileSync(join(folder, 'report.unr'), 'utf8'), DRAFT);
  });

  it('writes the fixed draft, leaves no temporary file, and a second run changes nothing', () => {
    const folder = folderWith(DRAFT);
    const first = run(['fix', '.'], folder);
    assert.equal(first.status, 0, first.stderr);
    assert.equal(first.stdout, 'report.unr: fixed\n');
    assert.equal(readFileSync(join(folder, 'report.unr'), 'utf8'), FIXED);
    assert.deepEqual(readdirSync(folder), ['report.unr']);
    const second = run(['fix', 'report.unr'], folder);
    assert.equal(second.status, 0);
    assert.equal(second.stdout, '');
    assert.equal(second.stderr, 'Fixed 0 drafts of 1.\n');
    assert.equal(run(['fix', '--dry-run', 'report.unr'], folder).stdout, '');
  });

  it('keeps CRLF line breaks and a byte-order mark', () => {
    const folder = folderWith(`\ufeff${DRAFT.replace(/\n/g, '\r\n')}`);
    assert.equal(run(['fix', 'report.unr'], folder).status, 0);
    assert.equal(readFileSync(join(folder, 'report.unr'), 'utf8'), `\ufeff${FIXED.replace(/\n/g, '\r\n')}`);
  });

  it('fixes the defects example: no numbering defect left, only the lines a fix names changed, references kept', () => {
    const folder = mkdtempSync(join(tmpdir(), 'rapporteur-fix-'));
    copyFileSync(join(ROOT, 'examples/defects/CTOC-COP-WG.7-2022-4.unr'), join(folder, 'draft.unr'));
    const before = readFileSync(join(folder, 'draft.unr'), 'utf8');
    const fixed = run(['fix', 'draft.unr'], folder);
    assert.equal(fixed.status, 1, 'references to paragraph 30 and agenda item 6 are left, so the run reports them');
    assert.deepEqual(fixed.stdout.trim().split('\n'), [
      'draft.unr:20:88  reference to paragraph 30, which does not exist, left as written',
      'draft.unr:22:22  reference to agenda item 6, which does not exist, left as written',
      'draft.unr: fixed',
    ]);
    const check = run(['check', 'draft.unr'], folder);
    assert.doesNotMatch(check.stdout, NUMBERING);
    const after = readFileSync(join(folder, 'draft.unr'), 'utf8');
    assert.match(after, /5\. Several speakers recalled the recommendations in paragraph 9 above and in paragraph 30 below\./);
    assert.equal(before.split('\n').length - after.split('\n').length, 2, 'the page furniture line and one blank line went');
  });

  it('does not write a draft that changed on disk after it was read', () => {
    const folder = folderWith(DRAFT);
    const file = join(folder, 'report.unr');
    const out: string[] = [];
    const err: string[] = [];
    const status = fixPaths([file], { dryRun: false, cwd: folder, out: (l) => out.push(l), err: (l) => err.push(l), beforeWrite: (f) => writeFileSync(f, `${DRAFT}\nEdited meanwhile.\n`) });
    assert.equal(status, 1);
    assert.deepEqual(err, ['rapporteur: report.unr: changed on disk since it was read; not written. Run the command again.', 'Fixed 0 drafts of 1; 1 not written.']);
    assert.equal(readFileSync(file, 'utf8'), `${DRAFT}\nEdited meanwhile.\n`);
    assert.deepEqual(readdirSync(folder), ['report.unr']);
  });

  it('honours rules switched off in rapporteur.json', () => {
    const folder = folderWith(DRAFT);
    writeFileSync(join(folder, 'rapporteur.json'), '{ "rules": { "symbol-malformed": "off" } }');
    assert.equal(run(['fix', 'report.unr'], folder).status, 0);
    assert.match(readFileSync(join(folder, 'report.unr'), 'utf8'), /2\. It heard statements\.\n\n3\. It adopted A\/75\/1\/rev\.1\./);
  });

  it('exits 2 on a usage error or a path that does not exist', () => {
    const folder = folderWith(DRAFT);
    assert.equal(run(['fix'], folder).status, 2);
    assert.equal(run(['check', '--dry-run', 'report.unr'], folder).status, 2);
    const missing = run(['fix', 'missing.unr'], folder);
    assert.equal(missing.status, 2);
    assert.match(missing.stderr, /missing\.unr/);
  });
});
