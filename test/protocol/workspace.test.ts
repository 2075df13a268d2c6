// A session's drafts in one workspace folder, only the report open: the
// provisional agenda, the background papers and the catalogue are read from
// disk by the server's index, kept current as files change on disk and as
// open drafts are edited.
import * as assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { CodeAction, Hover, Location, LogMessageParams, PublishDiagnosticsParams, SymbolInformation, WorkspaceEdit } from 'vscode-languageserver-protocol';
import { ROOT, TestClient } from './client';

const FILES = ['CTOC-COP-WG.4-2021-1.unr', 'CTOC-COP-WG.4-2021-2.unr', 'CTOC-COP-WG.4-2021-3.unr', 'CTOC-COP-WG.4-2021-4.unr'];

/** The position of `needle` (its `occurrence`th appearance) plus `shift` characters. */
function at(text: string, needle: string, shift = 0, occurrence = 1): { line: number; character: number } {
  let offset = -1;
  for (let i = 0; i < occurrence; i++) offset = text.indexOf(needle, offset + 1);
  if (offset < 0) throw new Error(`"${needle}" is not in the draft`);
  const before = text.slice(0, offset + shift).split('\n');
  return { line: before.length - 1, character: before[before.length - 1].length };
}

const codes = (p: PublishDiagnosticsParams) => p.diagnostics.map((d) => `${d.range.start.line + 1} ${d.code}`);
const short = (l: Location) => `${l.uri.slice(l.uri.lastIndexOf('/') + 1)} ${l.range.start.line}:${l.range.start.character}-${l.range.end.line}:${l.range.end.character}`;

describe('protocol: a workspace of drafts', () => {
  let folder: string;
  let client: TestClient;
  let report: string;
  const uri = (name: string) => pathToFileURL(join(folder, name)).href;
  const request = <R>(method: string, params: object): Promise<R> => client.connection.sendRequest(method, params);
  const onReport = (needle: string, shift = 0, occurrence = 1) => ({ textDocument: { uri: uri(FILES[3]) }, position: at(report, needle, shift, occurrence) });
  const reportDiagnostics = (predicate: (codes: string[]) => boolean) =>
    client.waitForNext<PublishDiagnosticsParams>('textDocument/publishDiagnostics', (p) => p.uri === uri(FILES[3]) && predicate(codes(p)));
  const diskChange = async (name: string, type: 1 | 2 | 3) => {
    const done = client.waitForNext<LogMessageParams>('window/logMessage', (p) => p.message.startsWith('Index updated'));
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: uri(name), type }] });
    await done;
  };

  before(async () => {
    folder = mkdtempSync(join(tmpdir(), 'rapporteur-session-'));
    cpSync(join(ROOT, 'test/fixtures/session'), folder, { recursive: true });
    report = readFileSync(join(folder, FILES[3]), 'utf8');
    client = await TestClient.start({
      workspaceFolders: [pathToFileURL(folder).href],
      capabilities: { window: { workDoneProgress: true }, workspace: { didChangeWatchedFiles: { dynamicRegistration: true }, workspaceFolders: true, symbol: {} } },
    });
    await client.waitFor<LogMessageParams>('window/logMessage', (p) => p.message.startsWith('Indexed 4 draft(s)'));
    await client.open(uri(FILES[3]), report);
  });

  after(() => {
    client?.kill();
    rmSync(folder, { recursive: true, force: true });
  });

  it('indexes the folder with work-done progress and watches drafts and catalogues', async () => {
    const created = await client.waitFor<{ token: string }>('window/workDoneProgress/create');
    const progress = client.received.filter((r) => r.method === '$/progress').map((r) => r.params as { token: string; value: { kind: string; message?: string } });
    assert.ok(progress.every((p) => p.token === created.token));
    assert.deepEqual(progress[0].value, { kind: 'begin', title: 'Rapporteur', cancellable: false, message: 'Indexing 4 drafts…', percentage: 0 });
    assert.equal(progress[progress.length - 1].value.kind, 'end');
    const registration = await client.waitFor<{ registrations: { method: string; registerOptions: { watchers: { globPattern: string }[] } }[] }>('client/registerCapability', (p) =>
      p.registrations.some((r) => r.method === 'workspace/didChangeWatchedFiles'));
    const watchers = registration.registrations[0].registerOptions.watchers.map((w) => w.globPattern);
    assert.ok(watchers.includes('**/*.unr') && watchers.includes('**/rapporteur-catalogue.csv'));
  });

  it('checks the report against the provisional agenda and the catalogue in other files', async () => {
    const published = await client.diagnostics(uri(FILES[3]), 1);
    assert.deepEqual(codes(published), ['14 agenda-item-unknown', '14 symbol-unresolved']);
    assert.match(String(published.diagnostics[0].message), /no agenda item 6 in the provisional agenda \(CTOC\/COP\/WG\.4\/2021\/1\)/);
  });

  it('hovers on an agenda item with its title from the provisional agenda, and goes there', async () => {
    const hover = await request<Hover>('textDocument/hover', onReport('agenda item 2', 12));
    assert.equal((hover.contents as { value: string }).value, '**Agenda item 2**: Trafficking in persons in the context of armed conflict\n\nFrom the provisional agenda (CTOC/COP/WG.4/2021/1).');
    const definition = await request<Location[]>('textDocument/definition', onReport('agenda item 2', 12));
    assert.deepEqual(definition.map(short), ['CTOC-COP-WG.4-2021-1.unr 12:0-12:59']);
  });

  it('goes from a symbol to the draft that has it in its masthead, and hovers with its title, date, distribution and file', async () => {
    const definition = await request<Location[]>('textDocument/definition', onReport('CTOC/COP/WG.4/2021/3', 3));
    assert.deepEqual(definition.map(short), ['CTOC-COP-WG.4-2021-3.unr 0:0-0:20']);
    const hover = await request<Hover>('textDocument/hover', onReport('CTOC/COP/WG.4/2021/3', 3));
    assert.deepEqual((hover.contents as { value: string }).value.split('\n\n').slice(1, 4), [
      '*Digital evidence in trafficking investigations*',
      'Dated 21 May 2021 · Distr.: General',
      'Draft in this workspace: `CTOC-COP-WG.4-2021-3.unr`',
    ]);
  });

  it('hovers on a catalogue symbol with its catalogue title and date, and goes to its catalogue line', async () => {
    const hover = await request<Hover>('textDocument/hover', onReport('CTOC/COP/WG.4/2020/4', 3));
    assert.deepEqual((hover.contents as { value: string }).value.split('\n\n').slice(1, 4), [
      '*Report on the meeting of the Working Group on Trafficking in Persons held in Vienna on 10 and 11 September 2020*',
      'Dated 28 September 2020',
      'From the document catalogue (`rapporteur-catalogue.csv`)',
    ]);
    const definition = await request<Location[]>('textDocument/definition', onReport('CTOC/COP/WG.4/2020/4', 3));
    assert.deepEqual(definition.map(short), ['rapporteur-catalogue.csv 1:0-1:0']);
  });

  it('finds every mention of a symbol in every draft', async () => {
    const locations = await request<Location[]>('textDocument/references', { ...onReport('CTOC/COP/WG.4/2021/3', 3), context: { includeDeclaration: true } });
    assert.deepEqual(locations.map(short).sort(), [
      'CTOC-COP-WG.4-2021-1.unr 21:110-21:130',
      'CTOC-COP-WG.4-2021-2.unr 11:122-11:142',
      'CTOC-COP-WG.4-2021-3.unr 0:0-0:20',
      'CTOC-COP-WG.4-2021-4.unr 11:104-11:124',
      'CTOC-COP-WG.4-2021-4.unr 20:112-20:132',
    ]);
  });

  it('finds the references to an agenda item in every draft of the session', async () => {
    const locations = await request<Location[]>('textDocument/references', { ...onReport('agenda item 3', 12), context: { includeDeclaration: true } });
    assert.deepEqual(locations.map(short), [
      'CTOC-COP-WG.4-2021-1.unr 13:0-13:1',
      'CTOC-COP-WG.4-2021-4.unr 11:9-11:22',
      'CTOC-COP-WG.4-2021-1.unr 21:9-21:22',
      'CTOC-COP-WG.4-2021-3.unr 9:88-9:101',
    ]);
  });

  it('finds drafts by a symbol fragment or title words, and headings', async () => {
    const bySymbol = await request<SymbolInformation[]>('workspace/symbol', { query: '2021/3' });
    assert.equal(bySymbol[0].name, 'CTOC/COP/WG.4/2021/3');
    assert.equal(bySymbol[0].location.uri, uri(FILES[2]));
    assert.equal(bySymbol[0].containerName, 'Digital evidence in trafficking investigations');
    const byTitle = await request<SymbolInformation[]>('workspace/symbol', { query: 'evidence digital' });
    assert.deepEqual(byTitle.map((s) => `${s.name} (${s.containerName})`), ['Digital evidence in trafficking investigations (CTOC/COP/WG.4/2021/3)']);
    const headings = await request<SymbolInformation[]>('workspace/symbol', { query: 'annotations' });
    assert.deepEqual(headings.map((s) => `${s.name} ${s.kind} ${s.containerName}`), ['II. Annotations 3 CTOC/COP/WG.4/2021/1']);
  });

  it('renames a symbol in every draft, and refuses a malformed new name', async () => {
    const prepared = await request<{ range: unknown; placeholder: string }>('textDocument/prepareRename', onReport('CTOC/COP/WG.4/2021/3', 3));
    assert.equal(prepared.placeholder, 'CTOC/COP/WG.4/2021/3');
    const edit = await request<WorkspaceEdit>('textDocument/rename', { ...onReport('CTOC/COP/WG.4/2021/3', 3), newName: 'CTOC/COP/WG.4/2021/3/Rev.1' });
    const changes = edit.changes ?? {};
    assert.deepEqual(Object.keys(changes).map((u) => u.slice(u.lastIndexOf('/') + 1)).sort(), FILES);
    assert.deepEqual(changes[uri(FILES[2])], [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 20 } }, newText: 'CTOC/COP/WG.4/2021/3/Rev.1' }]);
    assert.equal(changes[uri(FILES[3])].length, 2);
    await assert.rejects(request('textDocument/rename', { ...onReport('CTOC/COP/WG.4/2021/3', 3), newName: 'CTOC/COP/WG.4/2021/3/rev1' }), /not a well-formed document symbol: "rev1" should be "Rev\.1"/);
    await assert.rejects(request('textDocument/prepareRename', onReport('Working Group considered', 2)), /Only a document symbol can be renamed/);
  });

  it('offers to add an unresolved symbol to the catalogue', async () => {
    const published = await client.diagnostics(uri(FILES[3]), 1);
    const diagnostic = published.diagnostics.find((d) => d.code === 'symbol-unresolved');
    const actions = await request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri: uri(FILES[3]) }, range: diagnostic?.range, context: { diagnostics: [diagnostic] } });
    assert.equal(actions[0].title, 'Add CTOC/COP/WG.4/2021/CRP.9 to the document catalogue (rapporteur-catalogue.csv)');
    const change = actions[0].edit?.documentChanges?.[0] as { textDocument: { uri: string }; edits: { range: { start: unknown }; newText: string }[] };
    assert.equal(change.textDocument.uri, uri('rapporteur-catalogue.csv'));
    assert.deepEqual(change.edits[0], { range: { start: { line: 3, character: 0 }, end: { line: 3, character: 0 } }, newText: 'CTOC/COP/WG.4/2021/CRP.9,,\n' });
    assert.equal(actions[0].command, undefined, 'no command this client did not offer');
  });

  it('has the catalogue saved by a client that offers its save command', async () => {
    const vscodeLike = await TestClient.start({ workspaceFolders: [pathToFileURL(folder).href], initializationOptions: { clientCommands: ['rapporteur.saveDocument', 42] } });
    try {
      await vscodeLike.open(uri(FILES[3]), report);
      const published = await vscodeLike.diagnostics(uri(FILES[3]), 1);
      const diagnostic = published.diagnostics.find((d) => d.code === 'symbol-unresolved');
      const actions = await vscodeLike.connection.sendRequest<CodeAction[]>('textDocument/codeAction', { textDocument: { uri: uri(FILES[3]) }, range: diagnostic?.range, context: { diagnostics: [diagnostic] } });
      assert.deepEqual(actions[0].command, { title: 'Save the catalogue', command: 'rapporteur.saveDocument', arguments: [uri('rapporteur-catalogue.csv')] });
    } finally {
      vscodeLike.kill();
    }
  });

  it('takes up a catalogue changed on disk', async () => {
    const path = join(folder, 'rapporteur-catalogue.csv');
    writeFileSync(path, `${readFileSync(path, 'utf8')}CTOC/COP/WG.4/2021/CRP.9,Statement,7 July 2021\n`);
    const updated = reportDiagnostics((c) => !c.includes('14 symbol-unresolved'));
    await diskChange('rapporteur-catalogue.csv', 2);
    assert.deepEqual(codes(await updated), ['14 agenda-item-unknown']);
  });

  it('checks the report again when its provisional agenda changes on disk, and the open editor wins over the disk', async () => {
    const agenda = readFileSync(join(folder, FILES[0]), 'utf8');
    const withSix = agenda.replace('5. Adoption of the report.', '5. Adoption of the report.\n6. Statements.');
    writeFileSync(join(folder, FILES[0]), withSix);
    const fixed = reportDiagnostics((c) => c.length === 0);
    await diskChange(FILES[0], 2);
    await fixed;
    const hover = await request<Hover>('textDocument/hover', onReport('agenda item 6', 12));
    assert.match((hover.contents as { value: string }).value, /^\*\*Agenda item 6\*\*: Statements/);

    // Opened with the old text: the editor's agenda applies, not the disk's.
    const broken = reportDiagnostics((c) => c.includes('14 agenda-item-unknown'));
    await client.open(uri(FILES[0]), agenda);
    await broken;
    // Edited in the editor: item 6 added back.
    const edited = reportDiagnostics((c) => c.length === 0);
    const end = at(agenda, '5. Adoption of the report.', 26);
    await client.change(uri(FILES[0]), { range: { start: end, end }, text: '\n6. Statements made.' });
    await edited;
    const edits = await request<Hover>('textDocument/hover', onReport('agenda item 6', 12));
    assert.match((edits.contents as { value: string }).value, /^\*\*Agenda item 6\*\*: Statements made/);
    // Closed: the disk's text applies again.
    await client.close(uri(FILES[0]));
    const closed = await request<Hover>('textDocument/hover', onReport('agenda item 6', 12));
    assert.match((closed.contents as { value: string }).value, /^\*\*Agenda item 6\*\*: Statements\n/);
  });

  it('forgets a draft deleted from disk', async () => {
    unlinkSync(join(folder, FILES[2]));
    await diskChange(FILES[2], 3);
    const definition = await request<Location[]>('textDocument/definition', onReport('CTOC/COP/WG.4/2021/3', 3));
    assert.deepEqual(definition.map(short), ['CTOC-COP-WG.4-2021-4.unr 20:4-20:134']);
    assert.deepEqual(await request<SymbolInformation[]>('workspace/symbol', { query: '2021/3' }), []);
  });

  it('shuts down and exits with status 0', async () => {
    assert.equal(await client.stop(), 0);
  });
});
