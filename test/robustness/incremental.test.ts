// Incremental equals full, through the real server (see incremental.ts).
import * as fc from 'fast-check';
import { TestClient } from '../protocol/client';
import { assertIncrementalEqualsFull, SESSION } from './incremental';

describe('robustness: incremental edits equal a fresh open of the final text', function () {
  this.timeout(60_000);
  let client: TestClient;

  before(async () => {
    client = await TestClient.start({ pull: true });
  });

  after(async () => {
    try {
      await client.stop();
    } finally {
      client.kill();
    }
  });

  it('gives the same diagnostics, outline and references after random edit sessions', async () => {
    await fc.assert(fc.asyncProperty(SESSION, (session) => assertIncrementalEqualsFull(client, session)), { numRuns: 60, seed: 8 });
  });
});
