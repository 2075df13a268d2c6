// The model of the real report CTOC/COP/WG.4/2020/4: what the parser must understand.
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseDraft, type Draft } from '../../../server/src/core';

const text = readFileSync(join(__dirname, '../../../../test/fixtures/CTOC-COP-WG.4-2020-4.unr'), 'utf8');

function lineOf(draft: Draft, offset: number): number {
  return draft.lineMap.position(offset).line + 1;
}

describe('the model of CTOC/COP/WG.4/2020/4', () => {
  const draft = parseDraft(text);

  it('reads the masthead and the title', () => {
    assert.equal(draft.masthead?.symbol?.text, 'CTOC/COP/WG.4/2020/4');
    assert.equal(draft.masthead?.distribution, 'Distr.: General');
    assert.equal(draft.masthead?.date, '28 September 2020');
    assert.equal(draft.masthead?.original, 'Original: English');
    assert.match(draft.title?.text ?? '', /^Report on the meeting of the Working Group on Trafficking in Persons/);
  });

  it('reads five chapters and the five sections of chapter IV', () => {
    assert.deepEqual(draft.headings.map((h) => `${h.kind} ${h.label}`), [
      'chapter I', 'chapter II', 'chapter III', 'chapter IV', 'section A', 'section B', 'section C', 'section D', 'section E', 'chapter V',
    ]);
  });

  it('reads 37 paragraphs, three of them unnumbered with the numbers their places imply', () => {
    assert.equal(draft.paragraphs.length, 37);
    const unnumbered = draft.paragraphs.filter((p) => p.number === undefined);
    assert.deepEqual(unnumbered.map((p) => [lineOf(draft, p.span.start), p.impliedNumber]), [[26, 7], [36, 12], [50, 19]]);
  });

  it('reads the adopted agenda in paragraph 29', () => {
    assert.deepEqual(draft.agenda?.items.map((item) => item.number), [1, 2, 3, 4, 5]);
    assert.equal(draft.agenda?.items[2].title, 'Best practices in joint investigations and specialized prosecutions');
    assert.deepEqual(draft.agenda?.items[0].subItems.map((sub) => sub.title), ['Opening of the meeting', 'Adoption of the agenda and organization of work']);
    assert.equal(lineOf(draft, draft.agenda?.items[0].span.start ?? 0), 79);
  });

  it('reads the documentation list with a title for each symbol', () => {
    assert.deepEqual(draft.documentation.map((entry) => [entry.symbol, entry.title]), [
      ['CTOC/COP/WG.4/2020/1', 'Annotated provisional agenda'],
      ['CTOC/COP/WG.4/2020/2', 'Guidance on the issue of appropriate criminal justice responses to victims who have been compelled to commit offences as a result of their being trafficked'],
      ['CTOC/COP/WG.4/2020/3', 'Best practices in joint investigations and specialized prosecutions'],
    ]);
  });

  it('finds every agenda reference with its exact range', () => {
    const agenda = draft.references.filter((r) => r.kind === 'agenda');
    assert.deepEqual(agenda.map((r) => text.slice(r.span.start, r.span.end).replace(/, entitled .*/, ', entitled …')), [
      'agenda item 2, entitled …', 'agenda item 2', 'agenda item 3, entitled …', 'agenda item 4, entitled …', 'agenda item 3', 'agenda item 3',
      'agenda item 2', 'item 2', 'item 3', 'agenda items 2 and 3',
    ]);
  });

  it('finds the decision, the resolution, the symbols and the dates', () => {
    const kinds = (kind: string) => draft.references.filter((r) => r.kind === kind).map((r) => text.slice(r.span.start, r.span.end));
    assert.deepEqual(kinds('decision'), ['4/4']);
    assert.deepEqual(kinds('resolution'), ['7/1']);
    assert.deepEqual(kinds('symbol'), ['CTOC/COP/WG.4/2020/INF/1/Rev.1', 'CTOC/COP/WG.4/2020/1', 'CTOC/COP/WG.4/2020/2', 'CTOC/COP/WG.4/2020/3']);
    assert.equal(kinds('date').length, 18);
    assert.ok(kinds('date').includes('from 27 to 29 January 2010'.slice(5)));
  });

  it('finds the list of States with the duplicate', () => {
    const states = draft.enumerations.find((e) => e.entries[0].name === 'Afghanistan');
    assert.equal(states?.entries.length, 92);
    assert.equal(states?.entries[states.entries.length - 1].name, 'Venezuela (Bolivarian Republic of)');
  });
});
