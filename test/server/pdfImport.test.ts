// The language server's PDF import on a worker thread (server/src/server/pdfImport.ts): the
// document the command line's reader gives, the reader's one-line reasons, and a clear one when
// the thread itself fails.
import * as assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isImportError } from '../../server/src/import';
import { importPdf } from '../../server/src/import/pdfText';
import { pdfWorkerScript, readPdfInWorker } from '../../server/src/server/pdfImport';
import { SEED_PDF } from '../unit/import/seedDocx';
import { textStream, tinyPdf } from '../unit/import/tinyPdf';

/** The `ImportError`'s message, which the user sees: one line, no stack. */
async function importErrorOf(reading: Promise<unknown>): Promise<string> {
  try {
    await reading;
  } catch (error) {
    assert.ok(isImportError(error), `an ImportError, not ${String(error)}`);
    assert.doesNotMatch(error.message, /\n/);
    return error.message;
  }
  assert.fail('the reading succeeded');
}

describe('reading a PDF on a worker thread', () => {
  let folder: string;

  before(() => {
    folder = mkdtempSync(join(tmpdir(), 'rapporteur-pdf-worker-'));
  });

  after(() => rmSync(folder, { recursive: true, force: true }));

  it('finds the worker script beside the compiled module', () => {
    assert.match(pdfWorkerScript(), /pdfWorker\.js$/);
    assert.ok(readFileSync(pdfWorkerScript()).length > 0);
  });

  it('gives the document the reader gives on this thread, and leaves the caller its bytes', async () => {
    const bytes = new Uint8Array(readFileSync(SEED_PDF));
    const copy = bytes.slice();
    assert.deepEqual(await readPdfInWorker(bytes), await importPdf(copy));
    assert.deepEqual(bytes, copy);
  });

  it("passes on the reader's one line for an unreadable, encrypted or image-only PDF", async () => {
    assert.match(await importErrorOf(readPdfInWorker(new TextEncoder().encode('%PDF-1.7\n%%EOF\n'))), /^not a readable PDF \(.+\)$/);
    const secret = tinyPdf([textStream([{ x: 60, y: 700, size: 10, text: 'Secret' }])], { encrypt: true });
    assert.equal(await importErrorOf(readPdfInWorker(secret)), 'the PDF is password-protected (encrypted): save a copy without a password and import that');
    assert.equal(await importErrorOf(readPdfInWorker(tinyPdf(['0 0 m 500 700 l S']))), 'the PDF has no text (a scanned, image-only PDF needs OCR first)');
  });

  it('says in one line that the reader stopped when its thread fails, exits, cannot load the reader or is missing', async () => {
    const throwing = join(folder, 'throwing.js');
    writeFileSync(throwing, 'throw new Error("the reader cannot start");');
    assert.equal(await importErrorOf(readPdfInWorker(new Uint8Array([1]), throwing)), 'the PDF reader stopped (the reader cannot start)');
    const exiting = join(folder, 'exiting.js');
    writeFileSync(exiting, 'process.exit(3);');
    assert.equal(await importErrorOf(readPdfInWorker(new Uint8Array([1]), exiting)), 'the PDF reader stopped (exit code 3)');
    // An install without dist/pdfText.js: the worker's require fails.
    const incomplete = join(folder, 'incomplete.js');
    writeFileSync(incomplete, 'require("./pdfText.js");');
    assert.equal(await importErrorOf(readPdfInWorker(new Uint8Array([1]), incomplete)), "the PDF reader stopped (Cannot find module './pdfText.js')");
    const missing = join(folder, 'missing.js');
    assert.equal(await importErrorOf(readPdfInWorker(new Uint8Array([1]), missing)), `the PDF reader stopped (Cannot find module '${missing}')`);
  });
});
