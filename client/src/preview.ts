// "Rapporteur: Open Preview to the Side": a webview showing the draft as the published page,
// rendered by the server (`rapporteur/preview`, the layout the Word export uses). Updated as
// the draft changes (debounced) and as its problems change; scrolls with the editor both ways
// (blocks carry `data-line`); a click puts the cursor on the block's line. The webview loads
// nothing: no local resources, no remote content, one nonce'd script and style of ours, under
// a content security policy that forbids anything else, so it is safe in untrusted workspaces.
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { PREVIEW_CSS } from '../../server/src/core/layout/html';
import { activeDraft, request } from './commands';

const DEBOUNCE_MS = 250;

/** Messages from the webview's script. */
type FromWebview = { type: 'reveal' | 'select'; line: number };

export function registerPreview(getClient: () => Promise<LanguageClient | undefined>): vscode.Disposable {
  return vscode.commands.registerCommand('rapporteur.openPreviewToSide', () => {
    const editor = activeDraft();
    if (editor) openPreview(editor.document, getClient);
  });
}

function openPreview(document: vscode.TextDocument, getClient: () => Promise<LanguageClient | undefined>): void {
  const name = document.uri.path.split('/').pop() ?? 'draft';
  const panel = vscode.window.createWebviewPanel('rapporteur.preview', `Preview ${name}`, { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true }, { enableScripts: true, localResourceRoots: [] });
  // Web Crypto (global in the extension host's Node): the entry bundle requires no more modules.
  const nonce = Buffer.from(globalThis.crypto.getRandomValues(new Uint8Array(16))).toString('base64');
  panel.webview.html = shell(nonce);
  const uri = document.uri.toString();
  let timer: NodeJS.Timeout | undefined;
  /** The editor's top line the preview last made it show: its own scroll is not echoed back. */
  let revealed = -1;
  const render = async () => {
    const preview = await request<{ html: string }>(getClient, 'rapporteur/preview', { textDocument: { uri } });
    if (preview) void panel.webview.postMessage({ type: 'render', html: preview.html });
  };
  const schedule = () => {
    clearTimeout(timer);
    timer = setTimeout(() => void render(), DEBOUNCE_MS);
  };
  const subscriptions = [
    vscode.workspace.onDidChangeTextDocument((event) => event.document.uri.toString() === uri && schedule()),
    vscode.languages.onDidChangeDiagnostics((event) => event.uris.some((changed) => changed.toString() === uri) && schedule()),
    vscode.window.onDidChangeTextEditorVisibleRanges((event) => {
      if (event.textEditor.document.uri.toString() !== uri) return;
      const top = event.visibleRanges[0]?.start.line ?? 0;
      if (top !== revealed) void panel.webview.postMessage({ type: 'scroll', line: top });
      revealed = -1;
    }),
    panel.webview.onDidReceiveMessage((message: FromWebview) => {
      const editor = vscode.window.visibleTextEditors.find((e) => e.document.uri.toString() === uri);
      if (!editor || typeof message?.line !== 'number') return;
      const line = Math.max(0, Math.min(message.line, editor.document.lineCount - 1));
      const range = new vscode.Range(line, 0, line, 0);
      if (message.type === 'reveal') {
        revealed = line;
        editor.revealRange(range, vscode.TextEditorRevealType.AtTop);
      } else if (message.type === 'select') {
        void vscode.window.showTextDocument(editor.document, { viewColumn: editor.viewColumn, selection: range });
      }
    }),
  ];
  panel.onDidDispose(() => {
    clearTimeout(timer);
    for (const subscription of subscriptions) subscription.dispose();
  });
  void render();
}

/** The page that holds the preview: our style and script only, nothing else may load or run. */
function shell(nonce: string): string {
  const csp = `default-src 'none'; style-src 'nonce-${nonce}'; script-src 'nonce-${nonce}'; img-src 'none'; font-src 'none'; connect-src 'none'; frame-src 'none'; form-action 'none'; base-uri 'none'`;
  return `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<style nonce="${nonce}">${PREVIEW_CSS}</style>
</head><body><main id="page"></main>
<script nonce="${nonce}">${SCRIPT}</script>
</body></html>`;
}

// Runs in the webview: renders what the server sent, scrolls to the editor's line, reports its
// own scrolling and clicks by the blocks' data-line.
const SCRIPT = `
const vscode = acquireVsCodeApi();
const page = document.getElementById('page');
let ignoreScroll = false;
const blocks = () => Array.from(page.querySelectorAll('[data-line]'));
window.addEventListener('message', (event) => {
  const message = event.data;
  if (message.type === 'render') page.innerHTML = message.html;
  else if (message.type === 'scroll') {
    let target;
    for (const block of blocks()) { if (Number(block.dataset.line) <= message.line) target = block; else break; }
    if (target) { ignoreScroll = true; target.scrollIntoView({ block: 'start' }); }
  }
});
window.addEventListener('scroll', () => {
  if (ignoreScroll) { ignoreScroll = false; return; }
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
`;
