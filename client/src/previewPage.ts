// The page inside the preview's webview (client/src/preview.ts): the server's HTML is posted to it,
// and its one script scrolls to the editor's line, reports the reader's own scrolling and clicks by
// the blocks' `data-line`, and says when it is loaded. No vscode import: the page is tested in a
// browser on its own (test/e2e/previewPage.e2e.ts).
import { PREVIEW_CSS } from '../../server/src/core/layout/html';

/** Messages from the page's script. */
export type FromPreviewPage = { type: 'ready' } | { type: 'reveal' | 'select'; line: number };

/** Messages to the page's script. */
export type ToPreviewPage = { type: 'render'; html: string } | { type: 'scroll'; line: number };

/** The page: our style and script only (by their nonce), nothing else may load or run. */
export function previewPage(nonce: string): string {
  const csp = `default-src 'none'; style-src 'nonce-${nonce}'; script-src 'nonce-${nonce}'; img-src 'none'; font-src 'none'; connect-src 'none'; frame-src 'none'; form-action 'none'; base-uri 'none'`;
  return `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<style nonce="${nonce}">${PREVIEW_CSS}</style>
</head><body><main id="page"></main>
<script nonce="${nonce}">${SCRIPT}</script>
</body></html>`;
}

// The editor at the draft's first block has the page at its top (running header and margin shown).
// `placedAt`: where the editor last had the page scrolled. The scroll event that follows is not
// the reader's and is not reported back; a flag cleared by that event would stay set when the
// page was already there (no event comes) and swallow the reader's next scroll.
// `ready`: a webview that was hidden comes back empty; its new page asks for the draft again.
const SCRIPT = `
const vscode = acquireVsCodeApi();
const page = document.getElementById('page');
let placedAt;
const blocks = () => Array.from(page.querySelectorAll('[data-line]'));
window.addEventListener('message', (event) => {
  const message = event.data;
  if (message.type === 'render') page.innerHTML = message.html;
  else if (message.type === 'scroll') {
    const all = blocks();
    let target;
    for (const block of all) { if (Number(block.dataset.line) <= message.line) target = block; else break; }
    if (!target) return;
    if (target === all[0]) window.scrollTo(0, 0);
    else target.scrollIntoView({ block: 'start' });
    placedAt = window.scrollY;
  }
});
window.addEventListener('scroll', () => {
  if (window.scrollY === placedAt) return;
  placedAt = undefined;
  const top = blocks().find((block) => block.getBoundingClientRect().bottom > 0);
  if (top) vscode.postMessage({ type: 'reveal', line: Number(top.dataset.line) });
}, { passive: true });
page.addEventListener('click', (event) => {
  const block = event.target.closest('[data-line]');
  if (!block) return;
  for (const active of page.querySelectorAll('.active')) active.classList.remove('active');
  block.classList.add('active');
  vscode.postMessage({ type: 'select', line: Number(block.dataset.line) });
});
vscode.postMessage({ type: 'ready' });
`;
