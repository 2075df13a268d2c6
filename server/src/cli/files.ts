// Finds the drafts to check: files named on the command line, and `.unr`
// files under folders (skipping hidden folders and node_modules).
import { readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const DRAFT_EXTENSION = '.unr';
const SKIPPED_FOLDERS = new Set(['node_modules']);

export interface FoundFiles {
  files: string[];
  /** One-line problems: a path that does not exist, a folder that cannot be read. */
  problems: string[];
}

export function findDrafts(paths: string[]): FoundFiles {
  const files = new Set<string>();
  const problems: string[] = [];
  for (const path of paths) {
    const absolute = resolve(path);
    let stats;
    try {
      stats = statSync(absolute);
    } catch (error) {
      problems.push(`${path}: ${describeFsError(error)}`);
      continue;
    }
    if (stats.isDirectory()) walk(absolute, path, files, problems);
    else if (stats.isFile()) files.add(absolute);
    // A FIFO would block the read forever; a device or socket is no draft either.
    else problems.push(`${path}: not a regular file`);
  }
  return { files: [...files].sort(), problems };
}

function walk(folder: string, shown: string, files: Set<string>, problems: string[]): void {
  let entries;
  try {
    entries = readdirSync(folder, { withFileTypes: true });
  } catch (error) {
    problems.push(`${shown}: ${describeFsError(error)}`);
    return;
  }
  for (const entry of entries.sort((a, b) => a.name.localeCompare(b.name))) {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) {
      if (!entry.name.startsWith('.') && !SKIPPED_FOLDERS.has(entry.name)) walk(path, join(shown, entry.name), files, problems);
    } else if (entry.isFile() && entry.name.endsWith(DRAFT_EXTENSION)) {
      files.add(path);
    }
  }
}

/** A file-system error as a short phrase: "no such file or folder". */
export function describeFsError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException)?.code;
  switch (code) {
    case 'ENOENT': return 'no such file or folder';
    case 'EACCES':
    case 'EPERM': return 'permission denied';
    case 'EISDIR': return 'is a folder';
    case 'ENOTDIR': return 'a part of the path is not a folder';
    default: return error instanceof Error ? error.message : String(error);
  }
}
