// `rapporteur export` as a user runs it: the .docx written, its numbers, styles and page size,
// LibreOffice opening it, and the refusals (existing file, bad input) with exit status 2.
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';

const ROOT = resolve(__dirname, '../../..');
const CLI = join(ROOT, 'dist/cli.js');

function run(args: string[], cwd: string): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8' });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

const DRAFT = [
  'A/AC.1/2020/4',
  'Distr.: General',
  '1 May 2020',
  'Original: English',
  '',
  'Report of the Committee',
  'on its first session',
  '',
  'I. Introduction',
  '',
  '1. The committee met.1',
  '',
  '__________________',
  '1 Official Records of the General Assembly, Seventy-fifth Session, Supplement No. 17 (A/75/17).',
  '',
  '3. It adopted the following agenda:',
  '    1. Opening of the session.',
  '    2. Adoption of the agenda.',
  '',
  'A. Attendance',
  '',
  '4. Members attended <all> "of" them & more.',
  '',
].join('\n');

function draftFolder(): string {
  const folder = mkdtempSync(join(tmpdir(), 'rapporteur-export-'));
  writeFileSync(join(folder, 'report.unr'), DRAFT);
  return folder;
}

function part(docx: string, name: string): string {
  return strFromU8(unzipSync(readFileSync(docx))[name]);
}

describe('rapporteur export', () => {
  it('writes NAME.docx beside the draft, with the numbers as written, the UN styles and an A4 page', () => {
    const folder = draftFolder();
    const { status, stdout } = run(['export', 'report.unr'], folder);
    assert.equal(status, 0);
    assert.match(stdout, /Exported report\.unr to .*report\.docx/);
    const docx = join(folder, 'report.docx');
    const document = part(docx, 'word/document.xml');
    for (const number of ['1.', '3.', '4.']) assert.ok(document.includes(`>${number}</w:t></w:r><w:r><w:tab/>`), number);
    assert.match(document, /<w:pStyle w:val="HCh"\/>/);
    assert.match(document, /<w:pStyle w:val="H1"\/>/);
    assert.match(document, /<w:pStyle w:val="SingleTxt"\/>/);
    assert.match(document, /<w:pgSz w:w="11906" w:h="16838"/);
    assert.ok(document.includes('Members attended &lt;all&gt; &quot;of&quot; them &amp; more.') || document.includes('Members attended &lt;all&gt; "of" them &amp; more.'));
    assert.ok(document.includes('A/AC.1/2020/4') && document.includes('United Nations'));
    assert.match(part(docx, 'word/styles.xml'), /Times New Roman/);
    assert.match(part(docx, 'word/header1.xml'), /A\/AC\.1\/2020\/4/);
    assert.ok(document.includes('The committee met.</w:t></w:r><w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr><w:footnoteReference w:id="1"/>'), 'the mark is a Word footnote reference');
    assert.match(part(docx, 'word/footnotes.xml'), /Official Records of the General Assembly, Seventy-fifth Session/);
    assert.ok(document.includes('Report of the Committee</w:t></w:r><w:r><w:br/><w:t xml:space="preserve">on its first session'), 'the title keeps its two lines');
  });

  it('writes where -o says, refuses to overwrite without --force and overwrites with it', () => {
    const folder = draftFolder();
    assert.equal(run(['export', 'report.unr', '-o', 'out.docx'], folder).status, 0);
    assert.ok(existsSync(join(folder, 'out.docx')));
    const refused = run(['export', 'report.unr', '-o', 'out.docx'], folder);
    assert.equal(refused.status, 2);
    assert.deepEqual(refused.stderr.trim().split('\n'), [`rapporteur: ${join(folder, 'out.docx')}: already exists; use --force to overwrite it`]);
    assert.equal(run(['export', 'report.unr', '-o', 'out.docx', '--force'], folder).status, 0);
  });

  it('exits 2 with one line for a missing draft, a binary file, a missing DRAFT and options of another command', () => {
    const folder = draftFolder();
    writeFileSync(join(folder, 'binary.unr'), Buffer.from([0x50, 0x4b, 0, 0, 1, 2]));
    const cases: Array<[string[], RegExp]> = [
      [['export', 'missing.unr'], /^rapporteur: missing\.unr:1: no such file or folder$/],
      [['export', 'binary.unr'], /^rapporteur: binary\.unr:1: The file is binary, not a text draft\.$/],
      [['export', 'report.unr', '-o', 'report.unr'], /^rapporteur: report\.unr: the output would overwrite the draft itself/],
    ];
    for (const [args, message] of cases) {
      const { status, stderr } = run(args, folder);
      assert.equal(status, 2, args.join(' '));
      assert.equal(stderr.trim().split('\n').length, 1, stderr);
      assert.match(stderr.trim(), message);
    }
    for (const args of [['export'], ['check', '--force', 'report.unr']]) {
      const { status, stderr } = run(args, folder);
      assert.equal(status, 2);
      assert.doesNotMatch(stderr, /at .*\.js:\d+/);
    }
    assert.ok(!existsSync(join(folder, 'missing.docx')) && !existsSync(join(folder, 'binary.docx')));
  });

  it('gives a document LibreOffice converts to PDF, with the paragraph numbers on the page and the footnote at its foot', function () {
    const soffice = spawnSync('soffice', ['--version'], { encoding: 'utf8' });
    if (soffice.error) {
      console.log('    (skipped: LibreOffice (soffice) is not installed; apt-get install libreoffice-writer-nogui poppler-utils)');
      this.skip();
    }
    this.timeout(120000);
    const folder = draftFolder();
    assert.equal(run(['export', 'report.unr'], folder).status, 0);
    const converted = spawnSync('soffice', [`-env:UserInstallation=file://${folder}/profile`, '--headless', '--convert-to', 'pdf', '--outdir', folder, join(folder, 'report.docx')], { encoding: 'utf8' });
    assert.equal(converted.status, 0, converted.stderr);
    const text = spawnSync('pdftotext', ['-layout', join(folder, 'report.pdf'), '-'], { encoding: 'utf8' }).stdout;
    for (const line of [/United Nations\s+A\/AC\.1\/2020\/4/, /1\.\s+The committee met\.1/, /^\s*1\s*Official Records of the General Assembly/m, /Report of the Committee\n\s*on its first session/, /3\.\s+It adopted the following agenda:/, /1\.\s+Opening of the session\./, /4\.\s+Members attended <all> "of" them & more\./, /1\/1/]) assert.match(text, line);
  });
});
