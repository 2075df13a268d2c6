// Export then import: a draft written to Word in the UN layout and read back is the same draft.
// Every example and every corpus draft goes through it. A draft already in the form the import
// writes (no page furniture, footnotes after their paragraph with superscript marks, every block
// as the import lays it out) comes back byte for byte; a page-faithful one (running heads, a
// paragraph cut by a page's footnotes) comes back in that form, with the same findings but those
// about the page itself, and that form is then a fixed point.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { checkDraft, EMPTY_CONTEXT, parseDraft } from '../../../server/src/core';
import { buildLayout } from '../../../server/src/core/layout';
import { renderDocx } from '../../../server/src/export/docx';
import { importDocument } from '../../../server/src/import';
import { readAnnotated } from '../../corpus/corpus';

const ROOT = path.resolve(__dirname, '../../../..');

/** Codes about the printed page: furniture is not exported, so what they report is gone. */
const PAGE_CODES = new Set(['page-furniture', 'pdf-paste']);

async function roundTrip(text: string): Promise<string> {
  const bytes = await renderDocx(buildLayout(parseDraft(text)));
  return (await importDocument(bytes, 'docx')).text;
}

function findings(text: string): string[] {
  return checkDraft(parseDraft(text), EMPTY_CONTEXT)
    .filter((finding) => !PAGE_CODES.has(finding.code))
    // Lines move when furniture goes: `already on line 48` is the same finding as `on line 50`.
    .map((finding) => `${finding.code}: ${finding.message.replace(/\bline \d+/g, 'line N')}`)
    .sort();
}

function drafts(folder: string): Array<{ name: string; text: string }> {
  const dir = path.join(ROOT, folder);
  return fs
    .readdirSync(dir)
    .filter((name) => name.endsWith('.unr'))
    .map((name) => {
      const source = fs.readFileSync(path.join(dir, name), 'utf8');
      return { name: `${folder}/${name}`, text: folder === 'test/corpus' ? readAnnotated(source).text : source };
    });
}

/** Drafts whose layout is the page's (running heads, paragraphs cut by a page): they come back in the import's form. */
const PAGE_FAITHFUL = new Set([
  // A paragraph cut by the footnotes at the foot of its page, marks typed `session.2`.
  'examples/clean/uncitral-working-group.unr',
  'examples/defects/CTOC-COP-WG.7-2022-4.unr',
  'test/corpus/copuos-lsc-en.unr',
  'test/corpus/ctoc-firearms-fr.unr',
  'test/corpus/ctoc-smuggling-en.unr',
  'test/corpus/ga-third-committee-en.unr',
  'test/corpus/uncitral-wg2-en.unr',
  'test/corpus/unep-oecpr-en.unr',
  'test/corpus/unfccc-sbi-en.unr',
  'test/corpus/upr-en-cabo-verde.unr',
]);

describe('export to Word, then import: the same draft', () => {
  const all = [...drafts('examples/clean'), ...drafts('examples/defects'), ...drafts('test/corpus')];

  it('covers every example and corpus draft', () => {
    assert.ok(all.length >= 20, `${all.length} drafts`);
  });

  for (const { name, text } of all) {
    it(`${name}: ${PAGE_FAITHFUL.has(name) ? 'the same findings, then the same text' : 'the same text'}`, async () => {
      const back = await roundTrip(text);
      if (!PAGE_FAITHFUL.has(name)) assert.equal(back, text.replace(/\r\n/g, '\n'));
      assert.deepEqual(findings(back), findings(text));
      assert.equal(await roundTrip(back), back, 'the imported draft is a fixed point');
    });
  }
});
