// `rapporteur/import` over stdio: what the VS Code command "Import Word or PDF Document…" asks.
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { seedLikeDocx } from '../unit/import/docxFixtures';
import { seedWithFootnote } from '../unit/import/seedDocx';
import { fixture, REPORT_URI, ROOT, TestClient } from './client';

describe('rapporteur/import', () => {
  let client: TestClient;
  const importFile = (name: string, bytes: Uint8Array) => client.connection.sendRequest('rapporteur/import', { name, data: Buffer.from(bytes).toString('base64') });

  before(async () => {
    client = await TestClient.start();
  });

  after(async () => {
    await client.stop();
  });

  it('gives the draft of a PDF, of a .docx and of text pasted from a PDF', async () => {
    const pdf = readFileSync(join(ROOT, 'test/fixtures/import/CTOC-COP-WG.4-2020-4.pdf'));
    assert.deepEqual(await importFile('/drafts/report.pdf', pdf), { text: seedWithFootnote(), remarks: ['9 page head and foot lines removed by their place on the page.'] });
    const docx = (await importFile('report.docx', await seedLikeDocx())) as { text: string };
    assert.match(docx.text, /^CTOC\/COP\/WG\.4\/2020\/4\nDistr\.: General\n/);
    const pasted = (await importFile('report.txt', readFileSync(join(ROOT, 'test/fixtures/CTOC-COP-WG.4-2020-4.pdf-extract.txt')))) as { text: string };
    assert.equal(pasted.text, fixture('CTOC-COP-WG.4-2020-4.unr'));
  });

  it('answers other requests and publishes diagnostics while a PDF is read on its worker thread', async () => {
    const opened = await client.open(REPORT_URI, fixture('CTOC-COP-WG.4-2020-4.unr'));
    await client.diagnostics(REPORT_URI, opened);
    const settled: string[] = [];
    const pdf = readFileSync(join(ROOT, 'test/fixtures/import/CTOC-COP-WG.4-2020-4.pdf'));
    const imported = importFile('report.pdf', pdf).then((result) => {
      settled.push('import');
      return result;
    });
    const symbols = (await client.connection.sendRequest('textDocument/documentSymbol', { textDocument: { uri: REPORT_URI } })) as unknown[];
    settled.push('documentSymbol');
    const edited = await client.change(REPORT_URI, { range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: 'x' });
    await client.diagnostics(REPORT_URI, edited);
    settled.push('diagnostics');
    // The import, sent first, is answered last: the server's thread was free while pdf.js worked.
    assert.deepEqual(settled, ['documentSymbol', 'diagnostics']);
    assert.ok(symbols.length > 0);
    assert.deepEqual(await imported, { text: seedWithFootnote(), remarks: ['9 page head and foot lines removed by their place on the page.'] });
    assert.deepEqual(settled, ['documentSymbol', 'diagnostics', 'import']);
    await client.close(REPORT_URI);
  });

  it('says in one line why a file cannot be read, answers InvalidParams to a malformed request, and keeps running', async () => {
    assert.deepEqual(await importFile('scan.docx', new Uint8Array([0x50, 0x4b, 1, 2])), { error: 'not a readable Word document (the .docx is damaged: invalid zip data)' });
    assert.deepEqual(await importFile('empty.txt', new Uint8Array()), { error: 'the document has no text' });
    await assert.rejects(client.connection.sendRequest('rapporteur/import', { name: 3 }), (error: { code?: number }) => error.code === -32602);
    assert.deepEqual(await client.connection.sendRequest('rapporteur/status', { uri: 'file:///nowhere.unr' }), { paragraphs: 0, problems: 0, words: 0 });
  });
});
