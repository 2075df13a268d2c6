// "Rapporteur: Open Preview to the Side": a webview showing the draft as the published page,
// rendered by the server (`rapporteur/preview`, the layout the Word export uses). Updated as
// the draft changes (debounced) and as its problems change; scrolls with the editor both ways
// (blocks carry `data-line`); a click puts the cursor on the block's line. The webview loads
// nothing: no local resources, no remote content, one nonce'd script and style of ours, under
// a content security policy that forbids anything else, so it is safe in untrusted workspaces
// (the page: previewPage.ts).
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { activeDraft, request } from './commands';
import { previewPage, type FromPreviewPage, type ToPreviewPage } from './previewPage';

const DEBOUNCE_MS = 250;

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
  // The page asks for the draft when it is loaded ('ready'): at first, and each time the panel is
  // shown again after being hidden, which gives the webview a new, empty page.
  panel.webview.html = previewPage(nonce);
  const uri = document.uri.toString();
  const post = (message: ToPreviewPage) => void panel.webview.postMessage(message);
  const editorOf = () => vscode.window.visibleTextEditors.find((e) => e.document.uri.toString() === uri);
  let timer: NodeJS.Timeout | undefined;
  /** The line the preview last had the editor reveal: the editor's scroll that follows is not echoed back. */
  let revealed: number | undefined;
  const render = async () => {
    const preview = await request<{ html: string }>(getClient, 'rapporteur/preview', { textDocument: { uri } });
    if (preview) post({ type: 'render', html: preview.html });
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
      // The editor reveals a line with room above it (for sticky scroll: 5 lines by default), so
      // its new top is not the line asked for: its own reveal is known by that line being in view.
      const asked = revealed;
      revealed = undefined;
      const echo = asked !== undefined && event.visibleRanges.some((range) => range.start.line <= asked && asked <= range.end.line);
      if (!echo) post({ type: 'scroll', line: event.visibleRanges[0]?.start.line ?? 0 });
    }),
    panel.webview.onDidReceiveMessage(async (message: FromPreviewPage) => {
      if (message?.type === 'ready') {
        await render();
        const top = editorOf()?.visibleRanges[0]?.start.line;
        if (top !== undefined) post({ type: 'scroll', line: top });
        return;
      }
      const editor = editorOf();
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
}
