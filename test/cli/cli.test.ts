// The command line as a user runs it: a real process, its output and exit status.
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync, mkdirSync, copyFileSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const ROOT = resolve(__dirname, '../../..');
const CLI = join(ROOT, 'dist/cli.js');
const REPORT = join(ROOT, 'test/fixtures/CTOC-COP-WG.4-2020-4.unr');

function run(args: string[], cwd = ROOT): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8' });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

function tempFolder(): string {
  return mkdtempSync(join(tmpdir(), 'rapporteur-cli-'));
}

const CLEAN = ['A/AC.1/2020/4', 'Distr.: General', '1 May 2020', 'Original: English', '', 'Report', '', 'I. Introduction', '', '1. The committee met.', ''].join('\n');

describe('rapporteur check', () => {
  it('finds exactly the real defects of CTOC/COP/WG.4/2020/4', () => {
    const { status, stdout } = run(['check', 'test/fixtures/CTOC-COP-WG.4-2020-4.unr']);
    assert.equal(status, 0);
    assert.deepEqual(stdout.trim().split('\n'), [
      'test/fixtures/CTOC-COP-WG.4-2020-4.unr:26:1  warning  paragraph-unnumbered  This paragraph has no number: it should be paragraph 7.',
      'test/fixtures/CTOC-COP-WG.4-2020-4.unr:36:1  warning  paragraph-unnumbered  This paragraph has no number: it should be paragraph 12.',
      'test/fixtures/CTOC-COP-WG.4-2020-4.unr:50:1  warning  paragraph-unnumbered  This paragraph has no number: it should be paragraph 19.',
      'test/fixtures/CTOC-COP-WG.4-2020-4.unr:89:160  warning  list-duplicate-entry  "Australia" is named twice in this list.',
      'test/fixtures/CTOC-COP-WG.4-2020-4.unr:99:53  information  symbol-unresolved  CTOC/COP/WG.4/2020/INF/1/Rev.1 is not a draft being checked, nor in a documentation list or the document catalogue.',
      'Checked 1 draft: 0 errors, 4 warnings, 1 information.',
    ]);
  });

  it('finds no problem in the bundled clean examples (README, "Bundled examples")', () => {
    const { status, stdout } = run(['check', 'examples/clean']);
    assert.equal(status, 0);
    assert.match(stdout, /^Checked \d+ drafts: no problems found\.$/m);
    assert.equal(stdout.trim().split('\n').length, 1, stdout);
  });

  it('prints JSON as docs/rules.md describes', () => {
    const { status, stdout } = run(['check', '--format', 'json', REPORT]);
    assert.equal(status, 0);
    const diagnostics = JSON.parse(stdout);
    assert.equal(diagnostics.length, 5);
    assert.deepEqual(Object.keys(diagnostics[0]), ['file', 'line', 'column', 'endLine', 'endColumn', 'code', 'severity', 'message']);
    assert.deepEqual(diagnostics[3], {
      file: 'test/fixtures/CTOC-COP-WG.4-2020-4.unr', line: 89, column: 160, endLine: 89, endColumn: 169,
      code: 'list-duplicate-entry', severity: 'warning', message: '"Australia" is named twice in this list.',
    });
  });

  it('gives each draft\'s length with --stats: a line in text, an object in JSON (the array stays the default)', () => {
    const text = run(['check', '--stats', 'test/fixtures/CTOC-COP-WG.4-2020-4.unr']);
    assert.equal(text.status, 0);
    assert.match(text.stdout, /^test\/fixtures\/CTOC-COP-WG\.4-2020-4\.unr: 3,216 words in the body \(limit 10,700\), 0 in annexes$/m);
    const json = run(['check', '--format', 'json', '--stats', 'test/fixtures/CTOC-COP-WG.4-2020-4.unr']);
    const output = JSON.parse(json.stdout);
    assert.deepEqual(Object.keys(output), ['diagnostics', 'drafts']);
    assert.equal(output.diagnostics.length, 5);
    assert.deepEqual(output.drafts, [{ file: 'test/fixtures/CTOC-COP-WG.4-2020-4.unr', words: 3216, annexWords: 0, wordLimit: 10700 }]);
    assert.equal(run(['fix', '--stats', REPORT]).status, 2);
  });

  it('reads reportLength from rapporteur.json, and reports a malformed one by file and line', () => {
    const folder = tempFolder();
    copyFileSync(REPORT, join(folder, 'report.unr'));
    writeFileSync(join(folder, 'rapporteur.json'), '{ "reportLength": 3000 }');
    const over = run(['check', '--format', 'json', '--stats', 'report.unr'], folder);
    assert.equal(over.status, 0, 'information does not fail the run');
    const output = JSON.parse(over.stdout);
    assert.equal(output.drafts[0].wordLimit, 3000);
    const finding = output.diagnostics.find((d: { code: string }) => d.code === 'report-length');
    assert.equal(finding.severity, 'information');
    assert.equal(finding.message, 'The body of the report has 3,216 words: over the limit of 3,000 by 216. Shorten it, or move supporting material to an annex.');
    writeFileSync(join(folder, 'rapporteur.json'), '{\n  "reportLength": "long"\n}');
    const malformed = run(['check', 'report.unr'], folder);
    assert.equal(malformed.status, 2);
    assert.match(malformed.stderr, /rapporteur\.json:2:3: "reportLength" must be a whole number of words, such as 10700; "long" is ignored and 10,700 is used/);
    assert.doesNotMatch(malformed.stdout, /report-length/);
  });

  it('exits 1 when a draft has errors, and checks folders recursively as one workspace', () => {
    const folder = tempFolder();
    mkdirSync(join(folder, 'sub'));
    writeFileSync(join(folder, 'sub', 'a.unr'), CLEAN.replace('1. The committee met.', '2. The committee met, see A/AC.1/2020/5.'));
    writeFileSync(join(folder, 'b.unr'), CLEAN.replace('A/AC.1/2020/4', 'A/AC.1/2020/5'));
    writeFileSync(join(folder, 'notes.txt'), 'not a draft');
    const { status, stdout } = run(['check', folder]);
    assert.equal(status, 1);
    assert.match(stdout, /a\.unr:10:1  error  paragraph-sequence  The first paragraph is numbered 2/);
    assert.doesNotMatch(stdout, /symbol-unresolved/, 'A/AC.1/2020/5 is the masthead of the other draft');
    assert.match(stdout, /Checked 2 drafts: 1 error, 0 warnings, 0 information\.$/m);
  });

  it('says so when there is nothing to report', () => {
    const folder = tempFolder();
    writeFileSync(join(folder, 'clean.unr'), CLEAN);
    const { status, stdout } = run(['check', folder]);
    assert.equal(status, 0);
    assert.equal(stdout.trim(), 'Checked 1 draft: no problems found.');
  });

  it('applies rapporteur.json rule settings from the folder', () => {
    const folder = tempFolder();
    copyFileSync(REPORT, join(folder, 'report.unr'));
    writeFileSync(join(folder, 'rapporteur.json'), JSON.stringify({ rules: { 'paragraph-unnumbered': 'off', 'list-duplicate-entry': 'error' } }));
    const { status, stdout } = run(['check', folder]);
    assert.equal(status, 1);
    assert.doesNotMatch(stdout, /paragraph-unnumbered/);
    assert.match(stdout, /89:160  error  list-duplicate-entry/);
  });

  it('names the file and line of a malformed rapporteur.json, and still checks with defaults', () => {
    const folder = tempFolder();
    copyFileSync(REPORT, join(folder, 'report.unr'));
    writeFileSync(join(folder, 'rapporteur.json'), '{\n  "rules": {\n    "paragraph-unnumbered": "off",,\n  }\n}\n');
    const { status, stdout, stderr } = run(['check', folder]);
    assert.equal(status, 2);
    assert.match(stderr, /rapporteur\.json:3:\d+: .*using the default rule settings/);
    assert.match(stdout, /paragraph-unnumbered/);
    assert.doesNotMatch(stderr, /\n\s+at /, 'no stack trace');
  });

  it('reports an unknown rule or severity in rapporteur.json', () => {
    const folder = tempFolder();
    writeFileSync(join(folder, 'clean.unr'), CLEAN);
    writeFileSync(join(folder, 'rapporteur.json'), JSON.stringify({ rules: { 'no-such-rule': 'off', 'page-furniture': 'loud' } }, null, 2));
    const { status, stderr } = run(['check', folder]);
    assert.equal(status, 2);
    // Each problem points at its own entry: lines 3 and 4 of the file JSON.stringify wrote.
    assert.match(stderr, /rapporteur\.json:3:5: unknown rule "no-such-rule"/);
    assert.match(stderr, /rapporteur\.json:4:5: rule "page-furniture": "loud" is not one of error, warning, information, hint, off/);
  });

  it('gives a binary file one clear diagnostic and still checks the others', () => {
    const folder = tempFolder();
    writeFileSync(join(folder, 'a.unr'), CLEAN);
    writeFileSync(join(folder, 'b.unr'), Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0xff]));
    const { status, stdout, stderr } = run(['check', folder]);
    assert.equal(status, 2);
    assert.match(stdout, /b\.unr:1:1  error  file-unreadable  The file is binary, not a text draft\./);
    assert.match(stdout, /Checked 1 draft/);
    assert.equal(stderr, '');
  });

  it('names the line of the first byte that is not UTF-8', () => {
    const folder = tempFolder();
    writeFileSync(join(folder, 'latin1.unr'), Buffer.concat([Buffer.from(CLEAN.trimEnd().replace('The committee met.', 'The committee met in Gen')), Buffer.from([0xe8]), Buffer.from('ve.\n')]));
    const { status, stdout } = run(['check', folder]);
    assert.equal(status, 2);
    assert.match(stdout, /latin1\.unr:10:1  error  file-unreadable  The file is not valid UTF-8 text/);
  });

  it('exits 2 with one line for a path that does not exist, and checks the rest', () => {
    const { status, stdout, stderr } = run(['check', 'no/such/draft.unr', REPORT]);
    assert.equal(status, 2);
    assert.equal(stderr.trim(), 'rapporteur: no/such/draft.unr: no such file or folder');
    assert.match(stdout, /Checked 1 draft/);
  });

  for (const [args, message] of [
    [[], /no command given/],
    [['lint', 'x'], /unknown command 'lint'/],
    [['check'], /no PATH given/],
    [['check', '--format', 'xml', 'x'], /--format must be text or json, not 'xml'/],
    [['check', '--colour', 'x'], /Unknown option '--colour'/],
  ] as [string[], RegExp][]) {
    it(`exits 2 on a usage error: rapporteur ${args.join(' ')}`, () => {
      const { status, stdout, stderr } = run(args);
      assert.equal(status, 2);
      assert.equal(stdout, '');
      assert.match(stderr, message);
      assert.match(stderr, /Run 'rapporteur --help' for usage\./);
    });
  }

  it('shows at most 1,000 diagnostics of a code, then how many more, in text and JSON', () => {
    const folder = tempFolder();
    const references = Array.from({ length: 3000 }, (_, i) => i + 2).join(', ');
    writeFileSync(join(folder, 'many.unr'), CLEAN.replace('1. The committee met.', `1. See paragraphs ${references} below.`));
    const text = run(['check', 'many.unr'], folder);
    assert.equal(text.status, 1);
    const lines = text.stdout.trim().split('\n');
    assert.equal(lines.length, 1002);
    assert.match(lines[1000], /^many\.unr:10:\d+ {2}information {2}paragraph-ref-missing {2}2,000 more paragraph-ref-missing findings not shown, from here on: at most 1,000 are shown per code and 5,000 per draft\.$/);
    assert.equal(lines[1001], 'Checked 1 draft: 1000 errors, 0 warnings, 1 information.');
    const json = run(['check', '--format', 'json', 'many.unr'], folder);
    const diagnostics: { severity: string; message: string }[] = JSON.parse(json.stdout);
    assert.equal(diagnostics.length, 1001);
    assert.deepEqual(diagnostics.filter((d) => d.severity === 'information').map((d) => d.message), [lines[1000].slice(lines[1000].indexOf('2,000'))]);
  });

  it('prints help and version', () => {
    assert.match(run(['--help']).stdout, /^Usage: rapporteur check/);
    assert.match(run(['--version']).stdout, /^\d+\.\d+\.\d+/);
  });
});

describe('rapporteur as installed', () => {
  // The bin npm installs is dist/cli.js run through its shebang; the flags there
  // are the start-up half of server/src/cli/tuning.ts.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const tuning = require(join(ROOT, 'out/server/src/cli/tuning.js')) as typeof import('../../server/src/cli/tuning');

  it('starts Node with the start-up flags of tuning.ts, in a shebang every kernel reads whole', () => {
    const shebang = readFileSync(CLI, 'utf8').split('\n')[0];
    assert.equal(shebang, `#!/usr/bin/env -S node ${tuning.STARTUP_FLAGS.join(' ')}`);
    assert.ok(shebang.length < 128, `${shebang.length} characters`);
  });

  it('runs as an executable, as the rapporteur bin does', () => {
    const result = spawnSync(CLI, ['check', REPORT], { cwd: ROOT, encoding: 'utf8' });
    assert.equal(result.error, undefined);
    assert.equal(result.status, 0);
    assert.match(result.stdout, /Checked 1 draft: 0 errors, 4 warnings, 1 information\./);
    assert.equal(result.stderr, '');
  });

  it('sets the compiler flags only on V8 versions that have them, so that no other prints "unrecognized flag"', () => {
    assert.ok(tuning.knowsCompilerFlags(process.versions.v8), `V8 ${process.versions.v8} of this Node is one the flags were measured on`);
    assert.equal(tuning.knowsCompilerFlags('9.4.146.26'), false);
    assert.equal(tuning.knowsCompilerFlags('14.0.1'), false);
    const result = spawnSync(process.execPath, [CLI, 'check', REPORT], { cwd: ROOT, encoding: 'utf8' });
    assert.equal(result.stderr, '', 'the flags are known: V8 printed nothing');
  });
});
