/**
 * End-to-end test of the workspace of a session in a real VS Code (code-server + headless
 * Chromium): test/fixtures/session holds a provisional agenda (…/1), two background papers
 * (…/2, …/3), the report (…/4) and a document catalogue. Only the report is opened; what it
 * refers to lives in the other files.
 *
 * Environment: RAPPORTEUR_E2E_VSIX (required; the suite is skipped without it).
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { repoRoot, useVSCode } from './suite';

const REPORT = 'CTOC-COP-WG.4-2021-4.unr';

describe('Rapporteur e2e: the drafts of a session (real VS Code via code-server)', function () {
  this.timeout(180_000);
  const vs = useVSCode(() => {
    const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'rapporteur-e2e-session-'));
    fs.cpSync(path.join(repoRoot(), 'test', 'fixtures', 'session'), folder, { recursive: true });
    return { folder, cleanup: () => fs.rmSync(folder, { recursive: true, force: true }) };
  });

  it('checks the report against the provisional agenda of another draft', async function () {
    await vs().openFile(REPORT);
    await vs().waitForStatusBarItem('¶ 5 · 2 problems');
    const rows = (await vs().problemRows()).map((row) => `${row.code}@${row.line}: ${row.message}`).sort();
    assert.deepEqual(rows, [
      'agenda-item-unknown@14: There is no agenda item 6 in the provisional agenda (CTOC/COP/WG.4/2021/1): its items are 1 to 5.',
      'symbol-unresolved@14: CTOC/COP/WG.4/2021/CRP.9 is not a draft being checked, nor in a documentation list or the document catalogue.',
    ]);
  });

  it('shows the title of an agenda item that only the provisional agenda has', async function () {
    const text = await vs().hoverAt(10, 40); // "agenda item 2" in paragraph 1
    assert.match(text, /Trafficking in persons in the context of armed conflict/, `hover was: ${text}`);
    await vs().screenshot('workspace-1-agenda-hover');
    await vs().dismissHover();
  });

  it('goes to the draft that carries a symbol with Go to Definition (F12)', async function () {
    await vs().goTo(10, 115); // inside CTOC/COP/WG.4/2021/2
    await vs().page.keyboard.press('F12');
    await vs().page.locator('.tabs-container .tab.active[aria-label^="CTOC-COP-WG.4-2021-2.unr"]').waitFor({ state: 'visible' });
    // The status bar follows the new editor a moment later.
    await vs().page.locator('.statusbar-item[id="status.editor.selection"]').filter({ hasText: /Ln 1,/ }).waitFor();
    assert.equal((await vs().cursorPosition()).line, 1);
    await vs().screenshot('workspace-2-definition');
  });

  it('finds a draft by a fragment of its symbol with Go to Symbol in Workspace (Ctrl+T)', async function () {
    await vs().page.keyboard.press('Control+T');
    const box = vs().page.locator('.quick-input-widget input');
    await box.waitFor({ state: 'visible' });
    await box.fill('#WG.4/2021/3');
    const row = vs().page.locator('.quick-input-widget .quick-input-list .monaco-list-row').filter({ hasText: 'CTOC/COP/WG.4/2021/3' });
    await row.first().waitFor({ state: 'visible' });
    await vs().screenshot('workspace-3-workspace-symbols');
    await vs().page.keyboard.press('Escape');
  });

  it('adds an unresolved symbol to the catalogue with a quick fix', async function () {
    await vs().openFile(REPORT);
    await vs().goTo(14, 80); // inside CTOC/COP/WG.4/2021/CRP.9
    await vs().applyCodeAction('Add CTOC/COP/WG.4/2021/CRP.9 to the document catalogue');
    // The catalogue is read from disk: the fix saves it (rapporteur.saveDocument), so the
    // diagnostic goes without the user saving anything.
    await vs().waitForStatusBarItem('¶ 5 · 1 problem');
    assert.ok(!(await vs().problemRows()).some((row) => row.code === 'symbol-unresolved'));
    await vs().screenshot('workspace-4-catalogue-fix');
  });
});
