// The server in a hostile workspace: catalogue paths that lead out of the
// workspace folder are refused with one warning, and the "add to catalogue"
// quick fix is never offered for them, so no edit writes outside. A catalogue or
// rapporteur.json that is not a regular file (a FIFO) is refused without being
// opened: indexing goes on.
import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { CodeAction, DocumentLink, Hover, LogMessageParams, PublishDiagnosticsParams, ShowMessageParams } from 'vscode-languageserver-protocol';
import { loadMarkdown, render } from '../markdown';
import { TestClient, type StartOptions } from './client';

const DRAFT = ['A/AC.1/2020/1', 'Distr.: General', '1 May 2020', 'Original: English', '', 'Report', '', 'I. Introduction', '', '1. The committee considered A/75/250.', ''].join('\n');

describe('protocol: hostile catalogues', () => {
  let top: string;
  let folder: string;
  let client: TestClient | undefined;
  const draftUri = () => pathToFileURL(join(folder, 'report.unr')).href;

  beforeEach(() => {
    top = mkdtempSync(join(tmpdir(), 'rapporteur-hostile-'));
    folder = join(top, 'workspace');
    mkdirSync(folder);
    writeFileSync(join(folder, 'report.unr'), DRAFT);
    writeFileSync(join(top, 'secret.csv'), 'symbol,title\nA/75/250,Stolen\n');
  });

  afterEach(() => {
    client?.kill();
    client = undefined;
    rmSync(top, { recursive: true, force: true });
  });

  /** Starts the server on the folder, opens the draft, and gives the quick fixes of its symbol-unresolved. */
  async function start(options: StartOptions = {}): Promise<CodeAction[]> {
    client = await TestClient.start({ workspaceFolders: [pathToFileURL(folder).href], ...options });
    await client.waitFor<LogMessageParams>('window/logMessage', (p) => p.message.startsWith('Indexed 1 draft(s)'));
    await client.open(draftUri(), DRAFT);
    const published = await client.diagnostics(draftUri(), 1);
    const diagnostic = published.diagnostics.find((d) => d.code === 'symbol-unresolved');
    assert.ok(diagnostic, 'A/75/250 stays unresolved: the catalogue outside is not read');
    return client.connection.sendRequest<CodeAction[]>('textDocument/codeAction', { textDocument: { uri: draftUri() }, range: diagnostic.range, context: { diagnostics: [diagnostic] } });
  }

  const warning = (pattern: RegExp) => (client as TestClient).waitFor<ShowMessageParams>('window/showMessage', (p) => pattern.test(p.message));

  it('refuses a FIFO catalogue without opening it, indexes the folder, and offers no edit to it', async () => {
    execFileSync('mkfifo', [join(folder, 'rapporteur-catalogue.csv')]);
    assert.deepEqual(await start(), []);
    await warning(/^Rapporteur: the document catalogue rapporteur-catalogue\.csv: not a regular file \(a FIFO\), not read\.$/);
  });

  it('refuses a FIFO named by the setting, and a FIFO rapporteur.json, and indexes the folder', async () => {
    execFileSync('mkfifo', [join(folder, 'documents.csv')]);
    assert.deepEqual(await start({ configuration: { catalogue: 'documents.csv' } }), []);
    await warning(/^Rapporteur: the document catalogue documents\.csv: not a regular file \(a FIFO\), not read\.$/);
    (client as TestClient).kill();
    execFileSync('mkfifo', [join(folder, 'rapporteur.json')]);
    assert.deepEqual(await start(), []);
    await warning(/^Rapporteur: rapporteur\.json: not a regular file \(a FIFO\), not read\.$/);
  });

  it('refuses the rapporteur.catalogue setting when it names ../, and offers no edit outside', async () => {
    const actions = await start({ configuration: { catalogue: '../secret.csv' } });
    assert.deepEqual(actions, []);
    const shown = await warning(/rapporteur\.catalogue/);
    assert.equal(shown.message, 'Rapporteur: the "rapporteur.catalogue" setting names "../secret.csv", which is outside the workspace folder (links included); it is not read.');
  });

  it('refuses an absolute catalogue path in rapporteur.json', async () => {
    writeFileSync(join(folder, 'rapporteur.json'), JSON.stringify({ catalogue: join(top, 'secret.csv') }));
    assert.deepEqual(await start(), []);
    await warning(/^Rapporteur: the "catalogue" of rapporteur\.json names ".*secret\.csv", which is outside the workspace folder \(links included\); it is not read\.$/);
  });

  it('refuses a default-named catalogue that is a link leading out', async () => {
    symlinkSync(join(top, 'secret.csv'), join(folder, 'rapporteur-catalogue.csv'));
    assert.deepEqual(await start(), []);
    await warning(/^Rapporteur: rapporteur-catalogue\.csv is outside the workspace folder \(links included\); it is not read\.$/);
  });

  it('refuses a rapporteur.json that is a link leading out of the workspace folder', async () => {
    writeFileSync(join(top, 'settings.json'), JSON.stringify({ catalogue: 'documents.csv' }));
    symlinkSync(join(top, 'settings.json'), join(folder, 'rapporteur.json'));
    assert.deepEqual(await start(), []);
    await warning(/^Rapporteur: rapporteur\.json is outside the workspace folder \(links included\); it is not read\.$/);
  });

  it('refuses a catalogue to be created through a link to a folder outside', async () => {
    symlinkSync(top, join(folder, 'up'));
    assert.deepEqual(await start({ configuration: { catalogue: 'up/new.csv' } }), []);
    await warning(/"up\/new\.csv", which is outside the workspace folder/);
  });

  it('still offers the edit for a catalogue inside, at the place the workspace names', async () => {
    const actions = await start({ configuration: { catalogue: 'lists/documents.csv' } });
    assert.equal(actions.length, 1);
    const create = actions[0].edit?.documentChanges?.[0] as { kind: string; uri: string };
    assert.deepEqual(create, { kind: 'create', uri: pathToFileURL(join(folder, 'lists', 'documents.csv')).href, options: { ignoreIfExists: true } });
  });

  it('stops offering the edit when the catalogue is replaced by a link leading out', async () => {
    writeFileSync(join(folder, 'rapporteur-catalogue.csv'), 'symbol,title\n');
    const actions = await start();
    assert.equal(actions.length, 1);
    rmSync(join(folder, 'rapporteur-catalogue.csv'));
    symlinkSync(join(top, 'secret.csv'), join(folder, 'rapporteur-catalogue.csv'));
    const diagnostic = (await (client as TestClient).diagnostics(draftUri(), 1) as PublishDiagnosticsParams).diagnostics[0];
    const again = await (client as TestClient).connection.sendRequest<CodeAction[]>('textDocument/codeAction', { textDocument: { uri: draftUri() }, range: diagnostic.range, context: { diagnostics: [diagnostic] } });
    assert.deepEqual(again, []);
  });
});

describe('protocol: hovers with a hostile link base and catalogue title', () => {
  let folder: string;
  let client: TestClient;
  const draftUri = () => pathToFileURL(join(folder, 'report.unr')).href;
  const TITLE = 'Report)[click](command:workbench.action.terminal.new)\n\n# Heading\n- item\n<img src=x> https://evil.example';

  before(async () => {
    await loadMarkdown();
    folder = mkdtempSync(join(tmpdir(), 'rapporteur-hover-'));
    writeFileSync(join(folder, 'report.unr'), DRAFT);
    writeFileSync(join(folder, 'rapporteur-catalogue.csv'), `symbol,title,date\nA/75/250,"${TITLE}","# 1 May 2020\n\n\`\`\`"\n`);
    client = await TestClient.start({ workspaceFolders: [pathToFileURL(folder).href], configuration: { documentLinkBase: 'https://x/)[x](command:foo)' } });
    await client.waitFor<LogMessageParams>('window/logMessage', (p) => p.message.startsWith('Indexed 1 draft(s)'));
    await client.open(draftUri(), DRAFT);
  });

  after(() => {
    client?.kill();
    rmSync(folder, { recursive: true, force: true });
  });

  it('refuses the link base with a warning that quotes it escaped and cut short', async () => {
    const shown = await client.waitFor<ShowMessageParams>('window/showMessage', (p) => p.message.includes('documentLinkBase'));
    assert.equal(shown.message, 'Rapporteur: "rapporteur.documentLinkBase" must be an https:// address without credentials, spaces, brackets, parentheses or quotation marks; "https://x/)[x](command:foo)" is ignored and https://undocs.org/ is used.');
  });

  it('hovers with the title as plain text and one link, to the document on the default base', async () => {
    const position = { line: DRAFT.split('\n').length - 2, character: 'A. The committee considered A/75/2'.length - 3 };
    const hover = await client.connection.sendRequest<Hover>('textDocument/hover', { textDocument: { uri: draftUri() }, position });
    const { tags, links, text } = render((hover.contents as { value: string }).value);
    assert.deepEqual(links, ['https://undocs.org/A/75/250']);
    assert.deepEqual(tags.filter((tag) => !['p', 'strong', 'em', 'code'].includes(tag)), ['a']);
    assert.ok(text.replace(/ +/g, ' ').includes('Report)[click](command:workbench.action.terminal.new) # Heading - item <img src=x> https://evil.example'), text);
    const documentLinks = await client.connection.sendRequest<DocumentLink[]>('textDocument/documentLink', { textDocument: { uri: draftUri() } });
    assert.ok(documentLinks.length > 0 && documentLinks.every((link) => link.target?.startsWith('https://undocs.org/')), JSON.stringify(documentLinks));
  });
});
