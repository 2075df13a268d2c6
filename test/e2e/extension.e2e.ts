/**
 * End-to-end test of the packaged extension in a real VS Code (code-server + headless Chromium):
 * the real report CTOC/COP/WG.4/2020/4 is opened in a fixture workspace (copied to a temp folder)
 * and what a user sees is checked: language mode, status bar, Problems panel, token scopes, hover,
 * Go to Definition, the outline and a snippet, the editing commands, then the restart command and a
 * crashed server restarted with its message. A screenshot of each step goes to test-results/e2e/.
 *
 * Environment: RAPPORTEUR_E2E_VSIX (required; the suite is skipped without it).
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { AGENDA_ITEM_3_LINE, AGENDA_ITEM_3_REFERENCE, AGENDA_ITEM_3_TITLE, REPORT_FILE as REPORT, REPORT_PARAGRAPHS, REPORT_PROBLEMS, SYMBOL_WG4_2020_3 } from '../expectations/realReport';
import { repoRoot, useVSCode } from './suite';

const SCRATCH = 'scratch.unr';

describe('Rapporteur extension e2e (real VS Code via code-server)', function () {
  this.timeout(180_000);
  const vs = useVSCode(() => {
    const fixtures = path.join(repoRoot(), 'test', 'fixtures');
    const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'rapporteur-e2e-ws-'));
    fs.cpSync(path.join(fixtures, 'workspace'), folder, { recursive: true });
    fs.copyFileSync(path.join(fixtures, REPORT), path.join(folder, REPORT));
    fs.writeFileSync(path.join(folder, SCRATCH), '');
    return { folder, cleanup: () => fs.rmSync(folder, { recursive: true, force: true }) };
  });

  it('opens the report in the "UN report draft" language mode', async function () {
    await vs().openFile(REPORT);
    assert.equal(await vs().waitForLanguageMode('UN report draft'), 'UN report draft');
    await vs().screenshot('extension-1-language-mode');
  });

  it('shows the paragraph count and the problem count in the status bar', async function () {
    const total = REPORT_PROBLEMS.length;
    const counts = await vs().waitForProblems({ total });
    assert.equal(counts.total, total);
    // The extension's own item reads "¶ 37 · 5 problems".
    const expected = new RegExp(`¶\\s*${REPORT_PARAGRAPHS}\\s*·\\s*${total} problems`);
    assert.match(await vs().waitForStatusBarItem(expected), expected);
    await vs().screenshot('extension-2-status-bar');
  });

  it('reports its activation time in "Developer: Show Running Extensions", and the language client loads after it', async function () {
    const time = await vs().activationTime('Rapporteur');
    // Recorded for BENCHMARKS.md (a number, not an assertion: tests do not time things).
    console.log(`      (activation as VS Code reports it: ${time})`);
    assert.match(time, /\d+\s*ms/);
    // What activation no longer includes: the load of the language client, just after it.
    const loaded = /Language client loaded after activation in (\d+) ms/.exec(vs().outputChannel('Rapporteur') ?? '');
    assert.ok(loaded, 'the load time of the language client is in the Rapporteur output channel');
    console.log(`      (language client loaded after activation in ${loaded[1]} ms)`);
  });

  it('lists exactly the expected diagnostics in the Problems panel', async function () {
    const rows = await vs().problemRows();
    const got = rows.map((r) => ({ code: r.code, line: r.line, message: r.message }));
    const byLine = (a: { line?: number }, b: { line?: number }) => (a.line ?? 0) - (b.line ?? 0);
    assert.deepEqual(got.sort(byLine), [...REPORT_PROBLEMS].sort(byLine), JSON.stringify(rows, null, 2));
    await vs().screenshot('extension-3-problems');
  });

  it('colours paragraph numbers, document symbols and chapter headings (TextMate scopes)', async function () {
    const num = await vs().tokenScopesAt(10, 1);
    assert.ok(
      num.scopes.some((s) => s.includes('constant.numeric') || s === 'constant.numeric.paragraph-number.un-report'),
      `paragraph number scopes: ${num.scopes.join(' | ')}`,
    );
    const sym = await vs().tokenScopesAt(99, 53);
    assert.ok(sym.scopes.includes('entity.name.type.document-symbol.un-report'), `symbol scopes: ${sym.scopes.join(' | ')}`);
    const head = await vs().tokenScopesAt(8, 1);
    assert.ok(head.scopes.some((s) => s.startsWith('markup.heading')), `heading scopes: ${head.scopes.join(' | ')}`);
    await vs().screenshot('extension-4-token-scopes');
  });

  it('shows the title of a document symbol on hover', async function () {
    const title = AGENDA_ITEM_3_TITLE;
    await vs().hoverAt(SYMBOL_WG4_2020_3.line, SYMBOL_WG4_2020_3.column);
    // The link hover ("... (ctrl + click)") can render before the language server's hover: wait for the title.
    await vs().page.locator('.monaco-editor .monaco-hover:not(.hidden) .hover-contents').filter({ hasText: title }).first().waitFor({ state: 'visible' });
    const text = (await vs().page.locator('.monaco-editor .monaco-hover:not(.hidden) .hover-contents').allInnerTexts()).join('\n');
    assert.ok(text.includes(title), `hover was: ${text}`);
    await vs().screenshot('extension-5-hover');
    await vs().dismissHover();
  });

  it('goes to the agenda item with Go to Definition (F12)', async function () {
    await vs().goTo(AGENDA_ITEM_3_REFERENCE.line, AGENDA_ITEM_3_REFERENCE.column);
    await vs().page.keyboard.press('F12');
    await vs().page.locator('.statusbar-item[id="status.editor.selection"]').filter({ hasText: `Ln ${AGENDA_ITEM_3_LINE},` }).waitFor();
    assert.equal((await vs().cursorPosition()).line, AGENDA_ITEM_3_LINE);
    await vs().screenshot('extension-6-go-to-definition');
  });

  it('shows chapters and paragraphs in the outline', async function () {
    await vs().runCommand('Explorer: Focus on Outline View');
    const rows = vs().page.locator('.outline-pane .monaco-list-row');
    await rows.filter({ hasText: 'Introduction' }).first().waitFor({ state: 'visible' });
    const texts = (await rows.allInnerTexts()).map((t) => t.replace(/\s+/g, ' ').trim());
    assert.ok(texts.some((t) => /I\.\s*Introduction/.test(t)), `outline rows: ${JSON.stringify(texts)}`);
    assert.ok(texts.some((t) => /^(¶\s*)?1\b/.test(t) || /paragraph 1\b/i.test(t)), `outline rows: ${JSON.stringify(texts)}`);
    await vs().screenshot('extension-7-outline');
  });

  it('expands the "para" snippet into a numbered paragraph', async function () {
    await vs().openFile(SCRATCH);
    await vs().waitForLanguageMode('UN report draft');
    await vs().focusEditor();
    await vs().page.keyboard.type('para');
    await vs().page.keyboard.press('Control+Space');
    const row = vs().page.locator('.suggest-widget .monaco-list-row').filter({ has: vs().page.locator('.label-name', { hasText: /^para$/ }) });
    await row.first().click();
    assert.equal(await vs().waitForLine(1, '1. Text of the paragraph.'), '1. Text of the paragraph.');
    await vs().screenshot('extension-8-snippet');
    await vs().page.keyboard.press('Escape');
  });

  // The tests below edit the report, so they come last.
  it('applies a quick fix, and its diagnostic disappears', async function () {
    await vs().openFile(REPORT);
    await vs().goTo(89, 160); // the second "Australia"
    await vs().applyCodeAction('Remove the repeated "Australia"');
    const remaining = REPORT_PROBLEMS.length - 1;
    await vs().waitForStatusBarItem(`¶ ${REPORT_PARAGRAPHS} · ${remaining} problems`);
    // The Problems panel follows the status bar a moment later.
    await vs().openProblems();
    await vs().page.locator('.markers-panel .monaco-list-row').filter({ hasText: 'list-duplicate-entry' }).waitFor({ state: 'detached' });
    const rows = await vs().problemRows();
    assert.ok(!rows.some((row) => row.code === 'list-duplicate-entry'), JSON.stringify(rows, null, 2));
    await vs().screenshot('extension-9-quick-fix');
  });

  it('numbers the unnumbered paragraphs with "Rapporteur: Renumber Paragraphs"', async function () {
    await vs().goTo(26, 1);
    await vs().runCommand('Rapporteur: Renumber Paragraphs');
    assert.match(await vs().waitForLine(26, '7. The discussion under agenda item 2'), /^7\. The discussion/);
    // Only the unresolved symbol is left.
    await vs().waitForStatusBarItem(`¶ ${REPORT_PARAGRAPHS} · 1 problem`);
    await vs().screenshot('extension-10-renumbered');
  });

  it('inserts a paragraph after the current one and renumbers what follows', async function () {
    await vs().goTo(10, 5); // paragraph 1
    await vs().runCommand('Rapporteur: Insert Paragraph After This One');
    await vs().waitForStatusBarItem(`¶ ${REPORT_PARAGRAPHS + 1} · `);
    assert.equal((await vs().cursorPosition()).line, 12);
    await vs().waitForLine(12, '2. ');
    await vs().waitForLine(14, '3. In its resolution 7/1');
    await vs().screenshot('extension-11-inserted');
  });

  it('restarts the language server with "Rapporteur: Restart Language Server"', async function () {
    const before = vs().processesOf('dist/server.js');
    assert.equal(before.length, 1, `servers: ${before}`);
    await vs().runCommand('Rapporteur: Restart Language Server');
    await vs().waitForNotification('The Rapporteur language server has been restarted.');
    const after = await waitForOne(() => vs().processesOf('dist/server.js'));
    assert.notEqual(after, before[0]);
    await vs().waitForStatusBarItem(`¶ ${REPORT_PARAGRAPHS + 1} · `);
  });

  it('restarts a server that crashed, with a visible message, and the commands still work', async function () {
    const [server] = vs().processesOf('dist/server.js');
    process.kill(server, 'SIGKILL');
    await vs().waitForNotification('The Rapporteur language server stopped unexpectedly and has been restarted.');
    const restarted = await waitForOne(() => vs().processesOf('dist/server.js'));
    assert.notEqual(restarted, server);
    await vs().goTo(10, 5); // paragraph 1
    await vs().runCommand('Rapporteur: Insert Paragraph After This One');
    await vs().waitForStatusBarItem(`¶ ${REPORT_PARAGRAPHS + 2} · `);
    await vs().screenshot('extension-12-restarted');
  });
});

/** The one process `find` lists, once there is exactly one (an old server may take a moment to exit). */
async function waitForOne(find: () => number[], timeout = 30_000): Promise<number> {
  const end = Date.now() + timeout;
  for (;;) {
    const found = find();
    if (found.length === 1) return found[0];
    if (Date.now() > end) throw new Error(`expected one process, found ${found.length}: ${found.join(', ')}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
