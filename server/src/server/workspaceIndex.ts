// The workspace index, kept current: every `.unr` draft under the workspace
// folders is read at start-up (with work-done progress, "Indexing 1,240
// drafts…"), then kept current through file watching (closed drafts,
// catalogues, rapporteur.json) and workspace-folder changes; open drafts are
// kept current by their edits (documents.ts). All index work runs in one queue,
// so events apply in order; requests wait for the queue (bounded) so that they
// answer from an index that includes every change already notified.
import { statSync } from 'node:fs';
import { basename, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  DidChangeWatchedFilesNotification,
  FileChangeType,
  MessageType,
  ShowMessageNotification,
  type Connection,
  type FileEvent,
  type WorkspaceFoldersChangeEvent,
} from 'vscode-languageserver';
import { CATALOGUE_FILES, type CatalogueFile } from '../core';
import { escapeControls } from '../core/excerpt';
import { confine } from '../files/confine';
import type { Diagnostics } from './diagnostics';
import { pathKey, type DraftStore } from './documents';
import { describeError, guard, type Log } from './safeHandler';
import type { Settings } from './settings';
import { summarizeAll } from './summaryPool';
import { catalogueLocation, changedSince, filePath, findDraftPaths, isDraftPath, MAX_FILES, readCatalogue, readSummaries } from './workspaceFiles';

/** How long a request waits for index work in progress before answering from what is indexed. */
export const SETTLE_LIMIT_MS = 5000;
/** How often, at most, progress is reported. */
const PROGRESS_EVERY_MS = 200;

export interface IndexCapabilities {
  /** The client can register file watchers dynamically. */
  watchFiles: boolean;
  /** The client sends workspace-folder changes. */
  folderEvents: boolean;
}

/**
 * Checked again whenever the "add to catalogue" edit is offered: a link or a FIFO put in the
 * catalogue's place since it was read must not take the client's write out of the folder, or hang it.
 */
function stillInside(folder: string, catalogue: string): boolean {
  const root = filePath(folder);
  const path = filePath(catalogue);
  if (!root || !path) return false;
  const found = confine(root, path, 'the workspace folder');
  if (!found.ok || pathToFileURL(found.path).href !== catalogue) return false;
  try {
    return !found.exists || statSync(found.real).isFile();
  } catch {
    return false;
  }
}

const count = (n: number) => n.toLocaleString('en-US');

export class WorkspaceIndex {
  private folders: string[] = [];
  private queue: Promise<void> = Promise.resolve();
  /** Each folder's catalogue location (existing or where the quick fix creates it). */
  private readonly catalogueOf = new Map<string, string>();
  private readonly catalogueTexts = new Map<string, string>();
  private readonly shown = new Set<string>();
  /** The client tells the server of changes on disk (file watching). */
  private watching = false;

  constructor(
    private readonly connection: Connection,
    private readonly store: DraftStore,
    private readonly diagnostics: Diagnostics,
    private readonly settings: Settings,
    private readonly log: Log,
  ) {
    store.settled = () => this.settled();
    store.rereadChanged = () => this.rereadChanged();
  }

  /** Starts indexing `folders` (uris) and listening for changes. */
  start(folders: string[], capabilities: IndexCapabilities): void {
    const { connection, log } = this;
    this.folders = [...folders];
    connection.onDidChangeWatchedFiles(guard(log, 'didChangeWatchedFiles', (params) => this.filesChanged(params?.changes ?? [])));
    if (capabilities.folderEvents) connection.workspace.onDidChangeWorkspaceFolders(guard(log, 'didChangeWorkspaceFolders', (event) => this.foldersChanged(event)));
    this.store.documents.onDidClose(guard(log, 'didClose (index)', ({ document }) => this.closed(document.uri)));
    this.watching = capabilities.watchFiles;
    if (capabilities.watchFiles) this.watch();
    this.enqueue(async () => {
      await this.loadCatalogues();
      await this.index(this.folders, true);
    });
  }

  /** Resolves when the index work queued so far is done, or after SETTLE_LIMIT_MS. */
  settled(): Promise<void> {
    let timer: NodeJS.Timeout | undefined;
    const limit = new Promise<void>((resolve) => (timer = setTimeout(resolve, SETTLE_LIMIT_MS)));
    return Promise.race([this.queue, limit]).finally(() => clearTimeout(timer));
  }

  /** The catalogue file that drafts at `uri` use (created by the quick fix when absent). */
  catalogueFor(uri: string): CatalogueFile | undefined {
    const folder = this.folderOf(uri) ?? this.folders[0];
    const catalogue = folder ? this.catalogueOf.get(folder) : undefined;
    if (!folder || !catalogue || !stillInside(folder, catalogue)) return undefined;
    const text = this.catalogueTexts.get(catalogue);
    return text === undefined ? { uri: catalogue } : { uri: catalogue, text };
  }

  /** The `rapporteur.catalogue` setting changed: read the catalogues again. */
  reloadCatalogues(): void {
    this.enqueue(async () => {
      await this.loadCatalogues();
      this.refresh(true);
    });
  }

  private enqueue(job: () => Promise<void>): void {
    this.queue = this.queue.then(job).catch((error: unknown) => this.log.error(`Indexing failed: ${describeError(error)}`));
  }

  private watch(): void {
    const setting = this.settings.current.catalogue;
    const watchers = ['**/*.unr', '**/rapporteur.json', ...CATALOGUE_FILES.map((name) => `**/${name}`), ...(setting ? [`**/${basename(setting)}`] : [])];
    this.connection.client
      .register(DidChangeWatchedFilesNotification.type, { watchers: [...new Set(watchers)].map((globPattern) => ({ globPattern })) })
      .catch((error: unknown) => this.log.error(`Could not register file watching: ${describeError(error)}`));
  }

  /** Reads every draft under `folders` into the index, with progress when the client shows it. */
  private async index(folders: string[], startUp: boolean): Promise<void> {
    const started = Date.now();
    const paths = await findDraftPaths(folders.map(filePath).filter((path): path is string => path !== undefined));
    if (paths.length >= MAX_FILES) this.log.error(`More than ${count(MAX_FILES)} drafts in the workspace folders: the rest are not indexed.`);
    const progress = await this.progress(paths.length);
    let reported = 0;
    await summarizeAll(paths, (summary, path, done) => {
      if (summary) this.store.setDiskSummary(summary, started);
      else this.store.removeDisk(pathToFileURL(path).href);
      if (Date.now() - reported >= PROGRESS_EVERY_MS || done === paths.length) {
        reported = Date.now();
        progress?.report(Math.floor((done / Math.max(1, paths.length)) * 100), `Indexing ${count(paths.length)} drafts… ${count(done)}`);
      }
    });
    progress?.done();
    const what = startUp ? 'the workspace folders' : 'the added folders';
    this.log.info(`Indexed ${count(this.store.workspace.size)} draft(s) from ${what} in ${Date.now() - started} ms.`);
    this.refresh(paths.length > 0);
  }

  private async progress(total: number): Promise<{ report(percentage: number, message: string): void; done(): void } | undefined> {
    if (total === 0) return undefined;
    try {
      const reporter = await this.connection.window.createWorkDoneProgress();
      reporter.begin('Rapporteur', 0, `Indexing ${count(total)} drafts…`, false);
      return reporter;
    } catch {
      return undefined;
    }
  }

  /** Drafts and catalogues created, changed or deleted on disk. */
  private filesChanged(changes: FileEvent[]): void {
    this.enqueue(async () => {
      let catalogues = false;
      const reads: string[] = [];
      for (const change of changes) {
        const path = filePath(change.uri);
        if (!path) continue;
        if (this.isCatalogueFile(path)) catalogues = true;
        else if (!this.folderOf(change.uri)) continue;
        else if (isDraftPath(path)) {
          if (change.type === FileChangeType.Deleted) this.store.removeDisk(change.uri);
          else reads.push(path);
        } else if (change.type === FileChangeType.Deleted) this.store.removeUnder(change.uri);
      }
      await this.reread(reads);
      if (catalogues) await this.loadCatalogues();
      this.log.info(`Index updated: ${changes.length} file change(s).`);
      this.refresh(catalogues);
    });
  }

  private foldersChanged(event: WorkspaceFoldersChangeEvent): void {
    const added = event.added.map((folder) => folder.uri);
    const removed = new Set(event.removed.map((folder) => folder.uri));
    this.folders = [...this.folders.filter((uri) => !removed.has(uri)), ...added];
    this.enqueue(async () => {
      for (const uri of removed) this.store.removeUnder(uri);
      await this.loadCatalogues();
      await this.index(added, false);
      this.refresh(true);
    });
  }

  /** An open draft was closed: its text on disk takes its place in the index. */
  private closed(uri: string): void {
    const path = filePath(uri);
    if (!path || !isDraftPath(path) || (!this.store.diskUri(uri) && !this.folderOf(uri))) return;
    this.enqueue(async () => {
      const readAt = Date.now();
      // Removed under the uri the client closed, which may be spelt otherwise than Node spells the path.
      await readSummaries([path], (summary) => (summary ? this.store.setDiskSummary(summary, readAt) : this.store.removeDisk(uri)));
      this.refresh(false);
    });
  }

  /** Reads drafts (paths) into the index again; those that cannot be read leave it. */
  private async reread(paths: string[]): Promise<void> {
    const readAt = Date.now();
    await readSummaries(paths, (summary, path) => (summary ? this.store.setDiskSummary(summary, readAt) : this.store.removeDisk(pathToFileURL(path).href)));
  }

  /**
   * Without file watching nothing tells the server of changes on disk, and a rename would edit a
   * closed draft at the ranges of a stale summary (on the wrong characters). So before a rename,
   * the closed drafts changed since they were read are read again. False when that work did not
   * finish within the settle limit.
   */
  private async rereadChanged(): Promise<boolean> {
    if (this.watching) return true;
    let done = false;
    this.enqueue(async () => {
      await this.reread(await changedSince(this.store.closedDiskDrafts()));
      this.refresh(false);
      done = true;
    });
    await this.settled();
    return done;
  }

  /** Finds and reads each folder's catalogue; catalogues no longer found are dropped. */
  private async loadCatalogues(): Promise<void> {
    const found = new Set<string>();
    this.catalogueOf.clear();
    for (const folder of this.folders) {
      const path = filePath(folder);
      if (!path) continue;
      const location = await catalogueLocation(path, this.settings.current.catalogue);
      if ('refused' in location) {
        this.warn(`Rapporteur: ${escapeControls(location.refused)}.`);
        continue;
      }
      const uri = pathToFileURL(location.path).href;
      this.catalogueOf.set(folder, uri);
      if (location.exists && !found.has(uri)) await this.loadCatalogue(uri, location, found);
    }
    for (const uri of this.store.workspace.catalogueUris()) if (!found.has(uri)) this.store.workspace.deleteCatalogue(uri);
    for (const uri of [...this.catalogueTexts.keys()]) if (!found.has(uri)) this.catalogueTexts.delete(uri);
    this.store.catalogueChanged();
  }

  private async loadCatalogue(uri: string, location: { path: string; real: string }, found: Set<string>): Promise<void> {
    const name = escapeControls(basename(location.path));
    const read = await readCatalogue(location.real);
    if ('error' in read) {
      this.warn(`Rapporteur: the document catalogue ${name}: ${read.error}.`);
      return;
    }
    found.add(uri);
    this.catalogueTexts.set(uri, read.text);
    this.store.workspace.setCatalogue(uri, read.catalogue.entries);
    const problems = read.catalogue.problems;
    if (problems.length === 0) return;
    const listed = problems.slice(0, 3).map((p) => `line ${p.line}: ${p.message}`).join('; ');
    const more = problems.length > 3 ? ` (and ${problems.length - 3} more)` : '';
    this.warn(`Rapporteur: the document catalogue ${name} has problems: ${listed}${more}.`);
  }

  private isCatalogueFile(path: string): boolean {
    const name = basename(path);
    if (name === 'rapporteur.json' || CATALOGUE_FILES.includes(name)) return true;
    const uri = pathToFileURL(path).href;
    return [...this.catalogueOf.values()].includes(uri);
  }

  /** The workspace folder (uri) a file lies in. */
  private folderOf(uri: string): string | undefined {
    const path = pathKey(uri);
    let best: string | undefined;
    for (const folder of this.folders) {
      const root = pathKey(folder).replace(/[\\/]+$/, '');
      if ((path.startsWith(root + sep) || path.startsWith(`${root}/`)) && (!best || root.length > pathKey(best).length)) best = folder;
    }
    return best;
  }

  /** Open drafts are checked again when what they may know of the others changed. */
  private refresh(force: boolean): void {
    if (this.store.takeSharedChange() || force) this.diagnostics.refreshAll();
  }

  private warn(message: string): void {
    this.log.error(message);
    if (this.shown.has(message)) return;
    if (this.shown.size >= 100) this.shown.clear(); // bounded, however many catalogue settings a client tries
    this.shown.add(message);
    this.connection.sendNotification(ShowMessageNotification.type, { type: MessageType.Warning, message }).catch(() => undefined);
  }
}
