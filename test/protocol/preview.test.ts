// rapporteur/preview and rapporteur/exportDocx over stdio: the open draft as the page's HTML
// with its problems in the margin, updated on change; the same draft as a .docx.
import * as assert from 'node:assert/strict';
import { strFromU8, unzipSync } from 'fflate';
import { TestClient } from './client';

const URI = 'file:///drafts/preview.unr';
const DRAFT = ['A/AC.1/2020/4', 'Distr.: General', '1 May 2020', 'Original: English', '', 'I. Introduction', '', '1. The committee met <script>alert(1)</script>.', '', 'An unnumbered paragraph & more.', ''].join('\n');

describe('protocol: rapporteur/preview and rapporteur/exportDocx', () => {
  let client: TestClient;

  before(async () => {
    client = await TestClient.start();
  });

  after(() => client?.kill());

  it('renders the open draft with its source lines, escaped text and its problems marked', async () => {
    const version = await client.open(URI, DRAFT);
    await client.diagnostics(URI, version);
    const { html } = await client.connection.sendRequest<{ html: string }>('rapporteur/preview', { textDocument: { uri: URI } });
    assert.match(html, /<div class="block HCh" data-line="5" data-end-line="5"><span class="label">I\.<\/span><span class="text">Introduction<\/span><\/div>/);
    assert.ok(html.includes('<span class="label">1.</span><span class="text">The committee met &lt;script&gt;alert(1)&lt;/script&gt;.</span>'));
    assert.ok(!html.includes('<script'));
    assert.match(html, /data-line="9" data-end-line="9"><span class="problem warning" title="This paragraph has no number \(it follows paragraph 1\)\."/);
  });

  it('follows the edits of the open draft', async () => {
    const version = await client.change(URI, { range: { start: { line: 9, character: 0 }, end: { line: 9, character: 0 } }, text: '2. ' });
    await client.diagnostics(URI, version);
    const { html } = await client.connection.sendRequest<{ html: string }>('rapporteur/preview', { textDocument: { uri: URI } });
    assert.ok(html.includes('<span class="label">2.</span><span class="text">An unnumbered paragraph &amp; more.</span>'));
    assert.ok(!html.includes('class="problem'));
  });

  it('exports the open draft as a .docx, and answers empty for a draft that is not open', async () => {
    const { base64 } = await client.connection.sendRequest<{ base64: string }>('rapporteur/exportDocx', { textDocument: { uri: URI } });
    const document = strFromU8(unzipSync(Buffer.from(base64, 'base64'))['word/document.xml']);
    assert.ok(document.includes('>2.</w:t></w:r><w:r><w:tab/></w:r><w:r><w:t xml:space="preserve">An unnumbered paragraph &amp; more.'));
    assert.deepEqual(await client.connection.sendRequest('rapporteur/exportDocx', { textDocument: { uri: 'file:///nowhere.unr' } }), { base64: '' });
    assert.deepEqual(await client.connection.sendRequest('rapporteur/preview', { textDocument: { uri: 'file:///nowhere.unr' } }), { html: '' });
  });
});
