// `rapporteur check` on a folder whose configuration or catalogue is hostile:
// a catalogue path leading out of the folder (absolute, ../, a link) is refused
// with one message and nothing of the file is shown; messages quote untrusted
// text cut short with its control characters escaped. A catalogue that is not
// a regular file (a FIFO, /dev/zero) is refused without being read.
import * as assert from 'node:assert/strict';
import { execFileSync, spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const CLI = resolve(__dirname, '../../../dist/cli.js');
const SECRET = 'hunter2-do-not-print';
const draft = ['A/AC.1/2020/1', 'Distr.: General', '1 May 2020', 'Original: English', '', 'Report', '', 'I. Introduction', '', '1. The committee met.', ''].join('\n');

function run(cwd: string): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [CLI, 'check', 'workspace'], { cwd, encoding: 'utf8', env: { ...process.env, RAPPORTEUR_TEST_SECRET: SECRET } });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('rapporteur check: catalogues from untrusted configuration', () => {
  let top: string;
  const workspace = (...parts: string[]) => join(top, 'workspace', ...parts);
  const configure = (catalogue: string) => writeFileSync(workspace('rapporteur.json'), JSON.stringify({ catalogue }));

  beforeEach(() => {
    top = mkdtempSync(join(tmpdir(), 'rapporteur-hostile-'));
    mkdirSync(workspace());
    writeFileSync(workspace('report.unr'), draft);
    writeFileSync(join(top, 'secret.csv'), `symbol,title\n${SECRET},x\n`);
  });

  afterEach(() => rmSync(top, { recursive: true, force: true }));

  const refused = (name: string) => `rapporteur: workspace/rapporteur.json: the document catalogue ${JSON.stringify(name)} is outside the folder of rapporteur.json (links included); it is not read\n`;

  for (const name of ['/proc/self/environ', '../secret.csv', 'sub/../../secret.csv']) {
    it(`refuses the catalogue ${name} outside the folder, and shows nothing of it`, () => {
      configure(name);
      const { status, stdout, stderr } = run(top);
      assert.equal(stderr, refused(name));
      assert.equal(status, 2);
      assert.doesNotMatch(stdout + stderr, new RegExp(SECRET));
      assert.match(stdout, /Checked 1 draft: no problems found\./);
    });
  }

  it('refuses an absolute path to the secret, whatever its spelling', () => {
    configure(join(top, 'workspace', '..', 'secret.csv'));
    const { status, stderr } = run(top);
    assert.equal(status, 2);
    assert.match(stderr, /is outside the folder of rapporteur\.json \(links included\); it is not read\n$/);
    assert.doesNotMatch(stderr, new RegExp(SECRET));
  });

  it('refuses a link inside the folder that leads out of it, named or by the default name', () => {
    symlinkSync(join(top, 'secret.csv'), workspace('documents.csv'));
    configure('documents.csv');
    assert.equal(run(top).stderr, refused('documents.csv'));
    rmSync(workspace('rapporteur.json'));
    symlinkSync(join(top, 'secret.csv'), workspace('rapporteur-catalogue.csv'));
    const { status, stderr } = run(top);
    assert.equal(stderr, 'rapporteur: workspace/rapporteur-catalogue.csv: the document catalogue is outside its folder (links included); it is not read\n');
    assert.equal(status, 2);
  });

  it('refuses a link that leads out through a linked folder', () => {
    symlinkSync(top, workspace('up'));
    configure('up/secret.csv');
    assert.equal(run(top).stderr, refused('up/secret.csv'));
  });

  it('refuses a rapporteur.json that is a link leading out of its folder', () => {
    writeFileSync(join(top, 'settings.json'), JSON.stringify({ rules: { [SECRET]: 'off' } }));
    symlinkSync(join(top, 'settings.json'), workspace('rapporteur.json'));
    const { status, stderr } = run(top);
    assert.equal(stderr, `rapporteur: ${workspace('rapporteur.json')}: is outside its folder (links included); using the default rule settings\n`);
    assert.equal(status, 2);
  });

  it('reads a catalogue reached through a link that stays inside the folder', () => {
    mkdirSync(workspace('lists'));
    writeFileSync(workspace('lists', 'documents.csv'), 'symbol,title\nA/75/rev1,x\n');
    symlinkSync(workspace('lists', 'documents.csv'), workspace('documents.csv'));
    configure('documents.csv');
    const { status, stderr } = run(top);
    assert.equal(stderr, 'rapporteur: workspace/lists/documents.csv:2: "A/75/rev1" is not a well-formed document symbol: "rev1" should be "Rev.1"; write "A/75/Rev.1"\n');
    assert.equal(status, 0);
  });

  it('quotes a catalogue line cut short, its control characters escaped', () => {
    writeFileSync(workspace('rapporteur-catalogue.csv'), `name\u001b[2J\u001b]0;pwned\u0007,${'x'.repeat(5000)}\nA/75/1,x\n`);
    const { stderr } = run(top);
    assert.equal(stderr, `rapporteur: workspace/rapporteur-catalogue.csv:1: the header must name the columns symbol and title (and optionally date), e.g. "symbol,title,date"; it reads "name\\u001b[2J\\u001b]0;pwned\\u0007,${'x'.repeat(25)}…"\n`);
  });

  it('quotes catalogue symbols cut short, and never prints a control character', () => {
    writeFileSync(workspace('rapporteur-catalogue.csv'), `symbol,title\n${'Z'.repeat(3000)}\r\u001b[1A\u202e,x\n`);
    const lines = run(top).stderr.trimEnd().split('\n');
    assert.equal(lines.length, 2);
    assert.match(lines[0], /^rapporteur: workspace\/rapporteur-catalogue\.csv:2: "Z{59}…" is not a well-formed document symbol: /);
    assert.match(lines[1], /^rapporteur: workspace\/rapporteur-catalogue\.csv:3: "\\u001b\[1A\\u202e" is not a well-formed document symbol: /);
    for (const line of lines) {
      assert.ok(line.length < 300, `a message of ${line.length} characters`);
      assert.doesNotMatch(line, /[\u0000-\u001f\u202e]/);
    }
  });
});

describe('rapporteur check: catalogues that are not regular files', () => {
  let top: string;
  let child: ChildProcess | undefined;
  const workspace = (...parts: string[]) => join(top, 'workspace', ...parts);

  beforeEach(() => {
    top = mkdtempSync(join(tmpdir(), 'rapporteur-special-'));
    mkdirSync(workspace());
    writeFileSync(workspace('report.unr'), draft);
  });

  afterEach(() => {
    // Only reached on a failure: a run blocked on the FIFO or reading /dev/zero.
    if (child && child.exitCode === null) child.kill('SIGKILL');
    child = undefined;
    rmSync(top, { recursive: true, force: true });
  });

  /** The command line run without blocking the test, so that a run that never ends fails by the test's limit. */
  function runAsync(): Promise<{ status: number | null; stdout: string; stderr: string }> {
    const started = spawn(process.execPath, [CLI, 'check', 'workspace'], { cwd: top });
    child = started;
    let stdout = '';
    let stderr = '';
    started.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    started.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    return new Promise((resolve) => started.on('close', (status) => resolve({ status, stdout, stderr })));
  }

  it('refuses a FIFO named in rapporteur.json without opening it, and finishes', async () => {
    execFileSync('mkfifo', [workspace('documents.csv')]);
    writeFileSync(workspace('rapporteur.json'), '{ "catalogue": "documents.csv" }');
    const { status, stdout, stderr } = await runAsync();
    assert.equal(stderr, 'rapporteur: workspace/documents.csv: document catalogue: not a regular file (a FIFO), not read\n');
    assert.equal(status, 2);
    assert.match(stdout, /Checked 1 draft: /);
  });

  it('refuses a FIFO by the default name, and finishes', async () => {
    execFileSync('mkfifo', [workspace('rapporteur-catalogue.csv')]);
    const { status, stderr } = await runAsync();
    assert.equal(stderr, 'rapporteur: workspace/rapporteur-catalogue.csv: document catalogue: not a regular file (a FIFO), not read\n');
    assert.equal(status, 2);
  });

  it('never reads /dev/zero, named or linked', async () => {
    writeFileSync(workspace('rapporteur.json'), '{ "catalogue": "/dev/zero" }');
    assert.match((await runAsync()).stderr, /^rapporteur: workspace\/rapporteur\.json: the document catalogue "\/dev\/zero" is outside the folder of rapporteur\.json \(links included\); it is not read\n$/);
    rmSync(workspace('rapporteur.json'));
    symlinkSync('/dev/zero', workspace('rapporteur-catalogue.csv'));
    const { status, stderr } = await runAsync();
    assert.equal(stderr, 'rapporteur: workspace/rapporteur-catalogue.csv: the document catalogue is outside its folder (links included); it is not read\n');
    assert.equal(status, 2);
  });
});

describe('rapporteur check: a draft\'s own text in the output', () => {
  it('shows control characters of a draft and its file name as escapes, never as they are', () => {
    const top = mkdtempSync(join(tmpdir(), 'rapporteur-controls-'));
    try {
      mkdirSync(join(top, 'workspace'));
      const text = draft.replace('1. The committee met.', '1. Statements were made by Australia\u001b[2J, Brazil, Chile and Australia\u001b[2J.');
      writeFileSync(join(top, 'workspace', 'report\u001b]0;x\u0007.unr'), text);
      const { stdout } = run(top);
      assert.match(stdout, /^workspace\/report\\u001b\]0;x\\u0007\.unr:10:\d+ {2}warning {2}list-duplicate-entry {2}"Australia\\u001b\[2J" is named twice in this list\.$/m);
      assert.doesNotMatch(stdout, /[\u0000-\u0009\u000b-\u001f]/);
    } finally {
      rmSync(top, { recursive: true, force: true });
    }
  });
});
