// `parseDraft(text, { summaryOnly: true })`, what the workspace index and the
// command line's first pass use, gives the same summary as a full parse.
import * as assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { generateDraft } from '../../../bench/generate';
import { summarizeDraft } from '../../../server/src/core/index/summary';
import { parseDraft } from '../../../server/src/core/parse/draft';

const FIXTURES = join(__dirname, '../../../../test/fixtures');

function fixtureDrafts(): { name: string; text: string }[] {
  const files = readdirSync(FIXTURES, { recursive: true, encoding: 'utf8' }).filter((name) => name.endsWith('.unr'));
  return files.map((name) => ({ name, text: readFileSync(join(FIXTURES, name), 'utf8') }));
}

describe('parseDraft summaryOnly', () => {
  const drafts = [
    ...fixtureDrafts(),
    { name: 'generated', text: generateDraft({ paragraphs: 400, seed: 11 }).text },
    { name: 'generated with defects', text: generateDraft({ paragraphs: 400, seed: 12, defects: true }).text },
    { name: 'inline', text: 'A/75/1\nDistr.: General\n31 September 2020\nOriginal: English\n\nTitle\n\nI. Agenda\n\n1. The agenda:\n    1. Opening.\n    2. Other matters.\n\n2. Under agenda item 2, entitled "Other matters", Australia, Brazil and Chile spoke (A/75/2, paragraph 3) on 10 May 2020.\n' },
  ];

  for (const { name, text } of drafts) {
    it(`gives the same summary as a full parse: ${name}`, () => {
      const full = parseDraft(text);
      const light = parseDraft(text, { summaryOnly: true });
      assert.deepEqual(summarizeDraft('file:///d.unr', light), summarizeDraft('file:///d.unr', full));
      assert.deepEqual(light.enumerations, []);
      assert.ok(light.references.every((reference) => reference.kind !== 'date'));
    });
  }

  it('finds everything but the dates and enumerations of a full parse', () => {
    const text = generateDraft({ paragraphs: 300, seed: 13 }).text;
    const full = parseDraft(text);
    assert.ok(full.enumerations.length > 0 && full.references.some((reference) => reference.kind === 'date'));
    assert.deepEqual(parseDraft(text, { summaryOnly: true }).references, full.references.filter((reference) => reference.kind !== 'date'));
  });
});
