// "Renumber paragraphs" on a draft whose renumbering would need paragraph 100,000:
// the server says why and applies nothing (it sent numbers the parser cannot read).
import * as assert from 'node:assert/strict';
import type { ShowMessageParams } from 'vscode-languageserver-protocol';
import { TestClient } from './client';

describe('protocol: renumbering past the largest paragraph number', () => {
  let client: TestClient;
  before(async () => {
    client = await TestClient.start();
  });
  after(() => client?.kill());

  it('shows the reason and applies no edit', async () => {
    const uri = 'file:///drafts/long.unr';
    const paragraphs = Array.from({ length: 99_999 }, (_, i) => `${i + 1}. Text.\n`);
    await client.open(uri, ['A/AC.1/2020/4', 'Distr.: General', '1 May 2020', 'Original: English', '', 'Report', '', 'I. Introduction', '', 'Unnumbered first.', '', ...paragraphs].join('\n'));
    const result = await client.connection.sendRequest('workspace/executeCommand', { command: 'rapporteur.renumberParagraphs', arguments: [uri] });
    assert.deepEqual(result, { applied: false });
    const shown = await client.waitFor<ShowMessageParams>('window/showMessage');
    assert.deepEqual(shown, { type: 2, message: 'The body would need 100,000 paragraphs, but paragraph numbers have at most five digits (99,999); not renumbered (line 200008).' });
    assert.equal(client.count('workspace/applyEdit'), 0);
  });
});
