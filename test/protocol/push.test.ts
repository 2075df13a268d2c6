// The server over stdio with a client that has no pull diagnostics: diagnostics
// are pushed, first at once, then after each edit (the real report is analysed in
// a few ms, so it is not debounced; quick edits received together are analysed once).
import * as assert from 'node:assert/strict';
import type { PublishDiagnosticsParams, ShowMessageParams } from 'vscode-languageserver-protocol';
import { REPORT_WORDS } from '../expectations/realReport';
import { fixture, REPORT_URI, summarize, TestClient } from './client';

const REPORT = fixture('CTOC-COP-WG.4-2020-4.unr');
const ALL = ['26 paragraph-unnumbered', '36 paragraph-unnumbered', '50 paragraph-unnumbered', '89 list-duplicate-entry', '99 symbol-unresolved'];

describe('protocol: pushed diagnostics', () => {
  let client: TestClient;

  before(async () => {
    client = await TestClient.start();
  });

  after(() => client?.kill());

  it('answers initialize with its capabilities and no pull diagnostics', () => {
    const capabilities = client.initializeResult.capabilities;
    assert.deepEqual(capabilities.textDocumentSync, { openClose: true, change: 2 });
    assert.deepEqual(capabilities.completionProvider, { triggerCharacters: [' ', '/'], resolveProvider: false });
    assert.equal(capabilities.diagnosticProvider, undefined);
    for (const provider of ['documentSymbolProvider', 'hoverProvider', 'definitionProvider', 'referencesProvider', 'foldingRangeProvider'] as const) {
      assert.equal(capabilities[provider], true, provider);
    }
    assert.deepEqual(client.initializeResult.serverInfo, { name: 'rapporteur', version: '0.1.0' });
  });

  it('publishes the real report’s diagnostics as soon as it opens', async () => {
    const version = await client.open(REPORT_URI, REPORT);
    const published = await client.diagnostics(REPORT_URI, version);
    assert.deepEqual(summarize(published.diagnostics), ALL);
    const [first, , , duplicate, unresolved] = published.diagnostics;
    assert.deepEqual(first, {
      range: { start: { line: 25, character: 0 }, end: { line: 25, character: 3 } },
      severity: 2,
      code: 'paragraph-unnumbered',
      source: 'rapporteur',
      message: 'This paragraph has no number: it should be paragraph 7.',
    });
    assert.deepEqual(duplicate.range, { start: { line: 88, character: 159 }, end: { line: 88, character: 168 } });
    assert.equal(unresolved.severity, 3);
    assert.deepEqual(unresolved.range, { start: { line: 98, character: 52 }, end: { line: 98, character: 82 } });
  });

  it('updates the diagnostics after incremental edits', async () => {
    const started = Date.now();
    const version = await client.change(REPORT_URI, { range: { start: { line: 25, character: 0 }, end: { line: 25, character: 0 } }, text: '7. ' });
    const published = await client.diagnostics(REPORT_URI, version);
    const elapsed = Date.now() - started;
    assert.deepEqual(summarize(published.diagnostics), ALL.slice(1));
    console.log(`      (didChange → publishDiagnostics on the real report: ${elapsed} ms)`);
  });

  it('applies several changes of one notification in order, and never publishes an older version after a newer one', async () => {
    // Sent together, as an editor sends the edits of a quick burst of typing. A fast draft may
    // get diagnostics for each edit (a slow one only for the last), but never out of order.
    const [between, last] = await Promise.all([
      client.change(
        REPORT_URI,
        { range: { start: { line: 88, character: 159 }, end: { line: 88, character: 170 } }, text: '' },
        { range: { start: { line: 35, character: 0 }, end: { line: 35, character: 0 } }, text: '12. ' },
      ),
      client.change(REPORT_URI, { range: { start: { line: 49, character: 0 }, end: { line: 49, character: 0 } }, text: '19. ' }),
    ]);
    const published = await client.diagnostics(REPORT_URI, last);
    assert.deepEqual(summarize(published.diagnostics), ['99 symbol-unresolved']);
    const versions = client.received
      .filter((r) => r.method === 'textDocument/publishDiagnostics' && (r.params as PublishDiagnosticsParams).uri === REPORT_URI)
      .map((r) => (r.params as PublishDiagnosticsParams).version);
    assert.ok(versions.indexOf(between) <= versions.indexOf(last), `published versions in order: ${versions.join(', ')}`);
  });

  it('takes a whole-text change', async () => {
    const version = await client.change(REPORT_URI, { text: REPORT.replace('37. On 11', '38. On 11') });
    const published = await client.diagnostics(REPORT_URI, version);
    assert.deepEqual(summarize(published.diagnostics), [...ALL, '110 paragraph-sequence']);
  });

  it('answers rapporteur/status with the paragraph and problem counts', async () => {
    assert.deepEqual(await client.connection.sendRequest('rapporteur/status', { uri: REPORT_URI }), { paragraphs: 37, problems: 6, words: REPORT_WORDS });
    assert.deepEqual(await client.connection.sendRequest('rapporteur/status', { textDocument: { uri: 'file:///nowhere.unr' } }), { paragraphs: 0, problems: 0, words: 0 });
  });

  it('applies rule settings sent with didChangeConfiguration', async () => {
    const before = client.count('textDocument/publishDiagnostics');
    await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: { rapporteur: { rules: { 'paragraph-unnumbered': 'off', 'symbol-unresolved': 'hint' } } } });
    const published = await client.waitFor<PublishDiagnosticsParams>('textDocument/publishDiagnostics', (p) => client.count('textDocument/publishDiagnostics') > before && p.diagnostics.length === 3);
    assert.deepEqual(summarize(published.diagnostics), ['89 list-duplicate-entry', '99 symbol-unresolved', '110 paragraph-sequence']);
    assert.equal(published.diagnostics[1].severity, 4);
  });

  it('reports malformed settings once with window/showMessage and uses the defaults', async () => {
    const malformed = { settings: { rapporteur: { rules: { 'paragraph-unnumbered': 'loud' }, documentLinkBase: 'http://example.org/' } } };
    await client.connection.sendNotification('workspace/didChangeConfiguration', malformed);
    const shown = await client.waitFor<ShowMessageParams>('window/showMessage', (p) => p.message.includes('rapporteur.rules'));
    assert.equal(shown.type, 2);
    assert.equal(shown.message, 'Rapporteur: the "rapporteur.rules" setting is malformed: rule "paragraph-unnumbered": "loud" is not one of error, warning, information, hint, off. The default is used instead.');
    await client.waitFor<ShowMessageParams>('window/showMessage', (p) => p.message.includes('documentLinkBase'));
    const published = await client.waitFor<PublishDiagnosticsParams>('textDocument/publishDiagnostics', (p) => p.diagnostics.length === 6);
    assert.deepEqual(summarize(published.diagnostics), [...ALL, '110 paragraph-sequence']);
    await client.connection.sendNotification('workspace/didChangeConfiguration', malformed);
    await client.connection.sendRequest('rapporteur/status', { uri: REPORT_URI });
    assert.equal(client.count('window/showMessage'), 2);
  });

  it('publishes at most 1,000 diagnostics of a code, then one saying how many more', async () => {
    const uri = 'file:///drafts/many.unr';
    const references = Array.from({ length: 3000 }, (_, i) => i + 2).join(', ');
    const version = await client.open(uri, ['A/AC.1/2020/4', 'Distr.: General', '1 May 2020', 'Original: English', '', 'Report', '', 'I. Introduction', '', `1. See paragraphs ${references} below.`].join('\n'));
    const published = await client.diagnostics(uri, version);
    assert.equal(published.diagnostics.length, 1001);
    assert.ok(published.diagnostics.every((d, i) => d.code === 'paragraph-ref-missing' && d.severity === (i < 1000 ? 1 : 3)));
    assert.equal(published.diagnostics[1000].message, '2,000 more paragraph-ref-missing findings not shown, from here on: at most 1,000 are shown per code and 5,000 per draft.');
    await client.close(uri);
  });

  it('applies rapporteur.reportLength, and reports a malformed one and uses the default', async () => {
    await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: { rapporteur: { reportLength: 1000 } } });
    const over = await client.waitFor<PublishDiagnosticsParams>('textDocument/publishDiagnostics', (p) => p.diagnostics.some((d) => d.code === 'report-length'));
    const finding = over.diagnostics.find((d) => d.code === 'report-length');
    assert.match(String(finding?.message), /over the limit of 1,000 by /);
    assert.equal(finding?.severity, 3);
    await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: { rapporteur: { reportLength: 'long' } } });
    const shown = await client.waitFor<ShowMessageParams>('window/showMessage', (p) => p.message.includes('reportLength'));
    assert.equal(shown.message, 'Rapporteur: the "rapporteur.reportLength" setting is malformed: "reportLength" must be a whole number of words, such as 10700; "long" is ignored and 10,700 is used.');
    await client.waitFor<PublishDiagnosticsParams>('textDocument/publishDiagnostics', (p) => p.diagnostics.length === 6 && !p.diagnostics.some((d) => d.code === 'report-length'));
  });

  it('clears the diagnostics of a closed draft', async () => {
    await client.close(REPORT_URI);
    const cleared = await client.waitFor<PublishDiagnosticsParams>('textDocument/publishDiagnostics', (p) => p.uri === REPORT_URI && p.diagnostics.length === 0);
    assert.equal(cleared.version, undefined);
  });

  it('shuts down and exits with status 0', async () => {
    assert.equal(await client.stop(), 0);
  });
});
