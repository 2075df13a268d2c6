// Import is total and faithful: any text gives a draft without throwing, importing a draft again
// changes nothing check reads, and a damaged .docx or PDF is an ImportError, never another error.
import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import * as fc from 'fast-check';
import { strToU8, zipSync } from 'fflate';
import { checkDraft, EMPTY_CONTEXT, parseDraft } from '../../server/src/core';
import { renderDraft } from '../../server/src/document/render';
import { importDocument, isImportError } from '../../server/src/import';
import { importPastedText } from '../../server/src/import/text';

const ROOT = resolve(__dirname, '../../..');

const PIECE = fc.constantFrom('\n', '\n\n', '- ', '1.', '12. ', '(a) ', '(i) ', 'I. Introduction', 'A. Opening', 'Annex', '2/7 V.20-05476', 'GE.23-15302 3', 'A/75/1', 'Distr.: General 1 May 2020', 'Original: English', 'agenda:', '__________________', '¹', '\f', '\u00a0', '“', '”', 'multi-', 'of', '.', ':', ';');

function drafts(): string[] {
  const folders = ['examples/clean', 'examples/defects', 'test/fixtures', 'test/fixtures/workspace', 'test/fixtures/session'];
  return folders.flatMap((folder) => readdirSync(join(ROOT, folder)).filter((name) => name.endsWith('.unr')).map((name) => join(ROOT, folder, name)));
}

const findings = (text: string, ignore: string[]) => checkDraft(parseDraft(text), EMPTY_CONTEXT).filter((d) => !ignore.includes(d.code)).map((d) => `${d.code} ${d.message}`);

describe('import robustness', () => {
  it('turns any text into a draft without throwing, and the draft parses', () => {
    fc.assert(fc.property(fc.array(fc.oneof(PIECE, fc.string({ maxLength: 12 })), { maxLength: 80 }).map((parts) => parts.join('')), (text) => {
      const draft = renderDraft(importPastedText(text));
      assert.equal(typeof draft, 'string');
      parseDraft(draft);
    }), { numRuns: 400, seed: 16 });
  });

  it('gives back every example and fixture draft with the same findings (page furniture aside, which it removes)', () => {
    for (const file of drafts()) {
      const text = readFileSync(file, 'utf8');
      const again = renderDraft(importPastedText(text));
      assert.deepEqual(findings(again, []), findings(text, ['page-furniture', 'pdf-paste']), file);
      assert.equal(renderDraft(importPastedText(again)), again, `${file}: importing twice changes nothing`);
    }
  });

  it('answers damaged Word and PDF bytes with an ImportError only', async () => {
    const inputs = fc.array(fc.oneof(fc.constantFrom('<w:p>', '</w:p>', '<w:t>', '</w:t>', '<w:numPr><w:numId w:val="1"/>', '<w:tbl><w:tc>', '<w:del>', '<w:footnoteReference w:id="1"/>', '&amp;', '&#xFFFFFF;', '"'), fc.string({ maxLength: 6 })), { maxLength: 40 });
    await fc.assert(fc.asyncProperty(inputs, fc.boolean(), async (parts, pdf) => {
      const body = parts.join('');
      const bytes = pdf ? strToU8(`%PDF-1.4\n${body}`) : zipSync({ 'word/document.xml': strToU8(`<w:document><w:body>${body}</w:body></w:document>`), 'word/numbering.xml': strToU8(body) });
      try {
        await importDocument(bytes, pdf ? 'pdf' : 'docx');
      } catch (error) {
        assert.ok(isImportError(error), String(error));
      }
    }), { numRuns: 150, seed: 17 });
  });
});
