// The file side of the workspace index: finding the `.unr` drafts under a
// folder, reading them into summaries with bounded concurrency (no whole
// model and no text is kept), and finding and reading the document catalogue.
// Unreadable files and what is not a regular file (a FIFO, a device) are skipped;
// hidden folders and node_modules are not searched.
import { existsSync } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parse } from 'jsonc-parser';
import { confine } from '../files/confine';
import { readRegularFile } from '../files/regularFile';
import { CATALOGUE_FILES, catalogueFormat, decodeDraft, MAX_CATALOGUE_BYTES, MAX_DRAFT_BYTES, parseCatalogue, parseDraft, summarizeDraft, type Catalogue, type DraftSummary } from '../core';
import { excerpt } from '../core/excerpt';

const CONFIG_FILE = 'rapporteur.json';
const MAX_CONFIG_BYTES = 1024 * 1024;

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

/**
 * The bytes of a draft that is a regular file of at most MAX_DRAFT_BYTES, else undefined. A FIFO
 * named `.unr` would block the read (and the index queue) forever, and a device may never end:
 * `readRegularFile` checks the kind before the file is opened, and again on the open file.
 */
export async function readDraftFile(path: string): Promise<Buffer | undefined> {
  const read = await readRegularFile(path, MAX_DRAFT_BYTES, true);
  return read.ok ? read.bytes : undefined;
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

/**
 * Where a folder's catalogue is: the setting, else `catalogue` in its rapporteur.json, else a default
 * name; kept inside the folder, links included (`path` as the workspace names it, `real` to read), or
 * refused with a message.
 */
export type CatalogueLocation = { path: string; real: string; exists: boolean } | { refused: string };

export async function catalogueLocation(folder: string, setting: string): Promise<CatalogueLocation> {
  const configured = setting.trim() ? { name: setting.trim(), from: 'the "rapporteur.catalogue" setting names' } : await configuredCatalogue(folder);
  if (configured && 'refused' in configured) return configured;
  if (configured) {
    const found = confine(folder, configured.name, 'the workspace folder');
    return found.ok ? found : { refused: `${configured.from} ${excerpt(configured.name)}, which ${found.reason}; it is not read` };
  }
  const name = CATALOGUE_FILES.find((file) => existsSync(join(folder, file))) ?? CATALOGUE_FILES[0];
  const found = confine(folder, name, 'the workspace folder');
  return found.ok ? found : { refused: `${name} ${found.reason}; it is not read` };
}

/** The `catalogue` that the folder's rapporteur.json names, if any. */
async function configuredCatalogue(folder: string): Promise<{ name: string; from: string } | { refused: string } | undefined> {
  const inside = confine(folder, CONFIG_FILE, 'the workspace folder');
  if (!inside.ok) return inside.reason === 'is a link that leads nowhere' ? undefined : { refused: `${CONFIG_FILE} ${inside.reason}; it is not read` };
  const file = await readRegularFile(inside.real, MAX_CONFIG_BYTES);
  if (!file.ok) return file.reason === 'no such file or folder' ? undefined : { refused: `${CONFIG_FILE}: ${file.reason}` };
  const value: unknown = parse(file.bytes.toString('utf8'), [], { allowTrailingComma: true });
  const catalogue = typeof value === 'object' && value !== null ? (value as Record<string, unknown>).catalogue : undefined;
  return typeof catalogue === 'string' && catalogue.trim() !== '' ? { name: catalogue.trim(), from: `the "catalogue" of ${CONFIG_FILE} names` } : undefined;
}

/** Reads and parses a catalogue file (its real path), with its text (kept for the "add to catalogue" edit). */
export async function readCatalogue(real: string): Promise<{ text: string; catalogue: Catalogue } | { error: string }> {
  const file = await readRegularFile(real, MAX_CATALOGUE_BYTES);
  if (!file.ok) return { error: file.reason };
  const text = file.bytes.toString('utf8');
  return { text, catalogue: parseCatalogue(text, catalogueFormat(real)) };
}
