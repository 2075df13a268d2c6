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
 *   RAPPORTEUR_E2E_EXPECT_HOVER      optional "LINE:COL:TEXT": the hover at LINE:COL must contain TEXT
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { codeServerBin, startVSCode, type VSCodeSession } from './harness';

const SAMPLE = ['# Report of the Committee', '1. The Committee met on 3 May.', '2. TODO check the date.', '3. Adopted without a vote.', ''].join('\n');

describe('e2e harness smoke (real VS Code via code-server)', function () {
  this.timeout(180_000);
  const vsix = process.env.RAPPORTEUR_E2E_VSIX;
  let vs: VSCodeSession | undefined;
  let workspace = '';
  let tempWorkspace: string | undefined;
  let file = '';

  before(async function () {
    if (!vsix) {
      console.log('    (skipped: set RAPPORTEUR_E2E_VSIX to a .vsix to run the e2e smoke test)');
      this.skip();
    }
    if (!fs.existsSync(codeServerBin())) throw new Error(`code-server missing (${codeServerBin()}): run test/e2e/setup.sh`);
    if (process.env.RAPPORTEUR_E2E_WORKSPACE) {
      workspace = path.resolve(process.env.RAPPORTEUR_E2E_WORKSPACE);
    } else {
      tempWorkspace = fs.mkdtempSync(path.join(os.tmpdir(), 'rapporteur-e2e-ws-'));
      fs.writeFileSync(path.join(tempWorkspace, 'sample.unr'), SAMPLE);
      workspace = tempWorkspace;
    }
    file = process.env.RAPPORTEUR_E2E_FILE ?? fs.readdirSync(workspace).filter((f) => f.endsWith('.unr')).sort()[0] ?? '';
    assert.ok(file, `no .unr file in ${workspace}`);
    vs = await startVSCode({ workspace, vsix: vsix! });
  });

  afterEach(async function () {
    if (vs && this.currentTest?.state === 'failed') {
      const dir = await vs.saveFailureArtifacts(this.currentTest.fullTitle());
      console.log(`    failure artifacts: ${dir}`);
    }
  });

  after(async function () {
    await vs?.close();
    if (tempWorkspace) fs.rmSync(tempWorkspace, { recursive: true, force: true });
  });

  it('opens the .unr file in the un-report language mode', async function () {
    await vs!.openFile(file);
    const expected = process.env.RAPPORTEUR_E2E_EXPECT_LANGUAGE ?? 'UN report draft';
    assert.equal(await vs!.waitForLanguageMode(expected), expected);
    assert.ok((await vs!.statusBarItems()).includes(expected));
  });

  it('shows the expected number of problems, in the status bar and the Problems panel', async function () {
    const expected = Number(process.env.RAPPORTEUR_E2E_EXPECT_PROBLEMS ?? 1);
    const counts = await vs!.waitForProblems({ total: expected });
    assert.equal(counts.total, expected);
    const rows = await vs!.problemRows();
    assert.equal(rows.length, expected, JSON.stringify(rows, null, 2));
    for (const r of rows) {
      assert.ok(r.message, `row without message: ${r.text}`);
      assert.ok(r.line && r.column, `row without position: ${r.text}`);
    }
    await vs!.screenshot('harness-smoke-problems');
  });

  it('reads the cursor position and the token scopes', async function () {
    await vs!.goTo(2, 4);
    assert.deepEqual(await vs!.cursorPosition(), { line: 2, column: 4 });
    const tok = await vs!.tokenScopesAt(1, 1);
    assert.match(tok.raw, /language\s+un-report/);
    assert.ok(tok.scopes.length >= 1, tok.raw);
  });

  it('shows a hover (when RAPPORTEUR_E2E_EXPECT_HOVER is set)', async function () {
    const spec = /^(\d+):(\d+):(.+)$/s.exec(process.env.RAPPORTEUR_E2E_EXPECT_HOVER ?? '');
    if (!spec) this.skip();
    const text = await vs!.hoverAt(Number(spec![1]), Number(spec![2]));
    assert.ok(text.includes(spec![3]), `hover was: ${text}`);
    await vs!.screenshot('harness-smoke-hover');
    await vs!.dismissHover();
  });
});
