// The fuzz targets of `npm run fuzz`: name → what to generate and what must hold.
// To add a target, add an entry: an arbitrary, a check that throws on failure,
// a default number of runs, and optional before/after hooks (see fuzz.ts).
import * as assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import * as fc from 'fast-check';
import { run as runCli } from '../../server/src/cli/main';
import { fixAll, hasTag, type RuleCode } from '../../server/src/core';
import { renderDraft } from '../../server/src/document/render';
import { importPastedText } from '../../server/src/import/text';
import { TestClient } from '../protocol/client';
import { checkCutDraft, checkRealDraftWithFurniture, cutDraft, realDraftWithFurniture } from '../robustness/furnitureCuts';
import { checkCliConfiguration, checkServerConfiguration, HOSTILE_WORKSPACE, startConfigServer, stopConfigServer, unwatchOpens, watchOpens } from './configuration';
import { assertIncrementalEqualsFull, SESSION } from '../robustness/incremental';
import { mutatedDraft, ODD, PIECES, ROOT } from '../robustness/mutations';
import { assertTotal } from '../robustness/total';
import { parseWork } from '../robustness/work';

export interface FuzzTarget<T = never> {
  what: string;
  runs: number;
  arbitrary: fc.Arbitrary<T>;
  check(value: T): void | Promise<void>;
  before?(): Promise<void>;
  after?(): Promise<void>;
}

/** Keeps each entry's own type checked while the table holds them all. */
function target<T>(entry: FuzzTarget<T>): FuzzTarget {
  return entry as unknown as FuzzTarget;
}

const STACK = /\n\s+at |internal error/;
let client: TestClient | undefined;
let folder = '';

async function startServer(pull: boolean): Promise<void> {
  client = await TestClient.start({ pull });
}

async function stopServer(): Promise<void> {
  if (!client) return;
  const server = client;
  client = undefined;
  assert.doesNotMatch(server.stderr, STACK, 'a stack trace on the server’s stderr');
  assert.equal(await server.stop(), 0, 'the server exits cleanly');
}

/** The command line, in process, on one draft: an exit status of the README, output without a stack trace. */
function checkCliInProcess(text: string): void {
  const file = join(folder, 'draft.unr');
  writeFileSync(file, text);
  const out: string[] = [];
  const status = runCli(['check', '--format', 'json', file], { out: (line) => out.push(line), err: (line) => out.push(line), cwd: folder }) as number; // check is synchronous
  assert.ok([0, 1, 2].includes(status), `exit status ${status}`);
  assert.doesNotMatch(out.join('\n'), STACK);
  assert.ok(Array.isArray(JSON.parse(out[out.length - 1])), 'JSON output');
}

/** The real dist/cli.js on a folder of drafts. */
function checkCliProcess(texts: string[]): void {
  const batch = mkdtempSync(join(folder, 'batch-'));
  texts.forEach((text, i) => writeFileSync(join(batch, `draft-${i}.unr`), text));
  const result = spawnSync(process.execPath, [join(ROOT, 'dist/cli.js'), 'check', batch], { encoding: 'utf8', timeout: 60_000 });
  rmSync(batch, { recursive: true, force: true });
  // Exit 2 when a draft is not text (a NUL early on makes it binary): it gets its diagnostic, the rest are checked.
  assert.ok([0, 1, 2].includes(result.status ?? -1), `exit status ${result.status}: ${result.stderr}`);
  assert.doesNotMatch(result.stdout + result.stderr, STACK);
  const unreadable = result.stdout.match(/ file-unreadable /g)?.length ?? 0;
  assert.match(result.stdout, new RegExp(`^Checked ${texts.length - unreadable} drafts?`, 'm'));
}

/** Opens a draft in the server, asks for every feature at `positions`, closes it; every request answers. */
async function checkServerFeatures({ text, positions }: { text: string; positions: { line: number; character: number }[] }): Promise<void> {
  const server = client as TestClient;
  const uri = 'file:///fuzz/draft.unr';
  await server.open(uri, text);
  const textDocument = { uri };
  const requests: Promise<unknown>[] = [server.connection.sendRequest('textDocument/documentSymbol', { textDocument }), server.connection.sendRequest('textDocument/foldingRange', { textDocument }), server.connection.sendRequest('textDocument/documentLink', { textDocument }), server.connection.sendRequest('textDocument/diagnostic', { textDocument })];
  for (const position of positions) {
    for (const method of ['textDocument/hover', 'textDocument/definition', 'textDocument/completion']) requests.push(server.connection.sendRequest(method, { textDocument, position }));
    requests.push(server.connection.sendRequest('textDocument/references', { textDocument, position, context: { includeDeclaration: true } }));
  }
  await Promise.all(requests);
  await server.close(uri);
}

const LEADING_LABEL = /^(\s*)(?:\(?(?:[0-9]{1,4}|[a-z]{1,4})\)[ \t]*|(?:[IVXLC]+\.|[A-Z]\.)[ \t]+|[0-9]+\.[ \t]*)/;

/** A draft with its numbers and line-leading markers taken out: what numbering fixes must keep. */
function skeleton(text: string): string[] {
  return text.split(/\r\n|\r|\n/).map((line) => line.replace(LEADING_LABEL, '$1').replace(/[0-9]/g, ''));
}

/** The numbering fixes keep every other character, and a second run changes nothing. */
function checkNumberingFixes(text: string): void {
  const enabled = (code: RuleCode) => hasTag(code, 'numbering');
  const once = fixAll(text, { enabled });
  assert.deepEqual(skeleton(once.text), skeleton(text), 'only numbers and markers change');
  assert.equal(fixAll(once.text, { enabled }).changed, false, 'fixing twice changes nothing the second time');
}

/**
 * A mutated draft imported as pasted text: no throw, and a draft every span of which is valid.
 * (Importing a real draft again changes nothing, test/robustness/import.test.ts; garbled text
 * need not be read the same twice.)
 */
function checkImport(text: string): void {
  assertTotal(renderDraft(importPastedText(text)));
}

const tempFolder = async () => void (folder = mkdtempSync(join(tmpdir(), 'rapporteur-fuzz-')));
const removeFolder = async () => rmSync(folder, { recursive: true, force: true });
const POSITION = fc.record({ line: fc.integer({ min: -2, max: 200 }), character: fc.integer({ min: -2, max: 2000 }) });

export const TARGETS: Record<string, FuzzTarget> = {
  parse: target({ what: 'parse and check mutated real drafts: no throw, every span on a valid position', runs: 5_000, arbitrary: mutatedDraft({ maxLongLine: 20_000, maxMutations: 20 }), check: (d) => assertTotal(d.text) }),
  'long-lines': target({ what: 'mutated drafts with lines up to 1 MB', runs: 100, arbitrary: mutatedDraft({ maxLongLine: 1_000_000, maxMutations: 3 }), check: (d) => assertTotal(d.text) }),
  linear: target({
    what: 'work on 4× the input is at most 6× (counted in operations)',
    runs: 300,
    arbitrary: fc.tuple(fc.array(fc.constantFrom(...PIECES, ...ODD), { minLength: 1, maxLength: 12 }).map((parts) => parts.join('')), fc.constantFrom('', '\n', '\n\n')),
    check: ([unit, separator]) => {
      const make = (k: number) => `1. ${Array.from({ length: Math.ceil(k / unit.length) }, () => unit).join(separator)}`;
      const small = parseWork(make(5_000));
      const large = parseWork(make(20_000));
      assert.ok(large <= 6 * small + 1000, `work ${small} → ${large}`);
    },
  }),
  import: target({ what: 'mutated drafts imported as pasted text: no throw, a total draft', runs: 2_000, arbitrary: mutatedDraft({ maxLongLine: 20_000 }), check: (d) => checkImport(d.text) }),
  fix: target({ what: 'numbering fixes on mutated drafts: only numbers and markers change; idempotent', runs: 2_000, arbitrary: mutatedDraft({ maxLongLine: 20_000 }), check: (d) => checkNumberingFixes(d.text) }),
  'fix-furniture': target({
    what: 'fixes on drafts with page furniture inside paragraphs: joined without a number, nothing but furniture lost; idempotent',
    runs: 2_000,
    arbitrary: fc.oneof(cutDraft.map((cut) => ({ cut })), realDraftWithFurniture.map((real) => ({ real }))),
    check: (value: { cut?: Parameters<typeof checkCutDraft>[0]; real?: Parameters<typeof checkRealDraftWithFurniture>[0] }) => (value.cut ? checkCutDraft(value.cut) : value.real && checkRealDraftWithFurniture(value.real)),
  }),
  cli: target({ what: 'rapporteur check (in process) on mutated drafts', runs: 2_000, arbitrary: mutatedDraft({ maxLongLine: 20_000 }), check: (d) => checkCliInProcess(d.text), before: tempFolder, after: removeFolder }),
  'cli-process': target({
    what: 'node dist/cli.js check on folders of 20 mutated drafts',
    runs: 50,
    arbitrary: fc.array(mutatedDraft({ maxLongLine: 100_000 }), { minLength: 20, maxLength: 20 }),
    check: (drafts) => checkCliProcess(drafts.map((d) => d.text)),
    before: tempFolder,
    after: removeFolder,
  }),
  'server-features': target({
    what: 'the server on mutated drafts, every feature at random positions',
    runs: 1_000,
    arbitrary: fc.record({ text: mutatedDraft({ maxLongLine: 20_000 }).map((d) => d.text), positions: fc.array(POSITION, { maxLength: 6 }) }),
    check: checkServerFeatures,
    before: () => startServer(true),
    after: stopServer,
  }),
  'cli-configuration': target({
    what: 'rapporteur check (in process) on hostile rapporteur.json and catalogue paths: nothing outside opened or shown, only regular files opened',
    runs: 1_000,
    arbitrary: HOSTILE_WORKSPACE,
    check: checkCliConfiguration,
    before: watchOpens,
    after: unwatchOpens,
  }),
  'server-configuration': target({
    what: 'the server on hostile rapporteur.json, settings and catalogue paths: never hangs, shows nothing outside, hovers stay plain text',
    runs: 200,
    arbitrary: HOSTILE_WORKSPACE,
    check: checkServerConfiguration,
    before: startConfigServer,
    after: stopConfigServer,
  }),
  'server-session': target({ what: 'random edit sessions equal a fresh open of the final text', runs: 500, arbitrary: SESSION, check: (s) => assertIncrementalEqualsFull(client as TestClient, s), before: () => startServer(true), after: stopServer }),
};
