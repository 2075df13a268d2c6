// `rapporteur check FOLDER` on a session: drafts resolve against each other and
// the document catalogue; the progress line shows only on a terminal.
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { run as runCli } from '../../server/src/cli/main';

const ROOT = resolve(__dirname, '../../..');
const CLI = join(ROOT, 'dist/cli.js');

function run(args: string[], cwd = ROOT): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8' });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

function session(): string {
  const folder = mkdtempSync(join(tmpdir(), 'rapporteur-session-'));
  cpSync(join(ROOT, 'test/fixtures/session'), folder, { recursive: true });
  return folder;
}

const draft = (n: number) => [`A/AC.1/2020/${n}`, 'Distr.: General', '1 May 2020', 'Original: English', '', 'Report', '', 'I. Introduction', '', '1. The committee met.', ''].join('\n');

describe('rapporteur check FOLDER', () => {
  it('resolves agendas and symbols across the drafts of the folder and its catalogue', () => {
    const { status, stdout, stderr } = run(['check', 'test/fixtures/session']);
    assert.equal(status, 1);
    assert.equal(stderr, '');
    assert.deepEqual(stdout.trim().split('\n'), [
      'test/fixtures/session/CTOC-COP-WG.4-2021-4.unr:14:22  error  agenda-item-unknown  There is no agenda item 6 in the provisional agenda (CTOC/COP/WG.4/2021/1): its items are 1 to 5.',
      'test/fixtures/session/CTOC-COP-WG.4-2021-4.unr:14:73  information  symbol-unresolved  CTOC/COP/WG.4/2021/CRP.9 is not a draft being checked, nor in a documentation list or the document catalogue.',
      'Checked 4 drafts: 1 error, 0 warnings, 1 information.',
    ]);
  });

  it('reads the catalogue that rapporteur.json names, and reports its problems with their lines', () => {
    const folder = session();
    writeFileSync(join(folder, 'rapporteur.json'), '{ "catalogue": "documents.json" }');
    writeFileSync(join(folder, 'documents.json'), '[\n  {"symbol": "CTOC/COP/WG.4/2021/CRP.9", "title": "Statement"},\n  {"symbol": "A/75/rev1"}\n]\n');
    const { status, stdout, stderr } = run(['check', '.'], folder);
    assert.equal(stderr, 'rapporteur: documents.json:3: "A/75/rev1" is not a well-formed document symbol: "rev1" should be "Rev.1"; write "A/75/Rev.1"\n');
    assert.equal(status, 1);
    assert.match(stdout, /CTOC-COP-WG\.4-2021-2\.unr:12:53 {2}information {2}symbol-unresolved {2}CTOC\/COP\/WG\.4\/2020\/4/);
    assert.doesNotMatch(stdout, /CRP\.9/);
  });

  it('exits 2 when the configured catalogue cannot be read', () => {
    const folder = session();
    writeFileSync(join(folder, 'rapporteur.json'), '{ "catalogue": "missing.csv" }');
    const { status, stderr } = run(['check', '.'], folder);
    assert.equal(status, 2);
    assert.equal(stderr, 'rapporteur: missing.csv: document catalogue: no such file or folder\n');
  });

  it('writes no progress line when stderr is not a terminal', () => {
    const folder = mkdtempSync(join(tmpdir(), 'rapporteur-many-'));
    for (let n = 1; n <= 30; n++) writeFileSync(join(folder, `d${n}.unr`), draft(n));
    const { status, stdout, stderr } = run(['check', folder]);
    assert.equal(status, 0);
    assert.equal(stderr, '');
    assert.match(stdout, /Checked 30 drafts: no problems found\./);
  });

  it('shows and clears a progress line on a terminal, in text format only', () => {
    const folder = mkdtempSync(join(tmpdir(), 'rapporteur-many-'));
    for (let n = 1; n <= 30; n++) writeFileSync(join(folder, `d${n}.unr`), draft(n));
    const lines: (string | undefined)[] = [];
    const io = { out: () => undefined, err: () => undefined, cwd: folder, progress: (line: string | undefined) => lines.push(line) };
    assert.equal(runCli(['check', folder], io), 0);
    assert.equal(lines[0], 'Indexing 30 drafts… 1');
    assert.ok(lines.includes('Checking 30 drafts… 30'));
    assert.equal(lines[lines.length - 1], undefined);
    lines.length = 0;
    runCli(['check', '--format', 'json', folder], io);
    assert.deepEqual(lines, []);
  });
});
