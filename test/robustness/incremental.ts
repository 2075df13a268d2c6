// Incremental equals full: a random edit session sent to the server through
// didChange ends with the same diagnostics, outline and references as a fresh
// document opened on the final text. Shared by incremental.test.ts and the fuzz run.
import * as assert from 'node:assert/strict';
import * as fc from 'fast-check';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Diagnostic, DocumentSymbol, Location, Position } from 'vscode-languageserver-protocol';
import type { TestClient } from '../protocol/client';
import { SEEDS } from './mutations';

/** One edit: where (as fractions of the text, so any draft fits) and what is typed. */
export interface Edit {
  at: number;
  length: number;
  text: string;
}

const TYPED = ['\n', '\n\n', '\r\n', ' ', '1', '2', '12', '3.', '(a) ', '(b)', 'paragraph 12 above', 'paragraphs 3–5 below', 'agenda item 2', ', entitled "Opening"',
  'I. ', 'A. ', 'Annex', 'CTOC/COP/WG.4/2020/1', 'Australia, ', '\u00a0', '\t', 'é', '\ud83d\ude00', '.'];

export const EDIT: fc.Arbitrary<Edit> = fc.record({
  at: fc.double({ min: 0, max: 1, noNaN: true }),
  length: fc.nat(30),
  text: fc.array(fc.oneof(fc.constantFrom(...TYPED), fc.string({ maxLength: 4 })), { maxLength: 4 }).map((parts) => parts.join('')),
});

/** A real draft, a session of edits (sent in batches of one or more changes), and where to ask for references. */
export const SESSION = fc.record({
  seed: fc.nat(SEEDS.length - 1),
  batches: fc.array(fc.array(EDIT, { minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 12 }),
  probes: fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 1, maxLength: 4 }),
});

export type Session = typeof SESSION extends fc.Arbitrary<infer T> ? T : never;

interface Snapshot {
  diagnostics: Diagnostic[];
  outline: DocumentSymbol[];
  references: Location[][];
}

async function snapshot(client: TestClient, uri: string, positions: Position[]): Promise<Snapshot> {
  const textDocument = { uri };
  // A first pull for a document answers at once (no wait for typing to pause).
  const report = await client.connection.sendRequest<{ items: Diagnostic[] }>('textDocument/diagnostic', { textDocument });
  const outline = await client.connection.sendRequest<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument });
  const references: Location[][] = [];
  for (const position of positions) {
    const found = await client.connection.sendRequest<Location[]>('textDocument/references', { textDocument, position, context: { includeDeclaration: true } });
    references.push(found.map((location) => ({ ...location, uri: location.uri === uri ? 'self' : location.uri })));
  }
  return { diagnostics: report.items, outline, references };
}

let sessions = 0;

/** Runs one session on a server started with pull diagnostics; asserts the edited and the fresh document agree. */
export async function assertIncrementalEqualsFull(client: TestClient, session: Session): Promise<void> {
  const n = sessions++;
  const edited = `file:///session/${n}-edited.unr`;
  const fresh = `file:///session/${n}-fresh.unr`;
  let local = TextDocument.create(edited, 'un-report', 1, SEEDS[session.seed]);
  await client.open(edited, local.getText());
  for (const [i, batch] of session.batches.entries()) {
    const changes = batch.map((edit) => {
      const text = local.getText();
      const start = Math.floor(edit.at * text.length);
      const range = { start: local.positionAt(start), end: local.positionAt(start + edit.length) };
      local = TextDocument.update(local, [{ range, text: edit.text }], local.version + 1);
      return { range, text: edit.text };
    });
    await client.change(edited, ...changes);
    // Ask in between now and then, so that intermediate versions are parsed too.
    if (i % 3 === 1) await client.connection.sendRequest('textDocument/documentSymbol', { textDocument: { uri: edited } });
  }
  const final = local.getText();
  const positions = session.probes.map((p) => local.positionAt(Math.floor(p * final.length)));
  const incremental = await snapshot(client, edited, positions);
  await client.close(edited);
  await client.open(fresh, final);
  const full = await snapshot(client, fresh, positions);
  await client.close(fresh);
  assert.deepEqual(incremental, full);
}
