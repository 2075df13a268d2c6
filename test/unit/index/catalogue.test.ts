import * as assert from 'node:assert/strict';
import { addToCatalogue, parseCatalogue } from '../../../server/src/core';

const problems = (text: string, format: 'csv' | 'json' = 'csv') => parseCatalogue(text, format).problems.map((p) => `${p.line}: ${p.message}`);

describe('document catalogue', () => {
  it('reads a CSV export: BOM, quoted fields with commas, quotes and line breaks, extra columns, blank lines, CRLF', () => {
    const text = '\ufeffSymbol,Title,Date,Body\r\nA/RES/55/25,"Convention against ""Transnational"" Organized Crime, and protocols",15 November 2000,GA\r\n\r\n"S/RES/1325 (2000)","Women and\npeace",31 October 2000\r\n';
    const { entries, problems: found } = parseCatalogue(text, 'csv');
    assert.deepEqual(found, []);
    assert.deepEqual(entries.map((e) => [e.key, e.title, e.date, e.line]), [
      ['A/RES/55/25', 'Convention against "Transnational" Organized Crime, and protocols', '15 November 2000', 1],
      ['S/RES/1325 (2000)', 'Women and\npeace', '31 October 2000', 3],
    ]);
  });

  it('accepts a semicolon separator and a missing date column', () => {
    assert.deepEqual(parseCatalogue('symbol;title\nA/75/1;Agenda; of the session\n', 'csv').entries.map((e) => [e.key, e.title, e.date]), [['A/75/1', 'Agenda', '']]);
  });

  it('reports each problem with its line, and keeps the good rows', () => {
    assert.deepEqual(problems(''), ['1: the catalogue is empty: its first line must be the header symbol,title,date']);
    assert.deepEqual(problems('name,date\nA/75/1,x'), ['1: the header must name the columns symbol and title (and optionally date), e.g. "symbol,title,date"; it reads "name,date"']);
    const text = 'symbol,title,date\nA/75/rev1,x,\n,no symbol,\nA/75/1,"open quote\nA/75/2,x,\n';
    assert.deepEqual(problems(text), [
      '4: a quoted field is never closed (a missing ")',
      '2: "A/75/rev1" is not a well-formed document symbol: "rev1" should be "Rev.1"; write "A/75/Rev.1"',
      '3: a row without a symbol',
    ]);
    assert.deepEqual(problems('symbol,title\nA/75/1,"x"y\nA/75/1,again\nnot a symbol,z'), [
      '2: text after a closing quotation mark (write "" for a quotation mark inside a quoted field)',
      '3: A/75/1 is listed twice (first on line 2); the first entry is used',
      '4: "not a symbol" is not a well-formed document symbol: it is not a document symbol (capital letters, a slash, then components such as A/75/250 or CTOC/COP/WG.4/2020/1)',
    ]);
    assert.match(problems('x'.repeat(11 * 1024 * 1024))[0], /^1: the catalogue is larger than 10 MB/);
  });

  it('reads a JSON array, with the line of each entry, and reports what is not one', () => {
    const { entries } = parseCatalogue('[\n  {"symbol": "A/75/1", "title": "Agenda", "date": "1 May 2020"},\n  {"symbol": "A/75/2", "title": "Report"}\n]', 'json');
    assert.deepEqual(entries.map((e) => [e.key, e.title, e.date, e.line]), [['A/75/1', 'Agenda', '1 May 2020', 1], ['A/75/2', 'Report', '', 2]]);
    assert.deepEqual(problems('{"symbol": "A/75/1"}', 'json'), ['1: a JSON catalogue must be an array of {"symbol": …, "title": …, "date": …}']);
    assert.deepEqual(problems('[1, {"title": "x"}]', 'json'), ['1: entry 1 is not an object with "symbol", "title" and "date"', '1: a row without a symbol']);
    assert.match(problems('[\n{"symbol": }', 'json')[0], /^\d+: not valid JSON/);
  });

  it('adds a symbol: a new file with its header, a line appended, an object added to a JSON array', () => {
    assert.deepEqual(addToCatalogue({ uri: 'file:///w/rapporteur-catalogue.csv' }, { symbol: 'A/75/1' }), {
      documentChanges: [
        { kind: 'create', uri: 'file:///w/rapporteur-catalogue.csv', options: { ignoreIfExists: true } },
        { textDocument: { uri: 'file:///w/rapporteur-catalogue.csv', version: null }, edits: [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, newText: 'symbol,title,date\nA/75/1,,\n' }] },
      ],
    });
    const appended = addToCatalogue({ uri: 'file:///w/c.csv', text: 'symbol,title,date\nA/75/2,x,y' }, { symbol: 'A/75/1', title: 'Agenda, provisional' });
    assert.deepEqual(appended?.documentChanges?.[0], { textDocument: { uri: 'file:///w/c.csv', version: null }, edits: [{ range: { start: { line: 1, character: 10 }, end: { line: 1, character: 10 } }, newText: '\nA/75/1,"Agenda, provisional",\n' }] });
    const json = addToCatalogue({ uri: 'file:///w/c.json', text: '[\n  {"symbol": "A/75/2"}\n]\n' }, { symbol: 'A/75/1' });
    assert.deepEqual((json?.documentChanges?.[0] as { edits: unknown[] }).edits, [{ range: { start: { line: 1, character: 22 }, end: { line: 1, character: 22 } }, newText: ',\n  { "symbol": "A/75/1", "title": "", "date": "" }' }]);
    assert.equal(addToCatalogue({ uri: 'file:///w/c.json', text: '{}' }, { symbol: 'A/75/1' }), undefined);
  });
});
