// Watches the framing of the messages a client writes to the server's stdin:
// `Content-Length: N\r\n…\r\n\r\n` then N bytes. After a malformed header
// (no Content-Length, a negative or non-numeric one, a line without `:`) no
// one can tell where the next message starts, and vscode-jsonrpc then waits
// forever without a word. Decision: the server says what was wrong and exits
// (main.ts), so that the client can start it again; an error answer is not
// possible, since the request's id is somewhere in bytes that cannot be framed.

const CR = 13;
const LF = 10;
/** A header is a few dozen bytes; one this long without its blank line is not a header. */
export const MAX_HEADER_BYTES = 64 * 1024;
const SHOWN = 40;

/** Reads the stream's headers and skips the bodies; `push` answers the first framing problem. */
export class FramingGuard {
  private header: Buffer[] = [];
  private headerBytes = 0;
  /** Bytes of the current body still to skip. */
  private body = 0;
  /** How many bytes of `\r\n\r\n` end the header read so far. */
  private ending = 0;
  private problem: string | undefined;

  /** The problem with the stream so far, or undefined while its framing is sound. */
  push(chunk: Buffer): string | undefined {
    let at = 0;
    while (at < chunk.length && !this.problem) {
      if (this.body > 0) {
        const skipped = Math.min(this.body, chunk.length - at);
        this.body -= skipped;
        at += skipped;
        continue;
      }
      const end = this.headerEnd(chunk, at);
      const part = chunk.subarray(at, end < 0 ? chunk.length : end);
      this.header.push(part);
      this.headerBytes += part.length;
      at += part.length;
      if (end >= 0) this.problem = this.endHeader();
      else if (this.headerBytes > MAX_HEADER_BYTES) this.problem = `a header longer than ${MAX_HEADER_BYTES / 1024} KB without the blank line that ends it`;
    }
    return this.problem;
  }

  /** The offset just past the `\r\n\r\n` that ends the header, or -1 when the chunk ends first. */
  private headerEnd(chunk: Buffer, from: number): number {
    for (let i = from; i < chunk.length; i++) {
      const byte = chunk[i];
      const expected = this.ending % 2 === 0 ? CR : LF;
      this.ending = byte === expected ? this.ending + 1 : byte === CR ? 1 : 0;
      if (this.ending === 4) {
        this.ending = 0;
        return i + 1;
      }
    }
    return -1;
  }

  private endHeader(): string | undefined {
    const text = Buffer.concat(this.header, this.headerBytes).toString('latin1');
    this.header = [];
    this.headerBytes = 0;
    let length: string | undefined;
    for (const line of text.slice(0, -4).split('\r\n')) {
      const colon = line.indexOf(':');
      if (colon < 0) return `a header line without ":" (${shown(line)})`;
      if (line.slice(0, colon).trim().toLowerCase() === 'content-length') length = line.slice(colon + 1).trim();
    }
    if (length === undefined) return `a header without Content-Length (${shown(text.slice(0, -4))})`;
    if (!/^[0-9]{1,15}$/.test(length)) return `Content-Length ${shown(length)} is not a number of bytes`;
    this.body = Number(length);
    return undefined;
  }
}

/** Untrusted bytes quoted in a message: printable, cut short. */
function shown(text: string): string {
  const printable = text.replace(/[^\x20-\x7e]/g, '?');
  return JSON.stringify(printable.length > SHOWN ? `${printable.slice(0, SHOWN)}…` : printable);
}
