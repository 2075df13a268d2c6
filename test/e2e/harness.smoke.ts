/**
 * Smoke test of the e2e harness: a real VS Code (code-server) with a .vsix installed opens a
 * `.unr` file; the language mode and the problems count are read off the window.
 *
 * Environment:
 *   RAPPORTEUR_E2E_VSIX              .vsix to install (required; the suite is skipped without it)
 *   RAPPORTEUR_E2E_WORKSPACE         folder to open (default: a temp folder with sample.unr below)
 *   RAPPORTEUR_E2E_FILE              file to open (default: the first *.unr in the workspace)
 *   RAPPORTEUR_E2E_EXPECT_LANGUAGE   language-mode text (default "UN Report")
 *   RAPPORTEUR_E2E_EXPECT_PROBLEMS   number of problems expected (default 1, which the default workspace gives
 *                                    with the throwaway smoke extension: one error per "TODO")
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { useVSCode } from './suite';

const SAMPLE = ['# Report of the Committee', '1. The Committee met on 3 May.', '2. TODO check the date.', '3. Adopted without a vote.', ''].join('\n');

describe('e2e harness smoke (real VS Code via code-server)', function () {
  this.timeout(180_000);
  let file = '';
  const vs = useVSCode(() => {
    let folder = process.env.RAPPORTEUR_E2E_WORKSPACE ? path.resolve(process.env.RAPPORTEUR_E2E_WORKSPACE) : '';
    let cleanup: (() => void) | undefined;
    if (!folder) {
      const temp = fs.mkdtempSync(path.join(os.tmpdir(), 'rapporteur-e2e-ws-'));
      fs.writeFileSync(path.join(temp, 'sample.unr'), SAMPLE);
      folder = temp;
      cleanup = () => fs.rmSync(temp, { recursive: true, force: true });
    }
    file = process.env.RAPPORTEUR_E2E_FILE ?? fs.readdirSync(folder).filter((f) => f.endsWith('.unr')).sort()[0] ?? '';
    assert.ok(file, `no .unr file in ${folder}`);
    return cleanup ? { folder, cleanup } : { folder };
  });

  it('opens the .unr file in the un-report language mode', async function () {
    await vs().openFile(file);
    const expected = process.env.RAPPORTEUR_E2E_EXPECT_LANGUAGE ?? 'UN report draft';
    assert.equal(await vs().waitForLanguageMode(expected), expected);
    assert.ok((await vs().statusBarItems()).includes(expected));
  });

  it('shows the expected number of problems, in the status bar and the Problems panel', async function () {
    const expected = Number(process.env.RAPPORTEUR_E2E_EXPECT_PROBLEMS ?? 1);
    const counts = await vs().waitForProblems({ total: expected });
    assert.equal(counts.total, expected);
    const rows = await vs().problemRows();
    assert.equal(rows.length, expected, JSON.stringify(rows, null, 2));
    for (const r of rows) {
      assert.ok(r.message, `row without message: ${r.text}`);
      assert.ok(r.line && r.column, `row without position: ${r.text}`);
    }
    await vs().screenshot('harness-smoke-problems');
  });

  it('reads the cursor position and the token scopes', async function () {
    await vs().goTo(2, 4);
    assert.deepEqual(await vs().cursorPosition(), { line: 2, column: 4 });
    const tok = await vs().tokenScopesAt(1, 1);
    assert.match(tok.raw, /language\s+un-report/);
    assert.ok(tok.scopes.length >= 1, tok.raw);
  });
});
