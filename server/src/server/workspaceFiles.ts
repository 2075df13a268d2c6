// Reads the `.unr` drafts under the workspace folders at start-up, so that
// symbols and provisional agendas of drafts that are not open resolve too.
// Bounded: hidden folders and node_modules are skipped, and so are files
// beyond MAX_FILES; unreadable files are skipped silently.
import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { decodeDraft, MAX_DRAFT_BYTES } from '../core';

const MAX_FILES = 2000;
const MAX_DEPTH = 12;

export interface FoundDraft {
  uri: string;
  text: string;
}

/** The folder of a `file:` uri, or undefined for other schemes. */
function folderPath(uri: string): string | undefined {
  try {
    return uri.startsWith('file:') ? fileURLToPath(uri) : undefined;
  } catch {
    return undefined;
  }
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
    else if (entry.isFile() && entry.name.toLowerCase().endsWith('.unr')) out.push(path);
  }
}

/** Every readable draft under the given folder uris. */
export async function readWorkspaceDrafts(folderUris: string[]): Promise<FoundDraft[]> {
  const paths: string[] = [];
  for (const uri of folderUris) {
    const folder = folderPath(uri);
    if (folder) await collect(folder, 0, paths);
  }
  const drafts: FoundDraft[] = [];
  for (const path of paths) {
    try {
      if ((await stat(path)).size > MAX_DRAFT_BYTES) continue;
      const decoded = decodeDraft(await readFile(path));
      if (decoded.ok) drafts.push({ uri: pathToFileURL(path).href, text: decoded.text });
    } catch {
      // Unreadable (permissions, removed meanwhile): not part of the workspace.
    }
  }
  return drafts;
}
