// Fuzz targets for untrusted configuration and catalogues: random rapporteur.json
// contents, `catalogue` paths (absolute, ../, links in and out, links to nowhere,
// FIFOs, devices, control characters, long names) and catalogue texts, given to
// the command line (in process, every file it opens recorded) and to the server.
// What must hold: nothing outside the workspace folder is opened or shown, only
// regular files are opened, nothing throws or hangs, hovers stay plain text.
import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
// The module object itself (not an import's copy of it), so that its functions can be watched.
import fs = require('node:fs');
import { mkdirSync, mkdtempSync, realpathSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import * as fc from 'fast-check';
import type { CodeAction, Hover } from 'vscode-languageserver-protocol';
import { run as runCli } from '../../server/src/cli/main';
import { isInside } from '../../server/src/files/confine';
import { loadMarkdown, render } from '../markdown';
import { TestClient } from '../protocol/client';

/** Written in the file outside the workspace: it must never show. */
const SECRET = 'S3CRET-outside-the-workspace';
const STACK = /\n\s+at |internal error/;
const DRAFT = ['A/AC.1/2020/1', 'Distr.: General', '1 May 2020', 'Original: English', '', 'Report', '', 'I. Introduction', '', '1. The committee considered A/75/250.', ''].join('\n');
/** The hover position on A/75/250 in DRAFT. */
const ON_SYMBOL = { line: 9, character: 32 };

/** What a workspace holds beside its draft: how each name is made. */
type Entry = 'text' | 'fifo' | 'link-out' | 'link-up' | 'link-in' | 'dangling' | 'dev-zero' | 'folder';

const NAMES = ['rapporteur-catalogue.csv', 'rapporteur-catalogue.json', 'documents.csv', 'documents.json', 'sub/inner.csv'];
const HOSTILE_PATHS = [
  '/etc/passwd', '/proc/self/environ', '/dev/zero', '/dev/stdin', '../secret.csv', 'sub/../../secret.csv', 'link-up/secret.csv', 'link-up/new.csv',
  '.', '..', '', 'sub', 'x\u0000y', '\u001b[2J.csv', 'a'.repeat(300), `${'d/'.repeat(1200)}x.csv`, 'C:\\Windows\\win.ini', 'file:///etc/passwd', '~/secret.csv', '%2e%2e/secret.csv',
];
const CATALOGUE_PIECES = ['symbol,title,date\n', 'A/75/250,', '"', '""', ',', '\n', '\r\n', ';', '[x](command:foo)', '\n\n# Heading\n- item\n', '<img src=x>', 'https://evil.example', '\u001b[31m', '\u202e', '[', ']', '{"symbol": "A/75/250", "title": ', '}', 'A/75/rev1', 'x'.repeat(200)];

export interface HostileWorkspace {
  entries: [string, Entry][];
  config: string | undefined;
  catalogueText: string;
  setting: unknown;
  linkBase: unknown;
}

const catalogueName = fc.oneof(fc.constantFrom(...NAMES, ...HOSTILE_PATHS), fc.string({ maxLength: 30 }), fc.constantFrom(42, null, ['a.csv'], { path: 'a.csv' }));
const configText = fc.oneof(
  catalogueName.map((catalogue) => JSON.stringify({ catalogue, rules: { 'symbol-unresolved': 'warning' } })),
  fc.tuple(catalogueName, fc.jsonValue({ maxDepth: 2 })).map(([catalogue, rules]) => `// a comment\n{ "catalogue": ${JSON.stringify(catalogue) ?? 'null'}, "rules": ${JSON.stringify(rules) ?? 'null'}, }`),
  fc.string({ maxLength: 60 }),
);

export const HOSTILE_WORKSPACE: fc.Arbitrary<HostileWorkspace> = fc.record({
  entries: fc.uniqueArray(fc.tuple(fc.constantFrom(...NAMES, 'rapporteur.json'), fc.constantFrom<Entry>('text', 'fifo', 'link-out', 'link-up', 'link-in', 'dangling', 'dev-zero', 'folder')), { selector: ([name]) => name, maxLength: 4 }),
  config: fc.option(configText, { nil: undefined }),
  catalogueText: fc.array(fc.constantFrom(...CATALOGUE_PIECES), { maxLength: 20 }).map((parts) => parts.join('')),
  setting: fc.oneof(fc.constant(''), catalogueName),
  linkBase: fc.oneof(fc.constantFrom('https://undocs.org/en/', 'https://x/)[x](command:foo)', 'https://u:p@x/', 'http://x/', 'https://x/a b', 'javascript:alert(1)'), fc.string({ maxLength: 30 }).map((s) => `https://${s}`)),
});

/** Where a run's workspace lives: `top` holds the secret, `top/ws-N` the workspace. */
let top = '';
let runs = 0;


function makeTop(): void {
  top = realpathSync(mkdtempSync(join(tmpdir(), 'rapporteur-fuzz-config-')));
  writeFileSync(join(top, 'secret.csv'), `symbol,title\nA/75/250,${SECRET}\n${SECRET}\n`);
}

/** Lays out a run's workspace in `folder` (made when missing). */
function layOut(folder: string, input: HostileWorkspace): void {
  mkdirSync(join(folder, 'sub'), { recursive: true });
  writeFileSync(join(folder, 'report.unr'), DRAFT);
  writeFileSync(join(folder, 'inside.csv'), input.catalogueText);
  for (const [name, entry] of input.entries) {
    const path = join(folder, name);
    if (entry === 'text') writeFileSync(path, name === 'rapporteur.json' ? (input.config ?? '{}') : input.catalogueText);
    else if (entry === 'fifo') execFileSync('mkfifo', [path]);
    else if (entry === 'link-out') symlinkSync(join(top, 'secret.csv'), path);
    else if (entry === 'link-up') symlinkSync(top, path);
    else if (entry === 'link-in') symlinkSync(join(folder, 'inside.csv'), path);
    else if (entry === 'dangling') symlinkSync(join(top, 'nowhere.csv'), path);
    else if (entry === 'dev-zero') symlinkSync('/dev/zero', path);
    else mkdirSync(path);
  }
  if (input.config !== undefined && !input.entries.some(([name]) => name === 'rapporteur.json')) writeFileSync(join(folder, 'rapporteur.json'), input.config);
  symlinkSync(top, join(folder, 'link-up'));
}

/** Every file the command line opens, with what it was when opened. */
const opened: { path: string; regular: boolean }[] = [];
const realOpenSync = fs.openSync;
const realReadFileSync = fs.readFileSync;

function record(path: unknown): void {
  if (typeof path !== 'string' || !fs.existsSync(path)) return;
  const regular = fs.statSync(path).isFile();
  opened.push({ path, regular });
  // Refuse here what would hang the fuzz run for good.
  if (!regular && fs.existsSync(path)) throw Object.assign(new Error(`opened a file that is not a regular file: ${path}`), { code: 'EFUZZ' });
}

export async function watchOpens(): Promise<void> {
  makeTop();
  const patched = fs as unknown as Record<string, unknown>;
  patched.openSync = (path: fs.PathLike, ...rest: unknown[]) => (record(path), (realOpenSync as (...a: unknown[]) => number)(path, ...rest));
  patched.readFileSync = (path: fs.PathOrFileDescriptor, ...rest: unknown[]) => (record(path), (realReadFileSync as (...a: unknown[]) => unknown)(path, ...rest));
}

export async function unwatchOpens(): Promise<void> {
  const patched = fs as unknown as Record<string, unknown>;
  patched.openSync = realOpenSync;
  patched.readFileSync = realReadFileSync;
  rmSync(top, { recursive: true, force: true });
}

/** `rapporteur check` in process on a hostile workspace. */
export function checkCliConfiguration(input: HostileWorkspace): void {
  const folder = join(top, `ws-${runs++}`);
  layOut(folder, input);
  opened.length = 0;
  const out: string[] = [];
  try {
    const status = runCli(['check', folder], { out: (line) => out.push(line), err: (line) => out.push(line), cwd: top }) as number; // check is synchronous
    const text = out.join('\n');
    assert.ok([0, 1, 2].includes(status), `exit status ${status}: ${text}`);
    assert.doesNotMatch(text, STACK);
    assert.ok(!text.includes(SECRET), `the secret shows: ${text}`);
    assert.ok(!text.includes('PATH='), `the environment shows: ${text}`);
    assert.doesNotMatch(text, /[\u0000-\u0009\u000b-\u001f\u007f\u202e]/, 'a control character in the output');
    for (const { path, regular } of opened) {
      assert.ok(regular, `opened ${path}, not a regular file`);
      const real = realpathSync(path);
      assert.ok(isInside(folder, real) || basename(real) === 'rapporteur.json', `opened ${real}, outside ${folder}`);
    }
    assert.match(text, /Checked 1 draft/);
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

let client: TestClient | undefined;
let serverFolder = '';

export async function startConfigServer(): Promise<void> {
  makeTop();
  await loadMarkdown();
  serverFolder = join(top, 'server-ws');
  mkdirSync(serverFolder);
  writeFileSync(join(serverFolder, 'report.unr'), DRAFT);
  client = await TestClient.start({ workspaceFolders: [pathToFileURL(serverFolder).href], configuration: {}, capabilities: { workspace: { didChangeWatchedFiles: { dynamicRegistration: true } } } });
  await client.waitFor('window/logMessage', (p: { message: string }) => p.message.startsWith('Indexed 1 draft(s)'));
  await client.open(pathToFileURL(join(serverFolder, 'report.unr')).href, DRAFT);
}

export async function stopConfigServer(): Promise<void> {
  const server = client;
  client = undefined;
  try {
    if (server) {
      assert.doesNotMatch(server.stderr, STACK, 'a stack trace on the server’s stderr');
      assert.equal(await server.stop(), 0, 'the server exits cleanly');
    }
  } finally {
    rmSync(top, { recursive: true, force: true });
  }
}

/** Replaces the server's workspace content with a hostile one, tells the server, and checks what it shows. */
export async function checkServerConfiguration(input: HostileWorkspace): Promise<void> {
  const server = client as TestClient;
  for (const name of fs.readdirSync(serverFolder)) rmSync(join(serverFolder, name), { recursive: true, force: true });
  layOut(serverFolder, input);
  const from = server.received.length;
  server.configuration = { catalogue: input.setting, documentLinkBase: input.linkBase };
  const pulled = server.waitForNext('workspace/configuration');
  await server.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
  await pulled;
  const updated = server.waitForNext('window/logMessage', (p: { message: string }) => p.message.startsWith('Index updated'));
  const changes = ['rapporteur.json', ...NAMES].map((name) => ({ uri: pathToFileURL(join(serverFolder, name)).href, type: 2 }));
  await server.connection.sendNotification('workspace/didChangeWatchedFiles', { changes });
  await updated;
  const textDocument = { uri: pathToFileURL(join(serverFolder, 'report.unr')).href };
  const hover = await server.connection.sendRequest<Hover | null>('textDocument/hover', { textDocument, position: ON_SYMBOL });
  const { tags, links } = render((hover?.contents as { value: string } | undefined)?.value ?? '');
  assert.ok(links.length <= 1 && links.every((link) => link.startsWith('https://')), `links ${links.join(' ')}`);
  assert.ok(tags.every((tag) => ['p', 'strong', 'em', 'code', 'a'].includes(tag)), `tags ${tags.join(' ')}`);
  const diagnostics = await server.connection.sendRequest<{ items: { code?: unknown; range: unknown }[] }>('textDocument/diagnostic', { textDocument }).catch(() => ({ items: [] }));
  const unresolved = diagnostics.items.filter((d) => d.code === 'symbol-unresolved');
  const actions = await server.connection.sendRequest<CodeAction[]>('textDocument/codeAction', { textDocument, range: unresolved[0]?.range ?? { start: ON_SYMBOL, end: ON_SYMBOL }, context: { diagnostics: unresolved } });
  for (const action of actions) {
    for (const change of action.edit?.documentChanges ?? []) {
      const uri = 'uri' in change ? change.uri : 'textDocument' in change ? change.textDocument.uri : '';
      assert.ok(isInside(serverFolder, fileURLToPath(uri)), `an edit of ${uri}, outside the workspace`);
    }
  }
  const shown = JSON.stringify(server.received.slice(from)) + JSON.stringify(hover);
  assert.ok(!shown.includes(SECRET), 'the secret shows');
}
