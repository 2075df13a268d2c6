// Quick fixes, fix-all and the two editing commands over the protocol. The
// test client answers the server's workspace/applyEdit and records it.
import * as assert from 'node:assert/strict';
import type { ApplyWorkspaceEditParams, CodeAction, Diagnostic, TextDocumentEdit, TextEdit } from 'vscode-languageserver-protocol';
import { LineMap } from '../../server/src/core';
import { splitLines } from '../../server/src/core/text';
import { TestClient } from './client';

const URI = 'file:///drafts/fixes.unr';
const MASTHEAD = ['CTOC/COP/WG.4/2020/4', 'Distr.: General', '28 September 2020', 'Original: English', '', 'Report of the meeting', ''];
const DRAFT = [
  ...MASTHEAD,
  'I. Organization of the meeting', '',
  '1. The Working Group adopted the following agenda:',
  '    1. Opening of the meeting.',
  '    2. Best practices in joint investigations.',
  '    4. Other matters.', '',
  'The Chair opened the meeting (see paragraph 3 below and document A/75/1/rev.1).', '',
  '3. Under agenda item 2, entitled "Best practice in joint investigations", and agenda item 4, speakers recalled paragraph 1 below.', '',
  '2/7 V.20-05476', '',
  'III. Attendance', '',
  '4. The following States were represented: Albania, Austria, Austria and Bahamas:',
  '    (a) First;',
  '    (c) Second.',
  '',
].join('\n');

function applyLsp(text: string, edits: TextEdit[]): string {
  const map = new LineMap(splitLines(text));
  const spans = edits.map((e) => ({ start: map.offset(e.range.start), end: map.offset(e.range.end), newText: e.newText })).sort((a, b) => b.start - a.start);
  let out = text;
  for (const s of spans) out = out.slice(0, s.start) + s.newText + out.slice(s.end);
  return out;
}

const bodyOf = (text: string) => text.split('\n').slice(MASTHEAD.length);

describe('protocol: quick fixes, fix-all and commands', () => {
  let client: TestClient;
  let diagnostics: Diagnostic[];
  const request = <R>(method: string, params: object): Promise<R> => client.connection.sendRequest(method, params);
  const actionsFor = (diagnostic: Diagnostic) => request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri: URI }, range: diagnostic.range, context: { diagnostics: [diagnostic], only: ['quickfix'] } });
  const byCode = (code: string) => diagnostics.filter((d) => d.code === code);

  before(async () => {
    client = await TestClient.start();
    await client.open(URI, DRAFT);
    diagnostics = (await client.diagnostics(URI, 1)).diagnostics;
  });

  after(() => client?.kill());

  it('announces code actions and the two commands', () => {
    const capabilities = client.initializeResult.capabilities;
    assert.deepEqual(capabilities.codeActionProvider, { codeActionKinds: ['quickfix', 'source.fixAll.rapporteur'], resolveProvider: false });
    assert.deepEqual(capabilities.executeCommandProvider?.commands, ['rapporteur.renumberParagraphs', 'rapporteur.insertParagraphAfter']);
  });

  it('offers one quick fix per fixable diagnostic, each with its diagnostic and its edit', async () => {
    const expected: Record<string, { title: string; line: number; text: string }> = {
      'paragraph-unnumbered': { title: 'Number this paragraph 2 and renumber the paragraphs after it', line: 7, text: '2. The Chair opened the meeting (see paragraph 3 below and document A/75/1/rev.1).' },
      'symbol-malformed': { title: 'Write "A/75/1/Rev.1"', line: 7, text: 'The Chair opened the meeting (see paragraph 3 below and document A/75/1/Rev.1).' },
      'agenda-title-mismatch': { title: "Use the agenda's title", line: 9, text: '3. Under agenda item 2, entitled "Best practices in joint investigations", and agenda item 4, speakers recalled paragraph 1 below.' },
      'paragraph-ref-direction': { title: 'Write "above"', line: 9, text: '3. Under agenda item 2, entitled "Best practice in joint investigations", and agenda item 4, speakers recalled paragraph 1 above.' },
      'list-duplicate-entry': { title: 'Remove the repeated "Austria"', line: 15, text: '4. The following States were represented: Albania, Austria and Bahamas:' },
      'heading-sequence': { title: 'Renumber the headings', line: 13, text: 'II. Attendance' },
      'page-furniture': { title: 'Remove this page header or footer', line: 11, text: 'III. Attendance' },
    };
    for (const [code, want] of Object.entries(expected)) {
      const [diagnostic] = byCode(code);
      assert.ok(diagnostic, `no ${code} diagnostic`);
      const actions = await actionsFor(diagnostic);
      const action = actions.find((a) => a.title === want.title);
      assert.ok(action, `${code}: ${actions.map((a) => a.title).join(' | ')}`);
      assert.equal(action.kind, 'quickfix');
      assert.deepEqual(action.diagnostics, [diagnostic]);
      assert.equal(action.isPreferred, true);
      const after = bodyOf(applyLsp(DRAFT, action.edit?.changes?.[URI] ?? []));
      assert.equal(after[want.line], want.text, code);
    }
  });

  it('renumbers the agenda with the references to its items, and reletters a list', async () => {
    const [agenda, list] = byCode('list-sequence');
    const [renumber] = await actionsFor(agenda);
    assert.equal(renumber.title, 'Renumber the agenda items, and the references to them');
    const after = bodyOf(applyLsp(DRAFT, renumber.edit?.changes?.[URI] ?? []));
    assert.equal(after[5], '    3. Other matters.');
    assert.match(after[9], /and agenda item 3, speakers/);
    const [reletter] = await actionsFor(list);
    assert.equal(bodyOf(applyLsp(DRAFT, reletter.edit?.changes?.[URI] ?? []))[17], '    (b) Second.');
  });

  it('fix-all applies every safe fix, and offers nothing once applied', async () => {
    const actions = await request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri: URI }, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, context: { diagnostics: [], only: ['source.fixAll.rapporteur'] } });
    assert.equal(actions.length, 1);
    assert.equal(actions[0].kind, 'source.fixAll.rapporteur');
    const fixed = applyLsp(DRAFT, actions[0].edit?.changes?.[URI] ?? []);
    assert.deepEqual(bodyOf(fixed), [
      'I. Organization of the meeting', '',
      '1. The Working Group adopted the following agenda:',
      '    1. Opening of the meeting.',
      '    2. Best practices in joint investigations.',
      '    3. Other matters.', '',
      '2. The Chair opened the meeting (see paragraph 3 below and document A/75/1/Rev.1).', '',
      '3. Under agenda item 2, entitled "Best practices in joint investigations", and agenda item 3, speakers recalled paragraph 1 below.', '',
      'II. Attendance', '',
      '4. The following States were represented: Albania, Austria, Austria and Bahamas:',
      '    (a) First;',
      '    (b) Second.',
      '',
    ]);
    const uri = 'file:///drafts/fixed.unr';
    await client.open(uri, fixed);
    await client.diagnostics(uri, 1);
    const again = await request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri }, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, context: { diagnostics: [], only: ['source.fixAll'] } });
    assert.deepEqual(again, []);
  });

  it('fix-all joins a paragraph that page furniture cut in two, and adds no number', async () => {
    const uri = 'file:///drafts/cut.unr';
    const body = ['I. Introduction', '', '1. The Working Group discussed the report of the', '', '2 GE.23-15302', '', 'Secretariat at length.', '', '2. Then it ended.'];
    const text = [...MASTHEAD, ...body].join('\n');
    await client.open(uri, text);
    const { diagnostics: found } = await client.diagnostics(uri, 1);
    assert.deepEqual(found.map((d) => d.code), ['page-furniture']);
    const actions = await request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri }, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, context: { diagnostics: [], only: ['source.fixAll.rapporteur'] } });
    const fixed = applyLsp(text, actions[0].edit?.changes?.[uri] ?? []);
    assert.deepEqual(bodyOf(fixed), ['I. Introduction', '', '1. The Working Group discussed the report of the', 'Secretariat at length.', '', '2. Then it ended.']);
  });

  it('"Renumber paragraphs" applies a versioned edit through workspace/applyEdit', async () => {
    const uri = 'file:///drafts/renumber.unr';
    const text = [...MASTHEAD, 'I. Introduction', '', '1. One.', '', '3. Two, see paragraph 4 below and paragraph 9.', '', '4. Three.', ''].join('\n');
    await client.open(uri, text);
    const version = await client.change(uri, { text });
    const result = await request<{ applied: boolean; unresolved: number }>('workspace/executeCommand', { command: 'rapporteur.renumberParagraphs', arguments: [uri] });
    assert.deepEqual(result, { applied: true, unresolved: 1 });
    const edit = await client.waitFor<ApplyWorkspaceEditParams>('workspace/applyEdit', (p) => (p.edit.documentChanges?.[0] as TextDocumentEdit | undefined)?.textDocument.uri === uri);
    const change = edit.edit.documentChanges?.[0] as TextDocumentEdit;
    assert.equal(change.textDocument.version, version);
    assert.deepEqual(bodyOf(applyLsp(text, change.edits as TextEdit[])).slice(2, 7), ['1. One.', '', '2. Two, see paragraph 3 below and paragraph 9.', '', '3. Three.']);
    await client.waitFor('window/showMessage', (p: { message: string }) => p.message.includes('left as written (line 12)'));
  });

  it('"Insert paragraph after this one" inserts the next number and renumbers what follows', async () => {
    const uri = 'file:///drafts/insert.unr';
    const text = [...MASTHEAD, 'I. Introduction', '', '1. One, before paragraph 2 below.', '', '2. Two.', ''].join('\n');
    await client.open(uri, text);
    const result = await request<{ applied: boolean; position: { line: number; character: number } }>('workspace/executeCommand', { command: 'rapporteur.insertParagraphAfter', arguments: [uri, { line: 9, character: 4 }] });
    assert.deepEqual(result, { applied: true, position: { line: 11, character: 3 } });
    const edit = await client.waitFor<ApplyWorkspaceEditParams>('workspace/applyEdit', (p) => (p.edit.documentChanges?.[0] as TextDocumentEdit | undefined)?.textDocument.uri === uri);
    const after = applyLsp(text, (edit.edit.documentChanges?.[0] as TextDocumentEdit).edits as TextEdit[]);
    assert.deepEqual(bodyOf(after).slice(2), ['1. One, before paragraph 3 below.', '', '2. ', '', '3. Two.', '']);
  });

  it('answers null for an unknown document or command, and stays up', async () => {
    assert.equal(await request('workspace/executeCommand', { command: 'rapporteur.renumberParagraphs', arguments: ['file:///nowhere.unr'] }), null);
    assert.equal(await request('workspace/executeCommand', { command: 'rapporteur.insertParagraphAfter', arguments: [URI, 'not a position'] }), null);
    assert.deepEqual(await request('textDocument/codeAction', { textDocument: { uri: 'file:///nowhere.unr' }, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, context: { diagnostics: [] } }), []);
  });
});
