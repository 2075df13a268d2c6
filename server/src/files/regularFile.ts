// Reads a configuration or catalogue file only when it is a regular file of a
// bounded size. A FIFO would block the read forever and a device such as
// /dev/zero never ends, so the file's kind is checked before it is opened; it
// is opened without blocking and without following a link (the path given is
// already real), checked again on the open descriptor, and read up to the limit.
import { closeSync, constants, fstatSync, openSync, readSync, statSync, type Stats } from 'node:fs';
import { open, stat } from 'node:fs/promises';

export type FileRead = { ok: true; bytes: Buffer } | { ok: false; reason: string };

// O_NONBLOCK: a FIFO swapped in after the check opens at once instead of waiting for a writer.
const FLAGS = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0) | (constants.O_NOFOLLOW ?? 0);
/** For drafts, whose paths are as the workspace names them: a link to a draft is read through. */
const FOLLOWING_FLAGS = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0);

function kindOf(stats: Stats): string {
  if (stats.isFIFO()) return 'a FIFO';
  if (stats.isCharacterDevice() || stats.isBlockDevice()) return 'a device';
  if (stats.isSocket()) return 'a socket';
  if (stats.isDirectory()) return 'a folder';
  return 'not a regular file';
}

/** Why a file with these stats is not read ("not a regular file (a FIFO), not read"), or undefined when it may be. */
export function refusal(stats: Stats, maxBytes: number): string | undefined {
  if (!stats.isFile()) return `not a regular file (${kindOf(stats)}), not read`;
  if (stats.size > maxBytes) return tooLarge(maxBytes);
  return undefined;
}

function tooLarge(maxBytes: number): string {
  const size = maxBytes >= 1024 * 1024 ? `${maxBytes / 1024 / 1024} MB` : maxBytes >= 1024 ? `${maxBytes / 1024} KB` : `${maxBytes} bytes`;
  return `larger than ${size}, not read`;
}

function failure(error: unknown): FileRead {
  const code = (error as NodeJS.ErrnoException)?.code;
  const reason = code === 'ENOENT' ? 'no such file or folder' : code === 'EACCES' || code === 'EPERM' ? 'permission denied' : code === 'ELOOP' ? 'a link, not read' : `cannot be read (${code ?? (error as Error)?.message})`;
  return { ok: false, reason };
}

/**
 * The bytes read so far, in a buffer grown as they come up to one byte past the limit: a file
 * that grew since it was measured (or a file of /proc, which says it is empty) is refused, not read on.
 */
class Bytes {
  buffer = Buffer.alloc(64 * 1024);
  length = 0;
  private ended = false;

  constructor(private readonly maxBytes: number) {}

  /** True while the file may have more to read and the limit is not passed. */
  wants(): boolean {
    if (this.ended || this.length > this.maxBytes) return false;
    if (this.length === this.buffer.length) this.buffer = Buffer.concat([this.buffer], Math.min(this.buffer.length * 2, this.maxBytes + 1));
    return true;
  }

  got(count: number): void {
    this.length += count;
    if (count === 0) this.ended = true;
  }

  result(): FileRead {
    if (this.length > this.maxBytes) return { ok: false, reason: tooLarge(this.maxBytes) };
    return { ok: true, bytes: this.buffer.subarray(0, this.length) };
  }
}

/** The file's bytes, read with the command line's synchronous calls. */
export function readRegularFileSync(path: string, maxBytes: number): FileRead {
  let fd: number | undefined;
  try {
    const before = refusal(statSync(path), maxBytes);
    if (before) return { ok: false, reason: before };
    fd = openSync(path, FLAGS);
    const opened = refusal(fstatSync(fd), maxBytes);
    if (opened) return { ok: false, reason: opened };
    const read = new Bytes(maxBytes);
    while (read.wants()) read.got(readSync(fd, read.buffer, read.length, read.buffer.length - read.length, null));
    return read.result();
  } catch (error) {
    return failure(error);
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/**
 * The file's bytes, read without blocking the server's event loop. A link is not followed unless
 * `followLinks` (the path of a configuration or catalogue file is already real).
 */
export async function readRegularFile(path: string, maxBytes: number, followLinks = false): Promise<FileRead> {
  let handle;
  try {
    const before = refusal(await stat(path), maxBytes);
    if (before) return { ok: false, reason: before };
    handle = await open(path, followLinks ? FOLLOWING_FLAGS : FLAGS);
    const opened = refusal(await handle.stat(), maxBytes);
    if (opened) return { ok: false, reason: opened };
    const read = new Bytes(maxBytes);
    while (read.wants()) read.got((await handle.read(read.buffer, read.length, read.buffer.length - read.length, null)).bytesRead);
    return read.result();
  } catch (error) {
    return failure(error);
  } finally {
    await handle?.close();
  }
}
