// The drafts the server knows: open documents (kept in sync incrementally)
// and drafts read from the workspace folders. Each document is parsed once per
// version, lazily, into the core Workspace that all features share.
import { TextDocuments } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { fileURLToPath } from 'node:url';
import { MAX_DRAFT_BYTES, ParseCache, Workspace, type Draft, type FeatureDocument } from '../core';

/** What other drafts can learn from a draft: its symbol, the symbols it lists, its agenda. */
function sharedFacts(draft: Draft): string {
  const symbol = draft.masthead?.symbol?.parsed.key ?? '';
  const listed = draft.documentation.map((entry) => `${entry.symbol}=${entry.title}`).join('|');
  const agenda = draft.agenda?.items.map((item) => `${item.number}.${item.title}[${item.subItems.map((s) => s.title).join(';')}]`).join('|') ?? '';
  return symbol || listed || agenda ? `${symbol}\n${listed}\n${agenda}` : '';
}

/** A path to compare uris by, whatever their percent-encoding. */
function pathKey(uri: string): string {
  try {
    return uri.startsWith('file:') ? fileURLToPath(uri) : uri;
  } catch {
    return uri;
  }
}

export class DraftStore {
  readonly documents = new TextDocuments(TextDocument);
  readonly workspace = new Workspace();
  /** Version of each open document as parsed into the workspace. */
  private readonly parsed = new Map<string, number>();
  /** Drafts read from disk, by path: their uri and text (restored when an open document closes). */
  private readonly disk = new Map<string, { uri: string; text: string }>();
  private readonly shared = new Map<string, string>();
  private readonly tooLarge = new Set<string>();
  private sharedChanged = false;
  /** Per open document: the analysis of its unchanged blocks, reused when it is parsed again. */
  private readonly caches = new Map<string, ParseCache>();
  /** Bumped whenever any draft of the workspace changes: results that depend on other drafts are keyed by it. */
  generation = 0;

  /** The parsed open or on-disk draft at `uri`, every open document brought up to date first. */
  document(uri: string): FeatureDocument | undefined {
    this.sync();
    const draft = this.workspace.get(uri);
    return draft ? { uri, draft } : undefined;
  }

  isOpen(uri: string): boolean {
    return this.documents.get(uri) !== undefined;
  }

  isTooLarge(uri: string): boolean {
    return this.tooLarge.has(uri);
  }

  /** Parses every open document whose version changed since it was last parsed. */
  sync(): void {
    for (const document of this.documents.all()) {
      if (this.parsed.get(document.uri) === document.version) continue;
      this.parsed.set(document.uri, document.version);
      this.forgetDiskCopy(document.uri);
      this.put(document.uri, document.getText(), this.cacheOf(document.uri));
    }
  }

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

  /** A draft read from a workspace folder; ignored while the same file is open. */
  setDiskDraft(uri: string, text: string): void {
    const key = pathKey(uri);
    this.disk.set(key, { uri, text });
    if (this.documents.all().some((document) => pathKey(document.uri) === key)) return;
    this.put(uri, text);
  }

  /** An open document was closed: its disk copy, if any, takes its place. */
  closed(uri: string): void {
    this.parsed.delete(uri);
    this.caches.delete(uri);
    this.tooLarge.delete(uri);
    const copy = this.disk.get(pathKey(uri));
    if (copy) {
      if (copy.uri !== uri) this.remove(uri);
      this.put(copy.uri, copy.text);
    } else {
      this.remove(uri);
    }
  }

  private forgetDiskCopy(uri: string): void {
    const copy = this.disk.get(pathKey(uri));
    if (copy && copy.uri !== uri && this.workspace.get(copy.uri)) this.remove(copy.uri);
  }

  private put(uri: string, text: string, cache?: ParseCache): void {
    const large = text.length > MAX_DRAFT_BYTES;
    if (large) this.tooLarge.add(uri);
    else this.tooLarge.delete(uri);
    const draft = this.workspace.set(uri, large ? '' : text, cache);
    this.generation++;
    const facts = sharedFacts(draft);
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
