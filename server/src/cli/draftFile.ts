// The file of a draft that `rapporteur fix` rewrites (docs/fixes.md, "On the command
// line"): read after it is measured, and written back only when that loses nothing.
// A symbolic link is written through to its target and stays a link. The new text
// goes to a short temporary name in the target's folder, gets the file's owner, group
// and mode bits (setgid included, whatever the umask), and is renamed over the file.
// Refused, with the reason: a file changed on disk since it was read, a read-only file,
// a file with several hard links (a new file would split them), and a file whose
// owner or mode the copy could not keep.
import { randomBytes } from 'node:crypto';
import { closeSync, constants, fchmodSync, fchownSync, fstatSync, fsyncSync, openSync, readSync, realpathSync, renameSync, statSync, unlinkSync, writeSync, type Stats } from 'node:fs';
import { dirname, join } from 'node:path';
import { MAX_DRAFT_BYTES, tooLarge } from '../core/decode';
import { describeFsError } from './files';

/** A draft's file as it was read. */
export interface DraftFile {
  /** The file written: the path found, with every symbolic link resolved. */
  target: string;
  bytes: Buffer;
  stat: Stats;
}

/** A file not read: why (a phrase; for a file too large, a sentence and the line its diagnostic names, 1). */
export type ReadOutcome = { ok: true; file: DraftFile } | { ok: false; message: string; line?: number };

/** What became of a write: `refused` leaves the file as it was on purpose, `failed` on an error. */
export type WriteOutcome = { status: 'written' } | { status: 'refused' | 'failed'; message: string };

// O_NONBLOCK: opening a FIFO put in a draft's place must not wait for a writer.
const READ_FLAGS = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0);

/** Reads a draft's file: measured first, so that a file over the size limit is never read. */
export function readDraftFile(path: string): ReadOutcome {
  const target = realpathSync(path);
  const fd = openSync(target, READ_FLAGS);
  try {
    const stat = fstatSync(fd);
    if (!stat.isFile()) return { ok: false, message: 'not a regular file' };
    if (stat.size > MAX_DRAFT_BYTES) return { ok: false, message: tooLarge(stat.size), line: 1 };
    // One byte more than measured: a file that grew meanwhile is read no further.
    const bytes = Buffer.alloc(stat.size + 1);
    let length = 0;
    for (let n = 1; n > 0 && length < bytes.length; length += n) n = readSync(fd, bytes, length, bytes.length - length, null);
    if (length > stat.size) return { ok: false, message: 'the file grew while it was read' };
    return { ok: true, file: { target, bytes: bytes.subarray(0, length), stat } };
  } finally {
    closeSync(fd);
  }
}

/** The reason not to write `file` now, or undefined when it may be written. */
function refusal(file: DraftFile, now: Stats): string | undefined {
  const then = file.stat;
  if (now.ino !== then.ino || now.dev !== then.dev || now.size !== then.size || now.mtimeMs !== then.mtimeMs || !sameBytes(file)) {
    return 'changed on disk since it was read; not written. Run the command again.';
  }
  if ((now.mode & 0o222) === 0) return 'the file is read-only; not written.';
  if (now.nlink > 1) return `the file has ${now.nlink} hard links, which a fixed copy would split; not written. Fix a copy of it, or use --dry-run.`;
  return undefined;
}

function sameBytes(file: DraftFile): boolean {
  const read = readDraftFile(file.target);
  return read.ok && read.file.bytes.equals(file.bytes);
}

/** A temporary name in `folder`: short, whatever the draft's name, and unlikely to be taken. */
function temporaryName(folder: string): string {
  return join(folder, `.rapporteur-${process.pid}-${randomBytes(4).toString('hex')}.tmp`);
}

/**
 * Gives the temporary file (open as `fd`) the draft's owner, group and mode; the reason it
 * could not, or undefined. Owner and group first: changing them clears setuid and setgid.
 */
function keepOwnerAndMode(fd: number, stat: Stats): string | undefined {
  const made = fstatSync(fd);
  if (made.uid !== stat.uid || made.gid !== stat.gid) {
    try {
      fchownSync(fd, stat.uid, stat.gid);
    } catch {
      return made.uid !== stat.uid ? 'the file belongs to another user, and a fixed copy would not; not written.' : 'the file belongs to a group a fixed copy could not be given; not written.';
    }
  }
  fchmodSync(fd, stat.mode & 0o7777);
  // The kernel silently drops setgid for a group the writer is not in.
  if ((fstatSync(fd).mode & 0o7777) !== (stat.mode & 0o7777)) return `the file's mode ${(stat.mode & 0o7777).toString(8)} could not be kept; not written.`;
  return undefined;
}

/** Writes `bytes` over the draft's file, through links, keeping what `keepOwnerAndMode` keeps. */
export function writeDraftFile(file: DraftFile, bytes: Uint8Array): WriteOutcome {
  let temporary: string | undefined;
  try {
    const now = statSync(file.target);
    const refused = refusal(file, now);
    if (refused) return { status: 'refused', message: refused };
    temporary = temporaryName(dirname(file.target));
    const fd = openSync(temporary, 'wx', 0o600);
    let kept: string | undefined;
    try {
      for (let at = 0; at < bytes.length; ) at += writeSync(fd, bytes, at, bytes.length - at);
      kept = process.platform === 'win32' ? undefined : keepOwnerAndMode(fd, now);
      if (!kept) fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    if (kept) return { status: 'refused', message: kept };
    renameSync(temporary, file.target);
    temporary = undefined;
    return { status: 'written' };
  } catch (error) {
    return { status: 'failed', message: `could not write the fixed draft: ${describeFsError(error)}` };
  } finally {
    if (temporary) {
      try {
        unlinkSync(temporary);
      } catch {
        // Nothing was left behind.
      }
    }
  }
}
