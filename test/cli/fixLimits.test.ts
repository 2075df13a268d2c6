// `rapporteur fix` on drafts whose renumbering would need labels no one can write:
// a clear line and exit status 1, never a stack trace ("Invalid string length"
// after 12 s for a list of 130,000 items) or seven rounds that do not settle.
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const CLI = join(resolve(__dirname, '../../..'), 'dist/cli.js');
const HEAD = ['A/AC.1/2020/4', 'Distr.: General', '1 May 2020', 'Original: English', '', 'Report', '', 'I. Introduction', ''];

function fix(name: string, body: string[]): { status: number | null; stdout: string; stderr: string; before: string; after: string } {
  const folder = mkdtempSync(join(tmpdir(), 'rapporteur-fix-limits-'));
  const before = [...HEAD, ...body, ''].join('\n');
  writeFileSync(join(folder, name), before);
  const result = spawnSync(process.execPath, [CLI, 'fix', name], { cwd: folder, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr, before, after: readFileSync(join(folder, name), 'utf8') };
}

describe('rapporteur fix: labels too large to be written', () => {
  it('a list of 130,000 items out of order: refused with a reason at the 53rd item, the draft left as it is', () => {
    const items = Array.from({ length: 130_000 }, (_, i) => `    (${i % 2 ? 'a' : 'b'}) Item;`);
    const { status, stdout, stderr, before, after } = fix('list.unr', ['1. States should:', ...items]);
    assert.equal(status, 1);
    assert.equal(stdout.split('\n')[0], 'list.unr:63:5  This level of the list would need 130,000 items, but list items are lettered up to (zz) (52); not renumbered');
    assert.equal(stderr, 'Fixed 0 drafts of 1.\n');
    assert.equal(after, before);
  });

  it('a body that would need paragraph 100,000: refused with a reason, not "does not settle"', () => {
    const paragraphs = Array.from({ length: 99_999 }, (_, i) => `${i + 1}. Text.\n`);
    const { status, stdout, stderr, before, after } = fix('long.unr', ['Unnumbered first.', '', ...paragraphs]);
    assert.equal(status, 1);
    assert.deepEqual(stdout.trim().split('\n'), [
      'long.unr:200008:1  The body would need 100,000 paragraphs, but paragraph numbers have at most five digits (99,999); not renumbered',
      'long.unr:10:1  paragraph-unnumbered  not fixed: This paragraph has no number.',
    ]);
    assert.equal(stderr, 'Fixed 0 drafts of 1.\n');
    assert.equal(after, before);
  });
});
