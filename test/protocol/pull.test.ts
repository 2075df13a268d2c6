// The server over stdio with a client that pulls diagnostics and answers
// workspace/configuration, as VS Code does.
import * as assert from 'node:assert/strict';
import { CancellationTokenSource, DocumentDiagnosticRequest, type DocumentDiagnosticReport, type FullDocumentDiagnosticReport } from 'vscode-languageserver-protocol';
import { fixture, REPORT_URI, summarize, TestClient } from './client';

const REPORT = fixture('CTOC-COP-WG.4-2020-4.unr');
const AGENDA_URI = 'file:///drafts/CTOC-COP-WG.4-2020-1.unr';
const ALL = ['26 paragraph-unnumbered', '36 paragraph-unnumbered', '50 paragraph-unnumbered', '89 list-duplicate-entry', '99 symbol-unresolved'];

describe('protocol: pulled diagnostics and configuration', () => {
  let client: TestClient;
  let lastResultId: string | undefined;

  const pull = (uri: string, previousResultId?: string): Promise<DocumentDiagnosticReport> =>
    client.connection.sendRequest(DocumentDiagnosticRequest.type, { textDocument: { uri }, ...(previousResultId ? { previousResultId } : {}) });

  before(async () => {
    client = await TestClient.start({ pull: true, configuration: { rules: { 'symbol-unresolved': 'off' }, documentLinkBase: 'https://undocs.org/en/' } });
  });

  after(() => client?.kill());

  it('offers pull diagnostics when the client can pull, and asks for its configuration', async () => {
    assert.deepEqual(client.initializeResult.capabilities.diagnosticProvider, { identifier: 'rapporteur', interFileDependencies: true, workspaceDiagnostics: false });
    const asked = await client.waitFor<{ items: { section: string }[] }>('workspace/configuration');
    assert.deepEqual(asked.items, [{ section: 'rapporteur' }]);
  });

  it('answers the first pull for a newly opened draft at once, with the configured rules', async () => {
    await client.open(REPORT_URI, REPORT);
    const report = (await pull(REPORT_URI)) as FullDocumentDiagnosticReport;
    assert.equal(report.kind, 'full');
    assert.deepEqual(summarize(report.items), ALL.slice(0, 4));
    assert.equal(client.count('textDocument/publishDiagnostics'), 0);
    lastResultId = report.resultId;
  });

  it('answers a pull after an edit with the edited draft’s diagnostics', async () => {
    await client.change(REPORT_URI, { range: { start: { line: 25, character: 0 }, end: { line: 25, character: 0 } }, text: '7. ' });
    const report = (await pull(REPORT_URI, lastResultId)) as FullDocumentDiagnosticReport;
    assert.equal(report.kind, 'full');
    assert.deepEqual(summarize(report.items), ALL.slice(1, 4));
    lastResultId = report.resultId;
  });

  it('answers "unchanged" when nothing changed since the previous result', async () => {
    assert.deepEqual(await pull(REPORT_URI, lastResultId), { kind: 'unchanged', resultId: lastResultId });
  });

  it('answers a cancelled pull with RequestCancelled or, if it was already done, its result', async () => {
    // A fast draft's pull is answered at once, so the cancellation may come too late; a slow
    // draft's pull waits for typing to pause and is then cancelled. Either way the next pull is right.
    await client.change(REPORT_URI, { range: { start: { line: 25, character: 0 }, end: { line: 25, character: 3 } }, text: '' });
    const source = new CancellationTokenSource();
    const pending = client.connection.sendRequest(DocumentDiagnosticRequest.type, { textDocument: { uri: REPORT_URI } }, source.token);
    source.cancel();
    const outcome = await pending.then(
      (report) => report.kind,
      (error: { code?: number }) => error.code,
    );
    assert.ok(outcome === -32800 || outcome === 'full', `outcome: ${String(outcome)}`);
    const report = (await pull(REPORT_URI)) as FullDocumentDiagnosticReport;
    assert.deepEqual(summarize(report.items), ALL.slice(0, 4));
  });

  it('asks the client to pull again when another draft changes what this one can know', async () => {
    const refreshes = client.count('workspace/diagnostic/refresh');
    await client.open(AGENDA_URI, fixture('workspace/CTOC-COP-WG.4-2020-1.unr'));
    const agenda = (await pull(AGENDA_URI)) as FullDocumentDiagnosticReport;
    assert.deepEqual(summarize(agenda.items), []);
    await client.waitFor('workspace/diagnostic/refresh', () => client.count('workspace/diagnostic/refresh') > refreshes);
  });

  it('uses the configured link base for document links', async () => {
    const links = await client.connection.sendRequest('textDocument/documentLink', { textDocument: { uri: AGENDA_URI } });
    assert.deepEqual(links, [
      { range: { start: { line: 0, character: 0 }, end: { line: 0, character: 20 } }, target: 'https://undocs.org/en/CTOC/COP/WG.4/2020/1', tooltip: 'Conference of the Parties to the United Nations Convention against Transnational Organized Crime document' },
      { range: { start: { line: 19, character: 110 }, end: { line: 19, character: 130 } }, target: 'https://undocs.org/en/CTOC/COP/WG.4/2020/3', tooltip: 'Conference of the Parties to the United Nations Convention against Transnational Organized Crime document' },
    ]);
  });

  it('reads the settings again on didChangeConfiguration and asks for a new pull', async () => {
    const refreshes = client.count('workspace/diagnostic/refresh');
    client.configuration = { rules: { 'paragraph-unnumbered': 'hint' } };
    await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
    await client.waitFor('workspace/diagnostic/refresh', () => client.count('workspace/diagnostic/refresh') > refreshes);
    const report = (await pull(REPORT_URI)) as FullDocumentDiagnosticReport;
    assert.deepEqual(summarize(report.items), ALL);
    assert.equal(report.items[0].severity, 4);
  });

  it('shuts down and exits with status 0', async () => {
    assert.equal(await client.stop(), 0);
  });
});
