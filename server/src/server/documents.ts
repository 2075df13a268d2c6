// The drafts the server knows: open documents (kept in sync incrementally,
// parsed once per version and kept whole) and drafts on disk in the workspace
// folders (kept only as summaries, see core/index/summary.ts). The open
// editor's text wins over the disk: a disk summary is ignored while its file
// is open, and taken up again when it closes.
import { TextDocuments } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { fileURLToPath } from 'node:url';
import { MAX_DRAFT_BYTES, ParseCache, sharedFacts, Workspace, type DraftSummary, type FeatureDocument } from '../core';

/** A path to compare uris by, whatever their percent-encoding. */
export function pathKey(uri: string): string {
  try {
    return uri.startsWith('file:') ? fileURLToPath(uri) : uri;
  } catch {
    return uri;
  }
}

export class DraftStore {
  readonly documents = new TextDocuments(TextDocument);
  readonly workspace = new Workspace();
  /**
   * Text of each open document as parsed into the workspace. Keyed by text, not version: a client may
   * send a stale or repeated version number, and the text it sent last is what must be parsed.
   */
  private readonly parsed = new Map<string, string>();
  /** Drafts indexed from disk: path → the uri they are kept under. */
  private readonly disk = new Map<string, string>();
  /** When each disk draft was read (taken before the read began): path → ms since the epoch. */
  private readonly readAt = new Map<string, number>();
  private readonly shared = new Map<string, string>();
  private readonly tooLarge = new Set<string>();
  private sharedChanged = false;
  /** Per open document: the analysis of its unchanged blocks, reused when it is parsed again. */
  private readonly caches = new Map<string, ParseCache>();
  /** Bumped whenever any draft of the workspace changes: results that depend on other drafts are keyed by it. */
  generation = 0;
  /** Resolves when the index work notified so far is done (bounded); set by WorkspaceIndex. */
  settled: () => Promise<void> = () => Promise.resolve();
  /** Reads again the closed drafts changed on disk when no one tells the server (false: not done in time); set by WorkspaceIndex. */
  rereadChanged: () => Promise<boolean> = () => Promise.resolve(true);

  /** The parsed open draft at `uri`, every open document brought up to date first. */
  document(uri: string): FeatureDocument | undefined {
    this.sync();
    const draft = this.workspace.get(uri);
    return draft ? { uri, draft } : undefined;
  }

  /** Entries kept per map (see rapporteur/internals). */
  sizes(): Record<string, number> {
    return { documents: this.documents.keys().length, drafts: this.workspace.all().length, parsed: this.parsed.size, disk: this.disk.size, readAt: this.readAt.size, shared: this.shared.size, tooLarge: this.tooLarge.size, caches: this.caches.size };
  }

  isOpen(uri: string): boolean {
    return this.documents.get(uri) !== undefined;
  }

  isTooLarge(uri: string): boolean {
    return this.tooLarge.has(uri);
  }

  /** Parses every open document whose text changed since it was last parsed. */
  sync(): void {
    for (const document of this.documents.all()) {
      // A malformed didOpen/didChange can leave a non-string here; it is read as text.
      const text = String(document.getText());
      if (this.parsed.get(document.uri) === text) continue;
      this.parsed.set(document.uri, text);
      this.forgetDiskCopy(document.uri);
      const large = text.length > MAX_DRAFT_BYTES;
      if (large) this.tooLarge.add(document.uri);
      else this.tooLarge.delete(document.uri);
      this.workspace.set(document.uri, large ? '' : text, this.cacheOf(document.uri));
      this.noteChange(document.uri);
    }
  }

  /** The document catalogue changed: every result that depends on other drafts is out of date. */
  catalogueChanged(): void {
    this.generation++;
    this.sharedChanged = true;
  }

  /** The incremental-parse cache of an open document (see core/parse/cache.ts). */
  private cacheOf(uri: string): ParseCache {
    let cache = this.caches.get(uri);
    if (!cache) this.caches.set(uri, (cache = new ParseCache()));
    return cache;
  }

  /** True (once) when a draft changed what other drafts can know of it since the last call. */
  takeSharedChange(): boolean {
    const changed = this.sharedChanged;
    this.sharedChanged = false;
    return changed;
  }

  /** True when a file at this path is open (under any spelling of its uri). */
  private isOpenPath(key: string): boolean {
    return this.documents.all().some((document) => pathKey(document.uri) === key);
  }

  /** A draft read from a workspace folder (its read begun at `readAt`); ignored while the same file is open. */
  setDiskSummary(summary: DraftSummary, readAt: number): void {
    const key = pathKey(summary.uri);
    this.disk.set(key, summary.uri);
    this.readAt.set(key, readAt);
    if (this.isOpenPath(key)) return;
    this.workspace.setSummary(summary);
    this.noteChange(summary.uri);
  }

  /** A draft deleted from disk (or no longer readable); an open document of it stays. */
  removeDisk(uri: string): void {
    const key = pathKey(uri);
    const kept = this.disk.get(key) ?? uri;
    this.disk.delete(key);
    this.readAt.delete(key);
    if (!this.isOpenPath(key)) this.remove(kept);
  }

  /** Removes the disk drafts under a folder (a removed workspace folder, a deleted folder). */
  removeUnder(folderUri: string): void {
    const prefix = pathKey(folderUri).replace(/[\\/]+$/, '');
    for (const [key, uri] of [...this.disk]) {
      if (key.startsWith(`${prefix}/`) || key.startsWith(`${prefix}\\`)) this.removeDisk(uri);
    }
  }

  /** The drafts read from disk that are not open: their path and when they were read. */
  closedDiskDrafts(): { path: string; readAt: number }[] {
    const closed: { path: string; readAt: number }[] = [];
    for (const [path, readAt] of this.readAt) if (!this.isOpenPath(path)) closed.push({ path, readAt });
    return closed;
  }

  /** The uri of the disk copy of a file, if it was indexed. */
  diskUri(uri: string): string | undefined {
    return this.disk.get(pathKey(uri));
  }

  /**
   * An open document was closed. Its whole model is released; its summary stays until the
   * disk copy (returned, to be read again) replaces it, or goes when it has none.
   */
  closed(uri: string): string | undefined {
    this.parsed.delete(uri);
    this.caches.delete(uri);
    this.tooLarge.delete(uri);
    const copy = this.disk.get(pathKey(uri));
    if (copy === uri) this.workspace.release(uri);
    else this.remove(uri);
    return copy;
  }

  private forgetDiskCopy(uri: string): void {
    const copy = this.disk.get(pathKey(uri));
    if (copy && copy !== uri && this.workspace.summary(copy)) this.remove(copy);
  }

  private noteChange(uri: string): void {
    this.generation++;
    const summary = this.workspace.summary(uri);
    const facts = summary ? sharedFacts(summary) : '';
    if ((this.shared.get(uri) ?? '') !== facts) this.sharedChanged = true;
    this.shared.set(uri, facts);
  }

  private remove(uri: string): void {
    this.workspace.delete(uri);
    this.generation++;
    if (this.shared.get(uri)) this.sharedChanged = true;
    this.shared.delete(uri);
  }
}
