// The file side of the workspace index: finding the `.unr` drafts under a
// folder, reading them into summaries with bounded concurrency (no whole
// model and no text is kept), and finding and reading the document catalogue.
// Unreadable files and what is not a regular file (a FIFO, a device) are skipped;
// hidden folders and node_modules are not searched.
import { constants } from 'node:fs';
import { open, readdir, readFile, stat } from 'node:fs/promises';
import { isAbsolute, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parse } from 'jsonc-parser';
import { CATALOGUE_FILES, catalogueFormat, decodeDraft, MAX_CATALOGUE_BYTES, MAX_DRAFT_BYTES, parseCatalogue, parseDraft, summarizeDraft, type Catalogue, type DraftSummary } from '../core';

/** Beyond this many drafts, the rest of a folder is not indexed (and the log says so). */
export const MAX_FILES = 50_000;
const MAX_DEPTH = 12;
/** How many files are read at once. */
export const READ_CONCURRENCY = 16;

/** The path of a `file:` uri, or undefined for other schemes. */
export function filePath(uri: string): string | undefined {
  try {
    return uri.startsWith('file:') ? fileURLToPath(uri) : undefined;
  } catch {
    return undefined;
  }
}

export function isDraftPath(path: string): boolean {
  return path.toLowerCase().endsWith('.unr');
}

async function collect(folder: string, depth: number, out: string[]): Promise<void> {
  if (depth > MAX_DEPTH || out.length >= MAX_FILES) return;
  let entries;
  try {
    entries = await readdir(folder, { withFileTypes: true });
  } catch {
    return;
  }
  for (const entry of entries) {
    if (out.length >= MAX_FILES) return;
    if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
    const path = join(folder, entry.name);
    if (entry.isDirectory()) await collect(path, depth + 1, out);
    else if (entry.isFile() && isDraftPath(entry.name)) out.push(path);
  }
}

/** The paths of the drafts under the given folder paths (at most MAX_FILES). */
export async function findDraftPaths(folders: string[]): Promise<string[]> {
  const paths: string[] = [];
  for (const folder of folders) await collect(folder, 0, paths);
  return paths;
}

// O_NONBLOCK: a FIFO put in a draft's place after its stat opens at once instead of waiting for a writer.
const READ_FLAGS = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0);

/**
 * The bytes of a draft that is a regular file of at most MAX_DRAFT_BYTES, else undefined. A FIFO
 * named `.unr` would block the read (and the index queue) forever, and a device may never end:
 * the kind is checked before the file is opened, and again on the open file.
 */
export async function readDraftFile(path: string): Promise<Buffer | undefined> {
  try {
    const stats = await stat(path);
    if (!stats.isFile() || stats.size > MAX_DRAFT_BYTES) return undefined;
    const file = await open(path, READ_FLAGS);
    try {
      const opened = await file.stat();
      return opened.isFile() && opened.size <= MAX_DRAFT_BYTES ? await file.readFile() : undefined;
    } finally {
      await file.close();
    }
  } catch {
    return undefined;
  }
}

/** Reads, parses and summarizes one draft; undefined when it cannot be read, is not a regular file or is not text. */
export async function readSummary(path: string): Promise<DraftSummary | undefined> {
  const bytes = await readDraftFile(path);
  if (!bytes) return undefined;
  try {
    const decoded = decodeDraft(bytes);
    return decoded.ok ? summarizeDraft(pathToFileURL(path).href, parseDraft(decoded.text, { summaryOnly: true })) : undefined;
  } catch {
    return undefined;
  }
}

/** File systems that keep times to the second or two: a file changed this long before it was read counts as changed after. */
const TIMESTAMP_MARGIN_MS = 2000;

/**
 * The paths of drafts changed (or gone, or no longer regular files) since they were read: their
 * modification or status-change time is no earlier than the read, less a margin. Stats at most
 * READ_CONCURRENCY files at once.
 */
export async function changedSince(drafts: { path: string; readAt: number }[]): Promise<string[]> {
  const changed: string[] = [];
  let next = 0;
  const worker = async () => {
    while (next < drafts.length) {
      const { path, readAt } = drafts[next++];
      try {
        const stats = await stat(path);
        if (!stats.isFile() || Math.max(stats.mtimeMs, stats.ctimeMs) >= readAt - TIMESTAMP_MARGIN_MS) changed.push(path);
      } catch {
        changed.push(path);
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(READ_CONCURRENCY, drafts.length) }, worker));
  return changed;
}

/**
 * Summarizes every path, at most `concurrency` files read at once; `each` gets every
 * result (in completion order) with the number done so far.
 */
export async function readSummaries(paths: string[], each: (summary: DraftSummary | undefined, path: string, done: number) => void, concurrency = READ_CONCURRENCY): Promise<void> {
  let next = 0;
  let done = 0;
  const worker = async () => {
    while (next < paths.length) {
      const path = paths[next++];
      const summary = await readSummary(path);
      each(summary, path, ++done);
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, paths.length) }, worker));
}

/** Where a folder's catalogue is: the setting, else `catalogue` in its rapporteur.json, else a default name. */
export async function catalogueLocation(folder: string, setting: string): Promise<{ path: string; exists: boolean }> {
  const configured = setting.trim() || (await configuredCatalogue(folder));
  if (configured) {
    const path = isAbsolute(configured) ? configured : join(folder, configured);
    return { path, exists: await isFile(path) };
  }
  for (const name of CATALOGUE_FILES) {
    const path = join(folder, name);
    if (await isFile(path)) return { path, exists: true };
  }
  return { path: join(folder, CATALOGUE_FILES[0]), exists: false };
}

async function configuredCatalogue(folder: string): Promise<string | undefined> {
  try {
    const path = join(folder, 'rapporteur.json');
    if ((await stat(path)).size > 1024 * 1024) return undefined;
    const value: unknown = parse(await readFile(path, 'utf8'), [], { allowTrailingComma: true });
    const catalogue = typeof value === 'object' && value !== null ? (value as Record<string, unknown>).catalogue : undefined;
    return typeof catalogue === 'string' && catalogue.trim() !== '' ? catalogue.trim() : undefined;
  } catch {
    return undefined;
  }
}

async function isFile(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isFile();
  } catch {
    return false;
  }
}

/** Reads and parses a catalogue file, with its text (kept for the "add to catalogue" edit). */
export async function readCatalogue(path: string): Promise<{ text: string; catalogue: Catalogue } | { error: string }> {
  try {
    if ((await stat(path)).size > MAX_CATALOGUE_BYTES) return { error: `larger than ${MAX_CATALOGUE_BYTES / 1024 / 1024} MB; not read` };
    const text = await readFile(path, 'utf8');
    return { text, catalogue: parseCatalogue(text, catalogueFormat(path)) };
  } catch (error) {
    return { error: `cannot be read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})` };
  }
}
