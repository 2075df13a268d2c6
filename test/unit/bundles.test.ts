// The built bundles (npm test builds first): the command line and the language server leave the
// Word writer and the PDF reader to bundles of their own, required only to export or import a PDF
// (scripts/build.mjs, BENCHMARKS.md "Export" and "Import").
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const DIST = join(__dirname, '../../../dist');
/** A string of the `docx` package's output, and one of pdf.js's: they survive minification. */
const WORD_WRITER = 'wordprocessingml';
const PDF_READER = 'PasswordException';

function bundle(name: string): string {
  return readFileSync(join(DIST, `${name}.js`), 'utf8');
}

/** The bundles beside it that a bundle requires. */
function requiredBundles(text: string): string[] {
  return [...new Set([...text.matchAll(/\brequire\("(\.\/[^"]+)"\)/g)].map((m) => m[1]))].sort();
}

describe('the bundles', () => {
  it('leave the Word writer and the PDF reader out of the command line and the server', () => {
    for (const name of ['cli', 'server']) {
      const text = bundle(name);
      assert.deepEqual(requiredBundles(text), ['./docxExport.js', './pdfText.js'], name);
      assert.ok(!text.includes(WORD_WRITER) && !text.includes(PDF_READER), name);
    }
  });

  it('have the Word writer in dist/docxExport.js, and the PDF reader in dist/pdfText.js, which the worker entry requires', () => {
    assert.ok(bundle('docxExport').includes(WORD_WRITER));
    assert.ok(bundle('pdfText').includes(PDF_READER));
    const worker = bundle('pdfWorker');
    assert.deepEqual(requiredBundles(worker), ['./pdfText.js']);
    assert.ok(!worker.includes(PDF_READER));
  });
});
