// The framing guard of the server's stdin (framing.ts): sound streams cut
// anywhere pass; each malformed header is named.
import * as assert from 'node:assert/strict';
import { FramingGuard, MAX_HEADER_BYTES } from '../../server/src/server/framing';

const message = (body: string) => `Content-Length: ${Buffer.byteLength(body)}\r\nContent-Type: application/vscode-jsonrpc; charset=utf-8\r\n\r\n${body}`;
const STREAM = Buffer.from(message('{"id":1}') + message('{\r\n\r\n"text": "é€𝄞 Content-Length: x"}') + message(''));

function problemOf(...chunks: (string | Buffer)[]): string | undefined {
  const guard = new FramingGuard();
  let problem: string | undefined;
  for (const chunk of chunks) problem = guard.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
  return problem;
}

describe('the framing of messages on stdin', () => {
  it('passes a sound stream cut at every pair of positions', () => {
    for (let a = 0; a <= STREAM.length; a++) {
      for (let b = a; b <= STREAM.length; b += 5) {
        assert.equal(problemOf(STREAM.subarray(0, a), STREAM.subarray(a, b), STREAM.subarray(b)), undefined, `cut at ${a} and ${b}`);
      }
    }
  });

  it('names a negative, non-numeric, missing or colon-less Content-Length', () => {
    assert.equal(problemOf(STREAM, 'Content-Length: -5\r\n\r\n'), 'Content-Length "-5" is not a number of bytes');
    assert.equal(problemOf('content-length: 1e3\r\n\r\n'), 'Content-Length "1e3" is not a number of bytes');
    assert.equal(problemOf('Content-Type: x\r\n', '\r\n{}'), 'a header without Content-Length ("Content-Type: x")');
    assert.equal(problemOf('Content-Length 5\r\n\r\nhello'), 'a header line without ":" ("Content-Length 5")');
  });

  it('cuts what it quotes and shows only printable characters', () => {
    assert.equal(problemOf(`Content-Length: \u0007${'9'.repeat(100)}\r\n\r\n`), `Content-Length "?${'9'.repeat(39)}…" is not a number of bytes`);
  });

  it('gives up on a header that never ends', () => {
    assert.equal(problemOf('x'.repeat(MAX_HEADER_BYTES), 'x'), 'a header longer than 64 KB without the blank line that ends it');
    assert.equal(problemOf('Content-Length: 5\r\n'.repeat(10)), undefined);
  });
});
