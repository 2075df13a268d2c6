import * as assert from 'node:assert/strict';
import { parseDraft, readSymbolName, summarizeDraft, summaryRange, Workspace } from '../../../server/src/core';
import { lines } from '../check';

const AGENDA = lines('CTOC/COP/WG.4/2021/1', 'Distr.: General', '5 May 2021', 'Original: English', '', 'Annotated provisional agenda', '', 'I. Provisional agenda', '', '1. Opening of the meeting.', '2. Digital evidence.', '3. Adoption of the report.');
const report = (symbol: string, ...body: string[]) => lines(symbol, 'Distr.: General', '30 July 2021', 'Original: English', '', 'Report on the meeting', '', 'I. Proceedings', '', ...body);

describe('workspace index', () => {
  it('summarizes a draft: symbol, title, date, agenda, documentation list, mentions, headings, ranges', () => {
    const text = report('CTOC/COP/WG.4/2021/4', '1. Under agenda item 2, the Group considered A/RES/55/25.', '', 'II. Documentation', '', '2. The Group had before it:', '    (a) Annotated provisional agenda (CTOC/COP/WG.4/2021/1).');
    const summary = summarizeDraft('file:///r.unr', parseDraft(text));
    assert.equal(summary.symbol?.key, 'CTOC/COP/WG.4/2021/4');
    assert.deepEqual([summary.title, summary.date, summary.distribution], ['Report on the meeting', '30 July 2021', 'Distr.: General']);
    assert.deepEqual(summary.documentation.map((e) => [e.key, e.title]), [['CTOC/COP/WG.4/2021/1', 'Annotated provisional agenda']]);
    assert.deepEqual(summary.mentions.map((m) => m.key), ['A/RES/55/25', 'CTOC/COP/WG.4/2021/1']);
    assert.deepEqual(summary.agendaMentions.map((m) => m.targets), [[{ item: 2 }]]);
    assert.deepEqual(summary.headings.map((h) => h.name), ['I. Proceedings', 'II. Documentation']);
    assert.deepEqual(summaryRange(summary, summary.mentions[0].span), { start: { line: 9, character: 45 }, end: { line: 9, character: 56 } });
    assert.equal(summary.agenda, undefined);
  });

  it('keeps whole models only for open drafts and resolves the provisional agenda from summaries', () => {
    const workspace = new Workspace();
    workspace.setSummary(summarizeDraft('file:///1.unr', parseDraft(AGENDA)));
    const draft = workspace.set('file:///4.unr', report('CTOC/COP/WG.4/2021/4', '1. Under agenda item 4, nothing.'));
    assert.equal(workspace.get('file:///1.unr'), undefined);
    assert.equal(workspace.provisionalAgenda(workspace.summary('file:///4.unr')!)?.owner.uri, 'file:///1.unr');
    assert.deepEqual(workspace.check('file:///4.unr').map((d) => d.message), ['There is no agenda item 4 in the provisional agenda (CTOC/COP/WG.4/2021/1): its items are 1 to 3.']);
    workspace.release('file:///4.unr');
    assert.equal(workspace.get('file:///4.unr'), undefined);
    assert.deepEqual(workspace.checkDraft('file:///4.unr', draft).length, 1);
  });

  it('finds the …/1 of the series for a revision or an information document', () => {
    const workspace = new Workspace();
    workspace.setSummary(summarizeDraft('file:///1.unr', parseDraft(AGENDA)));
    for (const symbol of ['CTOC/COP/WG.4/2021/4/Rev.1', 'CTOC/COP/WG.4/2021/INF/1']) {
      workspace.set('file:///x.unr', report(symbol, '1. Text.'));
      assert.equal(workspace.provisionalAgenda(workspace.summary('file:///x.unr')!)?.owner.uri, 'file:///1.unr', symbol);
    }
    workspace.delete('file:///1.unr');
    assert.equal(workspace.provisionalAgenda(workspace.summary('file:///x.unr')!), undefined);
  });

  it('knows the symbols of mastheads, documentation lists and catalogues', () => {
    const workspace = new Workspace();
    workspace.setSummary(summarizeDraft('file:///1.unr', parseDraft(AGENDA)));
    workspace.setCatalogue('file:///c.csv', [{ symbol: 'A/RES/55/25', key: 'A/RES/55/25', title: 'Convention', date: '', line: 1 }]);
    assert.ok(workspace.isKnownSymbol('CTOC/COP/WG.4/2021/1') && workspace.isKnownSymbol('A/RES/55/25'));
    assert.equal(workspace.catalogueEntry('A/RES/55/25')?.uri, 'file:///c.csv');
    workspace.deleteCatalogue('file:///c.csv');
    assert.ok(!workspace.isKnownSymbol('A/RES/55/25'));
  });

  it('accepts only one well-formed symbol as a new name', () => {
    assert.ok(readSymbolName('A/75/1/Rev.1').ok);
    assert.ok(readSymbolName('S/RES/1325 (2000)').ok);
    assert.deepEqual(readSymbolName('A/75/1/rev1'), { ok: false, reason: '"rev1" should be "Rev.1"; write "A/75/1/Rev.1"' });
    assert.equal(readSymbolName('A/75/1 A/75/2').ok, false);
    assert.equal(readSymbolName('').ok, false);
  });
});
