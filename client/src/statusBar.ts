// The status bar item for the active draft: `¶ 37 · 4 problems · 2,310 words`, from the
// server's `rapporteur/status` request. It asks again when the active editor
// or the diagnostics change; an answer that arrives late is dropped. The item is
// created at activation and hidden until the language client is attached.
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';

export const LANGUAGE_ID = 'un-report';

interface Status {
  paragraphs: number;
  problems: number;
  /** Words of the report's body (a server without it answers none). */
  words?: number;
}

export function statusText(status: Status): string {
  const problems = status.problems === 1 ? '1 problem' : `${status.problems} problems`;
  const words = typeof status.words === 'number' ? ` · ${status.words.toLocaleString('en-US')} ${status.words === 1 ? 'word' : 'words'}` : '';
  return `¶ ${status.paragraphs} · ${problems}${words}`;
}

export class DraftStatus implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('rapporteur.status', vscode.StatusBarAlignment.Right, 100);
  private readonly subscriptions: vscode.Disposable[] = [];
  /** Incremented for each request, so that only the latest answer is shown. */
  private asked = 0;
  private client: LanguageClient | undefined;

  constructor() {
    this.item.name = 'Rapporteur';
    this.item.command = 'workbench.actions.view.problems';
    this.subscriptions.push(
      this.item,
      vscode.window.onDidChangeActiveTextEditor(() => void this.update()),
      vscode.languages.onDidChangeDiagnostics((event) => {
        const active = vscode.window.activeTextEditor?.document.uri.toString();
        if (active && event.uris.some((uri) => uri.toString() === active)) void this.update();
      }),
    );
  }

  /** Follows the client (created after activation, lazyClient.ts) from its start on. */
  attach(client: LanguageClient): void {
    this.client = client;
    this.subscriptions.push(client.onDidChangeState(() => void this.update()));
  }

  async update(): Promise<void> {
    const ask = ++this.asked;
    const document = vscode.window.activeTextEditor?.document;
    const client = this.client;
    if (!document || document.languageId !== LANGUAGE_ID || !client?.isRunning()) {
      this.item.hide();
      return;
    }
    try {
      const status = await client.sendRequest<Status>('rapporteur/status', { uri: document.uri.toString() });
      if (ask !== this.asked) return;
      this.item.text = statusText(status);
      this.item.tooltip = `Rapporteur: ${status.paragraphs} paragraphs, ${status.problems} problems in this draft${typeof status.words === 'number' ? `; ${status.words} words in its body (masthead, page furniture and annexes not counted)` : ''}`;
      this.item.show();
    } catch {
      if (ask === this.asked) this.item.hide();
    }
  }

  dispose(): void {
    for (const subscription of this.subscriptions) subscription.dispose();
  }
}
