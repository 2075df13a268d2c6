// Each editor feature over the protocol, on the real report, with a workspace
// folder that holds its provisional agenda (read from disk by the server).
import * as assert from 'node:assert/strict';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { CompletionList, DocumentSymbol, Hover, Location, LogMessageParams } from 'vscode-languageserver-protocol';
import { REPORT_WORDS } from '../expectations/realReport';
import { fixture, REPORT_URI, ROOT, TestClient } from './client';

const REPORT = fixture('CTOC-COP-WG.4-2020-4.unr');
const FOLDER = pathToFileURL(join(ROOT, 'test/fixtures/workspace')).href;
const AGENDA_URI = `${FOLDER}/CTOC-COP-WG.4-2020-1.unr`;
const NOTE_URI = 'file:///drafts/note.unr';
const document = { uri: REPORT_URI };
const at = (line: number, character: number) => ({ line, character });
const range = (l1: number, c1: number, l2: number, c2: number) => ({ start: at(l1, c1), end: at(l2, c2) });

describe('protocol: editor features on the real report', () => {
  let client: TestClient;
  const request = <R>(method: string, params: object): Promise<R> => client.connection.sendRequest(method, params);

  before(async () => {
    client = await TestClient.start({ workspaceFolders: [FOLDER] });
    await client.waitFor<LogMessageParams>('window/logMessage', (p) => /^Indexed 1 draft\(s\) from the workspace folders/.test(p.message));
    await client.open(REPORT_URI, REPORT);
  });

  after(() => client?.kill());

  it('outlines the masthead, title, chapters, sections and paragraphs', async () => {
    const symbols = await request<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: document });
    assert.deepEqual(symbols.map((s) => s.name), [
      'CTOC/COP/WG.4/2020/4',
      'Report on the meeting of the Working Group on Trafficking in Persons held …',
      'I. Introduction',
      'II. Recommendations',
      "III. Chair's summary of deliberations",
      'IV. Organization of the meeting',
      'V. Adoption of the report',
    ]);
    const chapterIV = symbols[5];
    assert.deepEqual(chapterIV.range, range(53, 0, 105, 155));
    assert.deepEqual(chapterIV.children?.map((s) => s.name), ['A. Opening of the meeting', 'B. Statements', 'C. Adoption of the agenda and organization of work', 'D. Attendance', 'E. Documentation']);
    const chapterIII = symbols[4].children ?? [];
    assert.equal(chapterIII.length, 16);
    assert.deepEqual(chapterIII[2], {
      name: '(unnumbered) The discussion under agenda item 2 was facilitated …',
      detail: 'should be paragraph 7',
      kind: 15,
      range: range(25, 0, 25, 1234),
      selectionRange: range(25, 0, 25, 3),
    });
    assert.equal(chapterIII[10].name, '15. Several speakers noted challenges in the application …');
  });

  it('hovers on agenda item 3 with its title', async () => {
    const hover = await request<Hover>('textDocument/hover', { textDocument: document, position: at(45, 103) });
    assert.deepEqual(hover, {
      contents: { kind: 'markdown', value: '**Agenda item 3**: Best practices in joint investigations and specialized prosecutions' },
      range: range(45, 91, 45, 184),
    });
  });

  it('hovers on a symbol of the documentation list with its title and link', async () => {
    const hover = await request<Hover>('textDocument/hover', { textDocument: document, position: at(105, 140) });
    assert.deepEqual(hover.contents, {
      kind: 'markdown',
      value: [
        '**CTOC/COP/WG.4/2020/3**: Conference of the Parties to the United Nations Convention against Transnational Organized Crime document',
        '*Best practices in joint investigations and specialized prosecutions*',
        '[Open CTOC/COP/WG.4/2020/3](https://undocs.org/CTOC/COP/WG.4/2020/3)',
      ].join('\n\n'),
    });
    assert.deepEqual(hover.range, range(105, 133, 105, 153));
  });

  it('hovers on the provisional agenda with the title and date of the draft read from the folder', async () => {
    const hover = await request<Hover>('textDocument/hover', { textDocument: document, position: at(103, 40) });
    assert.match((hover.contents as { value: string }).value, /\n\n\*Annotated provisional agenda\*\n\nDated 3 July 2020 · Distr\.: General\n\nDraft in this workspace: `CTOC-COP-WG\.4-2020-1\.unr`\n\n/);
  });

  it('hovers on a paragraph number and an unnumbered paragraph with what the server understood', async () => {
    const number = await request<Hover>('textDocument/hover', { textDocument: document, position: at(41, 1) });
    assert.deepEqual(number.contents, { kind: 'markdown', value: 'Paragraph 15 (body)' });
    const unnumbered = await request<Hover>('textDocument/hover', { textDocument: document, position: at(35, 1) });
    assert.deepEqual(unnumbered.contents, { kind: 'markdown', value: 'Unnumbered paragraph: should be paragraph 12' });
  });

  it('goes from an agenda reference to the agenda item', async () => {
    const locations = await request<Location[]>('textDocument/definition', { textDocument: document, position: at(45, 103) });
    assert.deepEqual(locations, [{ uri: REPORT_URI, range: range(82, 4, 82, 75) }]);
  });

  it('goes from a documentation-list symbol to the draft that carries it', async () => {
    const locations = await request<Location[]>('textDocument/definition', { textDocument: document, position: at(103, 40) });
    assert.deepEqual(locations, [{ uri: AGENDA_URI, range: range(0, 0, 0, 20) }]);
  });

  it('finds the references to agenda item 3, with the item itself', async () => {
    const locations = await request<Location[]>('textDocument/references', { textDocument: document, position: at(45, 103), context: { includeDeclaration: true } });
    assert.deepEqual(locations.map((l) => l.range), [
      range(82, 4, 82, 5),
      range(45, 91, 45, 104),
      range(47, 51, 47, 64),
      range(51, 42, 51, 55),
      range(67, 51, 67, 57),
      range(69, 10, 69, 30),
    ]);
    assert.ok(locations.every((l) => l.uri === REPORT_URI));
  });

  it('finds the references to a symbol across the workspace', async () => {
    const locations = await request<Location[]>('textDocument/references', { textDocument: document, position: at(105, 140), context: { includeDeclaration: false } });
    assert.deepEqual(locations, [
      { uri: REPORT_URI, range: range(105, 133, 105, 153) },
      { uri: AGENDA_URI, range: range(19, 110, 19, 130) },
    ]);
  });

  it('completes agenda items after "agenda item "', async () => {
    const text = `${REPORT}\n38. The Working Group considered agenda item `;
    await client.open(NOTE_URI, text);
    assert.equal(text.split('\n').length, 112);
    const list = await request<CompletionList>('textDocument/completion', { textDocument: { uri: NOTE_URI }, position: at(111, 45), context: { triggerKind: 2, triggerCharacter: ' ' } });
    assert.deepEqual(list.items.slice(0, 2), [
      { label: '1', kind: 20, detail: 'Organizational matters', sortText: '000001a', filterText: '1', textEdit: { range: range(111, 45, 111, 45), newText: '1' } },
      {
        label: '1, entitled "Organizational matters"',
        kind: 15,
        detail: 'with the agenda title',
        sortText: '000001b',
        filterText: '1',
        insertTextFormat: 2,
        textEdit: { range: range(111, 45, 111, 45), newText: '1, entitled "Organizational matters"$0' },
      },
    ]);
    assert.deepEqual(list.items.filter((item) => item.kind === 20).map((item) => item.label), ['1', '1 (a)', '1 (b)', '2', '3', '4', '5']);
  });

  it('folds the masthead, chapters, sections and multi-line paragraphs', async () => {
    const ranges = await request<{ startLine: number; endLine: number }[]>('textDocument/foldingRange', { textDocument: document });
    assert.deepEqual(ranges.map((r) => `${r.startLine}-${r.endLine}`), ['0-3', '7-11', '13-17', '19-51', '53-105', '55-59', '61-73', '75-84', '77-84', '86-98', '100-105', '102-105', '107-109']);
  });

  it('links each document symbol to its page', async () => {
    const links = await request<{ range: unknown; target: string }[]>('textDocument/documentLink', { textDocument: document });
    assert.deepEqual(links.map((l) => l.target), [
      'https://undocs.org/CTOC/COP/WG.4/2020/4',
      'https://undocs.org/CTOC/COP/WG.4/2020/INF/1/Rev.1',
      'https://undocs.org/CTOC/COP/WG.4/2020/1',
      'https://undocs.org/CTOC/COP/WG.4/2020/2',
      'https://undocs.org/CTOC/COP/WG.4/2020/3',
    ]);
    assert.deepEqual(links[1].range, range(98, 52, 98, 82));
  });

  it('answers rapporteur/status for the status bar', async () => {
    assert.deepEqual(await request('rapporteur/status', { uri: REPORT_URI }), { paragraphs: 37, problems: 5, words: REPORT_WORDS });
  });

  it('survives bad requests: unknown documents get empty answers, malformed parameters InvalidParams, and it still answers', async () => {
    const unknown = { textDocument: { uri: 'file:///nowhere.unr' }, position: at(0, 0) };
    assert.equal(await request('textDocument/hover', unknown), null);
    assert.deepEqual(await request('textDocument/documentSymbol', unknown), []);
    assert.deepEqual(await request('textDocument/definition', unknown), []);
    assert.deepEqual(await request('textDocument/foldingRange', {}), []);
    await assert.rejects(request('textDocument/hover', { textDocument: document, position: null }), (error: { code?: number; message?: string }) => error.code === -32602 && /"position" must be an object/.test(error.message ?? ''));
    assert.deepEqual(await request('textDocument/references', { textDocument: document, position: at(1e6, -3), context: { includeDeclaration: true } }), []);
    assert.deepEqual(await request('rapporteur/status', { uri: REPORT_URI }), { paragraphs: 37, problems: 5, words: REPORT_WORDS });
  });

  it('shuts down and exits with status 0', async () => {
    assert.equal(await client.stop(), 0);
  });
});
