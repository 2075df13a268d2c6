/**
 * End-to-end test of the document commands in a real VS Code (code-server + headless Chromium):
 * "Rapporteur: Open Preview to the Side" on the real report CTOC/COP/WG.4/2020/4 (what the preview
 * shows, its problem marks, typing, clicking, scrolling both ways, a hidden preview shown again),
 * "Rapporteur: Export to Word" (the save dialog, the .docx on disk, the message) and "Rapporteur:
 * Import Word or PDF Document…" (the open dialog, a .docx and a PDF of the report, a draft that
 * exists). The workspace is a copy of test/fixtures/workspace with the report and an `imports`
 * folder: the report as a Word document (made by test/unit/import/seedDocx.ts) and as a PDF
 * (test/fixtures/import). Screenshots go to test-results/e2e/documents-*.png.
 *
 * Environment: RAPPORTEUR_E2E_VSIX (required; the suite is skipped without it).
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import type { Frame } from 'playwright-core';
import { REPORT_FILE as REPORT, REPORT_PARAGRAPHS, REPORT_PROBLEMS } from '../expectations/realReport';
import { seedDocx, seedWithFootnote } from '../unit/import/seedDocx';
import { repoRoot, useVSCode } from './suite';

const SYMBOL = 'CTOC/COP/WG.4/2020/4';
const TITLE = 'Report on the meeting of the Working Group on Trafficking in Persons held in Vienna on 10 and 11 September 2020';
const WORD = 'imports/from-word.docx';
const PDF = 'imports/from-pdf.pdf';
/** Severity of each problem of the report (REPORT_PROBLEMS), by code, as the margin colours it. */
const SEVERITY: Record<string, string> = { 'paragraph-unnumbered': 'warning', 'list-duplicate-entry': 'warning', 'symbol-unresolved': 'information' };

// Run in the preview's page (a function, not a string: the page's policy forbids eval). This
// repo's tsconfig has no DOM lib, hence the minimal typing.
type Block = { getAttribute(name: string): string | null; getBoundingClientRect(): { bottom: number } };
type PreviewWindow = { scrollY: number; document: { querySelectorAll(selector: string): Iterable<Block> } };

/** Whether the first block in view (its bottom below the top edge) is the one holding 0-based `line`. */
function topBlockHolds(line: number): boolean {
  const blocks = [...(globalThis as unknown as PreviewWindow).document.querySelectorAll('[data-line]')];
  const top = blocks.find((block) => block.getBoundingClientRect().bottom > 1);
  const holding = Math.max(...blocks.map((block) => Number(block.getAttribute('data-line'))).filter((start) => start <= line));
  return top !== undefined && Number(top.getAttribute('data-line')) === holding;
}

/** The 0-based line of the first block in view. */
function topBlock(): number {
  const blocks = [...(globalThis as unknown as PreviewWindow).document.querySelectorAll('[data-line]')];
  return Number(blocks.find((block) => block.getBoundingClientRect().bottom > 1)?.getAttribute('data-line') ?? -1);
}

function scrollY(): number {
  return (globalThis as unknown as PreviewWindow).scrollY;
}

function scrolledFrom(y: number): boolean {
  return (globalThis as unknown as PreviewWindow).scrollY !== y;
}

describe('Rapporteur documents e2e: preview, export, import (real VS Code via code-server)', function () {
  this.timeout(180_000);
  let folder = '';
  // Before VS Code starts (useVSCode's hook, registered next): the workspace, with the report as a
  // Word document made in code (seedDocx.ts, as the unit tests make it) and as a PDF.
  before(async function () {
    if (!process.env.RAPPORTEUR_E2E_VSIX) return;
    const fixtures = path.join(repoRoot(), 'test', 'fixtures');
    folder = fs.mkdtempSync(path.join(os.tmpdir(), 'rapporteur-e2e-documents-'));
    fs.cpSync(path.join(fixtures, 'workspace'), folder, { recursive: true });
    fs.copyFileSync(path.join(fixtures, REPORT), path.join(folder, REPORT));
    fs.mkdirSync(path.join(folder, 'imports'));
    fs.writeFileSync(path.join(folder, WORD), await seedDocx());
    fs.copyFileSync(path.join(fixtures, 'import', 'CTOC-COP-WG.4-2020-4.pdf'), path.join(folder, PDF));
  });
  const vs = useVSCode(
    () => ({ folder, cleanup: () => fs.rmSync(folder, { recursive: true, force: true }) }),
    // Wide enough for the editor and the whole A4 page of the preview side by side.
    { viewport: { width: 1800, height: 1000 } },
  );
  let preview: Frame;
  /** The preview's scroll position as the reader left it (set by the test that scrolls it). */
  let readerScroll = 0;

  it('opens the preview beside the report: masthead, title, numbers hanging, under its policy', async function () {
    await vs().openFile(REPORT);
    await vs().waitForStatusBarItem(`¶ ${REPORT_PARAGRAPHS} · ${REPORT_PROBLEMS.length} problems`);
    await vs().runCommand('View: Close Primary Side Bar');
    await vs().runCommand('Rapporteur: Open Preview to the Side');
    preview = await vs().webview('.masthead');
    // Beside: a second editor group holds the preview; the report keeps the focus.
    const page = vs().page;
    assert.equal(await page.locator('.editor-group-container').count(), 2);
    await page.locator('.editor-group-container').nth(1).locator('.tab.active', { hasText: `Preview ${REPORT}` }).waitFor();
    await page.locator('.editor-group-container.active .tab.active', { hasText: REPORT }).waitFor();
    assert.equal((await vs().cursorPosition()).line, 1);

    assert.equal(await preview.locator('.masthead .mh-symbol').innerText(), SYMBOL);
    assert.equal(await preview.locator('.running-header').innerText(), SYMBOL);
    assert.equal((await preview.locator('.block.title').innerText()).replace(/\s+/g, ' '), TITLE);
    const paragraph1 = preview.locator('.block[data-line="9"]');
    assert.equal(await paragraph1.locator('.label').innerText(), '1.');
    assert.match(await paragraph1.locator('.text').innerText(), /^In its decision 4\/4, the Conference of the Parties/);
    // Hanging: the number on the first line, the text beside it and wrapping under itself.
    const label = (await paragraph1.locator('.label').boundingBox())!;
    const text = (await paragraph1.locator('.text').boundingBox())!;
    assert.ok(label.x + label.width <= text.x && Math.abs(label.y - text.y) < 2 && text.height > 100, JSON.stringify({ label, text }));
    // Its own policy: nothing but its nonce'd script and style (which ran: the page is rendered).
    const policy = await preview.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
    assert.match(policy ?? '', /^default-src 'none'; style-src 'nonce-[^']+'; script-src 'nonce-[^']+';/);
    await vs().screenshot('documents-1-preview');
  });

  it('marks the paragraphs with problems in the margin, coloured by severity, the message as tooltip', async function () {
    const marks = await preview.locator('.block > .problem').evaluateAll((spans) =>
      spans.map((span) => ({ line: Number(span.parentElement?.getAttribute('data-line')) + 1, severity: span.classList[1], message: span.getAttribute('title') })),
    );
    assert.deepEqual(marks, REPORT_PROBLEMS.map((problem) => ({ line: problem.line, severity: SEVERITY[problem.code], message: problem.message })));
    // Shown in the margin, left of the paragraph's text.
    const mark = (await preview.locator('.block[data-line="25"] > .problem').boundingBox())!;
    const text = (await preview.locator('.block[data-line="25"] > .text').boundingBox())!;
    assert.ok(mark.width > 0 && mark.x + mark.width < text.x, JSON.stringify({ mark, text }));
  });

  it('follows typing in the editor', async function () {
    await vs().goTo(10, 11); // "decision" in paragraph 1
    await vs().page.keyboard.press('Control+Shift+ArrowRight');
    await vs().page.keyboard.type('resolution');
    await vs().waitForLine(10, '1. In its resolution 4/4');
    await preview.locator('.block[data-line="9"] .text', { hasText: /^In its resolution 4\/4, the Conference/ }).waitFor();
  });

  it('puts the cursor on the line of a paragraph clicked in the preview', async function () {
    const paragraph13 = preview.locator('.block[data-line="37"]');
    assert.equal(await paragraph13.locator('.label').innerText(), '13.');
    await paragraph13.click();
    await vs().page.locator('.statusbar-item[id="status.editor.selection"]').filter({ hasText: /Ln 38, Col 1\b/ }).waitFor();
    assert.deepEqual(await vs().cursorPosition(), { line: 38, column: 1 });
    assert.match((await paragraph13.getAttribute('class')) ?? '', /\bactive\b/);
  });

  it('scrolls the preview with the editor: the block at the editor\'s top comes to the top', async function () {
    const before = await preview.evaluate(scrollY);
    await vs().goTo(99, 1);
    const top = await vs().firstVisibleLine();
    assert.ok(top > 60, `first line in view after Ctrl+G 99: ${top}`);
    await preview.waitForFunction(topBlockHolds, top - 1);
    assert.notEqual(await preview.evaluate(scrollY), before);
    await vs().screenshot('documents-2-scrolled');
  });

  it('scrolls the editor with the preview, and leaves the preview where the reader put it', async function () {
    const editorTop = await vs().firstVisibleLine();
    const atStart = (await preview.evaluate(scrollY)) as number;
    await wheelOverWebview(-700);
    await preview.waitForFunction(scrolledFrom, atStart);
    readerScroll = (await preview.evaluate(scrollY)) as number;
    const shown = await preview.evaluate(topBlock);
    // The editor reveals the block's line with room above it (sticky scroll keeps 5 lines).
    await vs().waitForFirstVisibleLine((line) => line !== editorTop && line <= shown + 1 && shown + 1 <= line + 10, `at most 10 lines above line ${shown + 1}`);
    // An edit is rendered after anything the editor's scroll sent the preview: so when the
    // renumbered paragraph shows, the preview has not been scrolled back meanwhile.
    await vs().runCommand('Rapporteur: Renumber Paragraphs');
    await preview.locator('.block[data-line="25"] > .label', { hasText: /^7\.$/ }).waitFor();
    assert.equal(await preview.evaluate(scrollY), readerScroll);
    assert.equal(await preview.locator('.block[data-line="25"] > .problem').count(), 0);
  });

  it('still follows the reader after the editor scrolled within one paragraph', async function () {
    // Scroll the editor a line at a time until its top line is the blank line after a paragraph:
    // the preview's top block does not change, so the preview does not move at all.
    await vs().focusEditor();
    let top = await vs().firstVisibleLine();
    for (let step = 0; step === 0 || (step < 6 && !((await vs().lineText(top)) === '' && (await vs().lineText(top - 1)) !== '')); step++) {
      await vs().page.keyboard.press('Control+ArrowDown');
      const previous = top;
      top = await vs().waitForFirstVisibleLine((line) => line === previous + 1, `${previous + 1}`);
    }
    assert.equal(await vs().lineText(top), '', `line ${top} is not blank`);
    await preview.waitForFunction(topBlockHolds, top - 1);
    await wheelOverWebview(-700);
    await vs().waitForFirstVisibleLine((line) => line < top - 1, `above line ${top - 1}`);
  });

  it('shows the draft again, where the editor is, when its hidden tab is shown again', async function () {
    const page = vs().page;
    // Another file opened to the side, in the preview's group, hides the preview.
    await vs().runCommand('View: Focus First Editor Group');
    await page.keyboard.press('Control+P');
    await page.locator('.quick-input-widget input').fill('CTOC-COP-WG.4-2020-1.unr');
    await page.locator('.quick-input-widget .monaco-list-row', { hasText: 'CTOC-COP-WG.4-2020-1.unr' }).first().waitFor();
    await page.keyboard.press('Control+Enter');
    await page.locator('.editor-group-container').nth(1).locator('.tab.active', { hasText: 'CTOC-COP-WG.4-2020-1.unr' }).waitFor();
    await page.locator('iframe.webview:visible').waitFor({ state: 'detached' });
    await page.locator('.editor-group-container').nth(1).locator('.tab', { hasText: `Preview ${REPORT}` }).click();
    preview = await vs().webview('.masthead');
    // What the editor holds now (typed and renumbered), and the editor's place.
    await preview.locator('.block[data-line="9"] .text', { hasText: /^In its resolution 4\/4/ }).waitFor();
    await preview.locator('.block[data-line="25"] > .label', { hasText: /^7\.$/ }).waitFor();
    await vs().runCommand('View: Focus First Editor Group');
    const top = await vs().firstVisibleLine();
    await preview.waitForFunction(topBlockHolds, top - 1);
  });

  it('exports the report as it is in the editor to Word, beside it, with its message', async function () {
    await vs().runCommand('View: Focus First Editor Group');
    await vs().runCommand('Rapporteur: Export to Word');
    const dialog = await vs().fileDialog();
    const target = path.join(folder, REPORT.replace(/\.unr$/, '.docx'));
    assert.equal(dialog.title, 'Export to Word');
    assert.equal(dialog.path, target);
    await vs().acceptFileDialog();
    await vs().waitForNotification('Exported to CTOC-COP-WG.4-2020-4.docx.');
    const docx = fs.readFileSync(target);
    assert.equal(docx.subarray(0, 4).toString('latin1'), 'PK\u0003\u0004');
    const xml = strFromU8(unzipSync(docx)['word/document.xml']);
    assert.ok(xml.includes(`>${SYMBOL}<`), 'the symbol in word/document.xml');
    // The text as typed and renumbered in the editor (not saved), numbers hanging by a tab.
    assert.ok(xml.includes('>1.</w:t></w:r><w:r><w:tab/></w:r><w:r><w:t xml:space="preserve">In its resolution 4/4, the Conference of the Parties'), 'paragraph 1 as edited');
    assert.ok(xml.includes('>7.</w:t></w:r><w:r><w:tab/></w:r><w:r><w:t xml:space="preserve">The discussion under agenda item 2'), 'paragraph 7 as renumbered');
    await vs().screenshot('documents-3-exported');
  });

  it('imports a Word document: the open dialog lists what it can import, the draft opens beside it', async function () {
    await vs().runCommand('Rapporteur: Import Word or PDF Document…');
    const dialog = await vs().fileDialog();
    assert.equal(dialog.title, 'Import Word or PDF Document');
    assert.equal(dialog.path, `${folder}/`);
    // Folders and .docx, .pdf, .txt only: the drafts and the .docx just exported are listed, the .unr not.
    assert.deepEqual(dialog.names.filter((name) => name !== '..').sort(), ['CTOC-COP-WG.4-2020-4.docx', 'imports']);
    await vs().chooseInFileDialog(path.join(folder, WORD));
    await expectDraft('from-word.unr', seedWithFootnote());
    await vs().screenshot('documents-4-imported-word');
  });

  it('imports a PDF, and says what the import removed', async function () {
    await vs().runCommand('Rapporteur: Import Word or PDF Document…');
    await vs().chooseInFileDialog(path.join(folder, PDF));
    await expectDraft('from-pdf.unr', seedWithFootnote());
    await vs().waitForNotification('Imported imports/from-pdf.pdf: 9 page head and foot lines removed by their place on the page.');
    await vs().screenshot('documents-5-imported-pdf');
  });

  it('asks before replacing a draft, and can open the import untitled instead', async function () {
    fs.writeFileSync(path.join(folder, 'imports', 'from-word.unr'), 'kept\n');
    await vs().runCommand('Rapporteur: Import Word or PDF Document…');
    await vs().chooseInFileDialog(path.join(folder, WORD));
    assert.equal(await vs().answerDialog('already exists', 'Open as Untitled'), 'imports/from-word.unr already exists.');
    await vs().page.locator('.tabs-container .tab.active', { hasText: /Untitled-\d/ }).waitFor();
    assert.equal(await vs().waitForLanguageMode('UN report draft'), 'UN report draft');
    await vs().waitForLine(1, SYMBOL);
    assert.equal(fs.readFileSync(path.join(folder, 'imports', 'from-word.unr'), 'utf8'), 'kept\n');
  });

  /** The imported draft: its tab active, in the drafts' language, its first lines, and on disk beside its file. */
  async function expectDraft(name: string, text: string): Promise<void> {
    await vs().page.locator('.tabs-container .tab.active', { hasText: name }).waitFor();
    assert.equal(await vs().waitForLanguageMode('UN report draft'), 'UN report draft');
    await vs().waitForLine(1, SYMBOL);
    await vs().waitForLine(2, 'Distr.: General');
    await vs().waitForLine(6, TITLE.slice(0, 60));
    assert.equal(fs.readFileSync(path.join(folder, 'imports', name), 'utf8'), text);
  }

  /** Turn the mouse wheel over the preview (a negative delta scrolls up). */
  async function wheelOverWebview(deltaY: number): Promise<void> {
    const box = (await vs().page.locator('iframe.webview:visible').boundingBox())!;
    await vs().page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await vs().page.mouse.wheel(0, deltaY);
  }
});
