/**
 * The preview's page (client/src/previewPage.ts) in headless Chromium, without VS Code: served as
 * VS Code serves it (its policy in a meta element), with `acquireVsCodeApi` recording what the page
 * posts, and the extension's messages posted to its window. What VS Code adds around it is tested
 * by documents.e2e.ts; this checks the page's own logic message by message.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { previewPage, type FromPreviewPage, type ToPreviewPage } from '../../client/src/previewPage';
import { parseDraft } from '../../server/src/core';
import { buildLayout, renderHtml } from '../../server/src/core/layout';
import { REPORT_FILE } from '../expectations/realReport';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './harness';
import { repoRoot } from './suite';

const URL = 'http://preview.test/';

// For functions run in the page (which cannot call this module's): this repo's tsconfig has no DOM
// lib, hence the minimal typing.
type Block = { getAttribute(name: string): string | null; getBoundingClientRect(): { top: number; bottom: number } };
type PageWindow = {
  scrollY: number;
  posted: FromPreviewPage[];
  scrolls: number;
  violations: string[];
  postMessage(message: unknown, origin: string): void;
  scrollBy(x: number, y: number): void;
  addEventListener(type: string, listener: () => void): void;
  document: { querySelector(selector: string): Block | null; querySelectorAll(selector: string): Iterable<Block> };
};

describe('the preview page (headless Chromium)', function () {
  this.timeout(60_000);
  let browser: Browser;
  let page: Page;
  const html = renderHtml(buildLayout(parseDraft(fs.readFileSync(path.join(repoRoot(), 'test', 'fixtures', REPORT_FILE), 'utf8'))));

  before(async function () {
    browser = await chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_ARGS });
  });

  after(async function () {
    await browser?.close();
  });

  beforeEach(async function () {
    page = await browser.newPage({ viewport: { width: 900, height: 700 } });
    // What VS Code's webview gives the page, recording what it posts; and a count of the scroll
    // events the page has handled (this listener comes after the page's own).
    await page.addInitScript(() => {
      const w = globalThis as unknown as PageWindow & { acquireVsCodeApi(): unknown; document: { addEventListener(type: string, listener: (event: { violatedDirective: string }) => void): void } };
      w.posted = [];
      w.scrolls = 0;
      w.violations = [];
      w.acquireVsCodeApi = () => ({ postMessage: (message: FromPreviewPage) => w.posted.push(message) });
      w.document.addEventListener('securitypolicyviolation', (event) => w.violations.push(event.violatedDirective));
    });
    await page.route(URL, (route) => route.fulfill({ contentType: 'text/html', body: previewPage('bm9uY2Utb2YtdGhlLXRlc3Q=') }));
    await page.goto(URL);
    await page.waitForFunction(() => (globalThis as unknown as PageWindow).posted.length > 0);
    await page.evaluate(() => (globalThis as unknown as PageWindow).addEventListener('scroll', () => (globalThis as unknown as PageWindow).scrolls++));
  });

  afterEach(async function () {
    await page?.close();
  });

  const send = (message: ToPreviewPage) => page.evaluate((m) => (globalThis as unknown as PageWindow).postMessage(m, '*'), message);
  const posted = () => page.evaluate(() => (globalThis as unknown as PageWindow).posted);
  const scrollY = () => page.evaluate(() => (globalThis as unknown as PageWindow).scrollY);
  /** Wait until the page has handled one more scroll event than `before`. */
  const scrolled = (before: number) => page.waitForFunction((n) => (globalThis as unknown as PageWindow).scrolls > n, before);
  const scrolls = () => page.evaluate(() => (globalThis as unknown as PageWindow).scrolls);
  const topOf = (line: number) => page.evaluate((l) => (globalThis as unknown as PageWindow).document.querySelector(`[data-line="${l}"]`)!.getBoundingClientRect().top, line);

  async function render(): Promise<void> {
    await send({ type: 'render', html });
    await page.locator('.masthead').waitFor();
  }

  it('says it is ready, its nonce\'d script and style run, and its policy refuses any other', async function () {
    assert.deepEqual(await posted(), [{ type: 'ready' }]);
    const style = await page.locator('body').evaluate((body) => (globalThis as unknown as { getComputedStyle(element: unknown): { backgroundColor: string } }).getComputedStyle(body).backgroundColor);
    assert.equal(style, 'rgb(232, 232, 232)');
    await page.evaluate(() => {
      const document = (globalThis as unknown as { document: { createElement(tag: string): { textContent: string }; body: { append(element: unknown): void } } }).document;
      const script = document.createElement('script');
      script.textContent = 'window.ran = true;';
      document.body.append(script);
    });
    await page.waitForFunction(() => (globalThis as unknown as PageWindow).violations.length > 0);
    assert.deepEqual(await page.evaluate(() => [(globalThis as unknown as PageWindow).violations, (globalThis as unknown as { ran?: boolean }).ran]), [['script-src-elem'], undefined]);
  });

  it('brings the block of the editor\'s top line to the top, and does not report that scroll back', async function () {
    await render();
    const before = await scrolls();
    await send({ type: 'scroll', line: 48 }); // the blank line after paragraph 18
    await scrolled(before);
    assert.ok(Math.abs(await topOf(47)) < 1, `paragraph 18 is ${await topOf(47)} px from the top`);
    assert.deepEqual(await posted(), [{ type: 'ready' }]);
  });

  it('reports the reader\'s scroll after the editor moved within one block (the page did not move)', async function () {
    await render();
    let before = await scrolls();
    await send({ type: 'scroll', line: 47 });
    await scrolled(before);
    const placed = await scrollY();
    await send({ type: 'scroll', line: 48 }); // same block: no scroll, no event
    before = await scrolls();
    await page.evaluate(() => (globalThis as unknown as PageWindow).scrollBy(0, -400));
    await scrolled(before);
    assert.ok((await scrollY()) < placed);
    const reported = (await posted()).at(-1);
    assert.equal(reported?.type, 'reveal');
    assert.ok(reported.type === 'reveal' && reported.line < 47, JSON.stringify(reported));
  });

  it('shows the top of the page (running header) when the editor is at the first block', async function () {
    await render();
    let before = await scrolls();
    await send({ type: 'scroll', line: 60 });
    await scrolled(before);
    before = await scrolls();
    await send({ type: 'scroll', line: 0 });
    await scrolled(before);
    assert.equal(await scrollY(), 0);
    assert.ok((await page.locator('.running-header').boundingBox())!.y > 0);
  });

  it('marks a clicked block and asks for its line', async function () {
    await render();
    await page.locator('[data-line="37"]').click();
    // (Scrolled into view for the click, the page reports that scroll too.)
    assert.deepEqual((await posted()).filter((message) => message.type === 'select'), [{ type: 'select', line: 37 }]);
    assert.deepEqual(await page.locator('.active').evaluateAll((blocks) => blocks.map((block) => block.getAttribute('data-line'))), ['37']);
  });
});
