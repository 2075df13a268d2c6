/**
 * End-to-end test of the packaged extension in a real VS Code (code-server + headless Chromium):
 * the real report CTOC/COP/WG.4/2020/4 is opened in a fixture workspace (copied to a temp folder)
 * and what a user sees is checked: language mode, status bar, Problems panel, token scopes, hover,
 * Go to Definition and the outline. A screenshot of each step goes to test-results/e2e/.
 *
 * Environment: RAPPORTEUR_E2E_VSIX (required; the suite is skipped without it).
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { codeServerBin, startVSCode, type VSCodeSession } from './harness';

const REPORT = 'CTOC-COP-WG.4-2020-4.unr';

/** Repo root: the folder holding test/e2e/setup.sh, walking up from this file (source or compiled). */
function repoRoot(): string {
  let dir = __dirname;
  for (;;) {
    if (fs.existsSync(path.join(dir, 'test', 'e2e', 'setup.sh'))) return dir;
    const up = path.dirname(dir);
    if (up === dir) return process.cwd();
    dir = up;
  }
}

describe('Rapporteur extension e2e (real VS Code via code-server)', function () {
  this.timeout(180_000);
  const vsix = process.env.RAPPORTEUR_E2E_VSIX;
  let vs: VSCodeSession | undefined;
  let workspace: string | undefined;

  before(async function () {
    if (!vsix) {
      console.log('    (skipped: set RAPPORTEUR_E2E_VSIX to a .vsix to run the extension e2e test)');
      this.skip();
    }
    if (!fs.existsSync(codeServerBin())) throw new Error(`code-server missing (${codeServerBin()}): run test/e2e/setup.sh`);
    const fixtures = path.join(repoRoot(), 'test', 'fixtures');
    workspace = fs.mkdtempSync(path.join(os.tmpdir(), 'rapporteur-e2e-ws-'));
    fs.cpSync(path.join(fixtures, 'workspace'), workspace, { recursive: true });
    fs.copyFileSync(path.join(fixtures, REPORT), path.join(workspace, REPORT));
    vs = await startVSCode({ workspace, vsix: path.resolve(vsix!) });
  });

  afterEach(async function () {
    if (vs && this.currentTest?.state === 'failed') {
      const dir = await vs.saveFailureArtifacts(this.currentTest.fullTitle());
      console.log(`    failure artifacts: ${dir}`);
    }
  });

  after(async function () {
    await vs?.close();
    if (workspace) fs.rmSync(workspace, { recursive: true, force: true });
  });

  it('opens the report in the "UN report draft" language mode', async function () {
    await vs!.openFile(REPORT);
    assert.equal(await vs!.waitForLanguageMode('UN report draft'), 'UN report draft');
    await vs!.screenshot('extension-1-language-mode');
  });

  it('shows the paragraph count and the problem count in the status bar', async function () {
    const counts = await vs!.waitForProblems({ total: 5 });
    assert.equal(counts.total, 5);
    // The extension's own item reads "¶ 37 · 5 problems".
    const item = await vs!.waitForStatusBarItem(/¶\s*37\s*·\s*5 problems/);
    assert.match(item, /¶\s*37\s*·\s*5 problems/);
    await vs!.screenshot('extension-2-status-bar');
  });

  it('lists exactly the expected diagnostics in the Problems panel', async function () {
    const expected = [
      'paragraph-unnumbered@26',
      'paragraph-unnumbered@36',
      'paragraph-unnumbered@50',
      'list-duplicate-entry@89',
      'symbol-unresolved@99',
    ];
    const rows = await vs!.problemRows();
    const got = rows.map((r) => `${r.code}@${r.line}`).sort();
    assert.deepEqual(got, [...expected].sort(), JSON.stringify(rows, null, 2));
    await vs!.screenshot('extension-3-problems');
  });

  it('colours paragraph numbers, document symbols and chapter headings (TextMate scopes)', async function () {
    const num = await vs!.tokenScopesAt(10, 1);
    assert.ok(
      num.scopes.some((s) => s.includes('constant.numeric') || s === 'constant.numeric.paragraph-number.un-report'),
      `paragraph number scopes: ${num.scopes.join(' | ')}`,
    );
    const sym = await vs!.tokenScopesAt(99, 53);
    assert.ok(sym.scopes.includes('entity.name.type.document-symbol.un-report'), `symbol scopes: ${sym.scopes.join(' | ')}`);
    const head = await vs!.tokenScopesAt(8, 1);
    assert.ok(head.scopes.some((s) => s.startsWith('markup.heading')), `heading scopes: ${head.scopes.join(' | ')}`);
    await vs!.screenshot('extension-4-token-scopes');
  });

  it('shows the title of a document symbol on hover', async function () {
    const title = 'Best practices in joint investigations and specialized prosecutions';
    await vs!.hoverAt(106, 140); // inside CTOC/COP/WG.4/2020/3
    // The link hover ("... (ctrl + click)") can render before the language server's hover: wait for the title.
    await vs!.page.locator('.monaco-editor .monaco-hover:not(.hidden) .hover-contents').filter({ hasText: title }).first().waitFor({ state: 'visible' });
    const text = (await vs!.page.locator('.monaco-editor .monaco-hover:not(.hidden) .hover-contents').allInnerTexts()).join('\n');
    assert.ok(text.includes('Best practices in joint investigations and specialized prosecutions'), `hover was: ${text}`);
    await vs!.screenshot('extension-5-hover');
    await vs!.dismissHover();
  });

  it('goes to the agenda item with Go to Definition (F12)', async function () {
    await vs!.goTo(46, 96); // inside "agenda item 3" in paragraph 17
    await vs!.page.keyboard.press('F12');
    await vs!.page.locator('.statusbar-item[id="status.editor.selection"]').filter({ hasText: /Ln 83,/ }).waitFor();
    assert.equal((await vs!.cursorPosition()).line, 83);
    await vs!.screenshot('extension-6-go-to-definition');
  });

  it('shows chapters and paragraphs in the outline', async function () {
    await vs!.runCommand('Explorer: Focus on Outline View');
    const rows = vs!.page.locator('.outline-pane .monaco-list-row');
    await rows.filter({ hasText: 'Introduction' }).first().waitFor({ state: 'visible' });
    const texts = (await rows.allInnerTexts()).map((t) => t.replace(/\s+/g, ' ').trim());
    assert.ok(texts.some((t) => /I\.\s*Introduction/.test(t)), `outline rows: ${JSON.stringify(texts)}`);
    assert.ok(texts.some((t) => /^(¶\s*)?1\b/.test(t) || /paragraph 1\b/i.test(t)), `outline rows: ${JSON.stringify(texts)}`);
    await vs!.screenshot('extension-7-outline');
  });
});
