// Paths from untrusted configuration stay inside their folder, links included,
// and only regular files of a bounded size are read (never a FIFO or a device).
import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, realpathSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { confine, isInside } from '../../server/src/files/confine';
import { readRegularFile, readRegularFileSync } from '../../server/src/files/regularFile';

const reason = (found: ReturnType<typeof confine>) => (found.ok ? 'ok' : found.reason);

describe('paths kept inside a folder', () => {
  let top: string;
  let folder: string;

  beforeEach(() => {
    top = realpathSync(mkdtempSync(join(tmpdir(), 'rapporteur-confine-')));
    folder = join(top, 'workspace');
    mkdirSync(join(folder, 'sub'), { recursive: true });
    writeFileSync(join(top, 'secret.csv'), 'symbol,title\n');
    writeFileSync(join(folder, 'sub', 'cat.csv'), 'symbol,title\n');
  });

  afterEach(() => rmSync(top, { recursive: true, force: true }));

  it('tells inside from outside by whole path parts', () => {
    assert.ok(isInside('/w/ws', '/w/ws/a.csv'));
    assert.ok(isInside('/w/ws', '/w/ws/..a.csv'));
    assert.ok(!isInside('/w/ws', '/w/ws-other/a.csv'));
    assert.ok(!isInside('/w/ws', '/w/a.csv'));
    assert.ok(!isInside('/w/ws', '/etc/passwd'));
  });

  it('accepts a file inside, by a relative or absolute name, and one not created yet', () => {
    const found = confine(folder, 'sub/cat.csv', 'the folder');
    assert.deepEqual(found, { ok: true, path: join(folder, 'sub', 'cat.csv'), real: join(folder, 'sub', 'cat.csv'), exists: true });
    assert.equal(reason(confine(folder, join(folder, 'sub', 'cat.csv'), 'the folder')), 'ok');
    assert.deepEqual(confine(folder, 'new/documents.csv', 'the folder'), { ok: true, path: join(folder, 'new', 'documents.csv'), real: join(folder, 'new', 'documents.csv'), exists: false });
  });

  it('refuses absolute paths, ../ and special files outside', () => {
    for (const name of ['/etc/passwd', '/proc/self/environ', '/dev/zero', '../secret.csv', 'sub/../../secret.csv', '..', '.']) {
      assert.match(reason(confine(folder, name, 'the folder')), /^is outside the folder \(links included\)$/, name);
    }
  });

  it('follows links: one leading out is refused, one staying inside is read at its real place', () => {
    symlinkSync(join(top, 'secret.csv'), join(folder, 'link.csv'));
    symlinkSync(top, join(folder, 'up'));
    symlinkSync(join(folder, 'sub'), join(folder, 'inner'));
    assert.match(reason(confine(folder, 'link.csv', 'the folder')), /outside/);
    assert.match(reason(confine(folder, 'up/secret.csv', 'the folder')), /outside/);
    assert.match(reason(confine(folder, 'up/new.csv', 'the folder')), /outside/, 'a file to be created through a link');
    assert.deepEqual(confine(folder, 'inner/cat.csv', 'the folder'), { ok: true, path: join(folder, 'sub', 'cat.csv'), real: join(folder, 'sub', 'cat.csv'), exists: true });
  });

  it('refuses a link that leads nowhere (a file created there would land where it points)', () => {
    symlinkSync(join(top, 'not-yet.csv'), join(folder, 'dangling.csv'));
    assert.equal(reason(confine(folder, 'dangling.csv', 'the folder')), 'is a link that leads nowhere');
    assert.equal(reason(confine(folder, 'dangling.csv/x.csv', 'the folder')), 'is a link that leads nowhere');
  });

  it('keeps the folder as the workspace names it, through a link to the folder', () => {
    symlinkSync(folder, join(top, 'alias'));
    const found = confine(join(top, 'alias'), 'sub/cat.csv', 'the folder');
    assert.deepEqual(found, { ok: true, path: join(top, 'alias', 'sub', 'cat.csv'), real: join(folder, 'sub', 'cat.csv'), exists: true });
  });
});

describe('reading only regular files', () => {
  let folder: string;

  beforeEach(() => void (folder = mkdtempSync(join(tmpdir(), 'rapporteur-regular-'))));
  afterEach(() => rmSync(folder, { recursive: true, force: true }));

  it('reads a regular file, and refuses one over the limit without reading on', async () => {
    const path = join(folder, 'cat.csv');
    writeFileSync(path, 'symbol,title\n');
    for (const read of [readRegularFileSync(path, 100), await readRegularFile(path, 100)]) assert.equal(read.ok && read.bytes.toString(), 'symbol,title\n');
    writeFileSync(path, 'x'.repeat(101));
    assert.deepEqual(readRegularFileSync(path, 100), { ok: false, reason: 'larger than 100 bytes, not read' });
    assert.deepEqual(readRegularFileSync(path, 2 * 1024 * 1024), { ok: true, bytes: Buffer.from('x'.repeat(101)) });
  });

  it('refuses a FIFO, /dev/zero and a folder without waiting or reading', async () => {
    const fifo = join(folder, 'fifo.csv');
    execFileSync('mkfifo', [fifo]);
    for (const [path, kind] of [[fifo, 'a FIFO'], ['/dev/zero', 'a device'], [folder, 'a folder']]) {
      const expected = { ok: false, reason: `not a regular file (${kind}), not read` };
      assert.deepEqual(readRegularFileSync(path, 1024), expected);
      assert.deepEqual(await readRegularFile(path, 1024), expected);
    }
  });

  it('says what is missing or forbidden', async () => {
    assert.deepEqual(await readRegularFile(join(folder, 'none.csv'), 1024), { ok: false, reason: 'no such file or folder' });
  });
});
