// The extension in a real VS Code: it activates on a draft, and the editor shows
// the server's diagnostics, hovers and outline. Every wait is on a VS Code event.
import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { AGENDA_ITEM_3_REFERENCE, AGENDA_ITEM_3_TITLE, REPORT_CHAPTERS, REPORT_FILE, REPORT_PROBLEMS } from '../../expectations/realReport';

const REPORT = path.resolve(__dirname, '../../../../test/fixtures', REPORT_FILE);

/** The diagnostics of `uri` once there are some (resolves at once if there already are). */
function diagnosticsOf(uri: vscode.Uri): Promise<vscode.Diagnostic[]> {
  const current = vscode.languages.getDiagnostics(uri);
  if (current.length > 0) return Promise.resolve(current);
  return new Promise((resolve) => {
    const listener = vscode.languages.onDidChangeDiagnostics((event) => {
      if (!event.uris.some((changed) => changed.toString() === uri.toString())) return;
      const diagnostics = vscode.languages.getDiagnostics(uri);
      if (diagnostics.length === 0) return;
      listener.dispose();
      resolve(diagnostics);
    });
  });
}

describe('the Rapporteur extension in VS Code', () => {
  let document: vscode.TextDocument;

  before(async () => {
    document = await vscode.workspace.openTextDocument(vscode.Uri.file(REPORT));
    await vscode.window.showTextDocument(document);
    const extension = vscode.extensions.getExtension('rapporteur.rapporteur');
    assert.ok(extension, 'the extension is installed');
    await extension.activate();
  });

  it('opens .unr files as UN report drafts', () => {
    assert.equal(document.languageId, 'un-report');
  });

  it('shows the real report’s diagnostics on the right lines', async () => {
    const diagnostics = await diagnosticsOf(document.uri);
    const got = diagnostics.map((d) => ({ code: typeof d.code === 'object' ? d.code.value : d.code, line: d.range.start.line + 1, message: d.message }));
    const byLine = (a: { line: number }, b: { line: number }) => a.line - b.line;
    assert.deepEqual(got.sort(byLine), [...REPORT_PROBLEMS].sort(byLine));
    assert.ok(diagnostics.every((d) => d.source === 'rapporteur'));
  });

  it('hovers on an agenda reference with the item’s title', async () => {
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, new vscode.Position(AGENDA_ITEM_3_REFERENCE.line - 1, AGENDA_ITEM_3_REFERENCE.column - 1));
    const text = hovers.flatMap((hover) => hover.contents.map((content) => (typeof content === 'string' ? content : content.value))).join('\n');
    assert.match(text, new RegExp(`\\*\\*Agenda item 3\\*\\*: ${AGENDA_ITEM_3_TITLE}`));
  });

  it('outlines the chapters', async () => {
    const symbols = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', document.uri);
    assert.deepEqual(symbols.slice(2).map((symbol) => symbol.name), REPORT_CHAPTERS);
  });

  it('registers the restart command', async () => {
    const commands = await vscode.commands.getCommands(true);
    assert.ok(commands.includes('rapporteur.restartServer'));
  });
});
