// The language server reads PDFs on a worker thread (dist/pdfWorker.js): pdf.js takes tens of
// milliseconds of CPU per page, and on the main thread a long PDF held up diagnostics, hovers and
// every other request (BENCHMARKS.md, "Import and export, re-measured"). One thread per import,
// ended when it has answered: imports are rare, so a thread kept waiting would keep pdf.js and its
// memory for nothing, and a PDF that crashes or exhausts the reader takes down only its own
// thread; the price is pdf.js starting cold at every import. The command line reads PDFs on its
// one thread (import/index.ts, `readPdfHere`): it has nothing else to answer.
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { ReportDocument } from '../document/model';
import { ImportError } from '../import';
import type { PdfReply } from './pdfWorker';

/** The worker's entry beside this module: dist/pdfWorker.js in the bundle, pdfWorker.js in the tsc output. */
export function pdfWorkerScript(): string {
  return join(__dirname, 'pdfWorker.js');
}

/** The error's first line (a failed require adds its require stack on the next lines). */
function reason(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).split('\n')[0];
}

/** The document model of a PDF, read on a thread of its own; throws `ImportError` as the reader does, and when the thread fails. */
export function readPdfInWorker(bytes: Uint8Array, script = pdfWorkerScript()): Promise<ReportDocument> {
  return new Promise((resolve, reject) => {
    let worker: Worker;
    try {
      // The bytes are copied to the thread (the caller's buffer stays usable).
      worker = new Worker(script, { workerData: bytes });
    } catch (error) {
      reject(new ImportError(`the PDF reader could not start (${reason(error)})`));
      return;
    }
    let settled = false;
    const settle = (outcome: () => void) => {
      if (settled) return;
      settled = true;
      void worker.terminate();
      outcome();
    };
    worker.once('message', (reply: PdfReply) =>
      settle(() => {
        if ('document' in reply) resolve(reply.document);
        else if ('importError' in reply) reject(new ImportError(reply.importError));
        else reject(new Error(`the PDF reader failed: ${reply.failure}`));
      }),
    );
    worker.once('error', (error) => settle(() => reject(new ImportError(`the PDF reader stopped (${reason(error)})`))));
    worker.once('exit', (code) => settle(() => reject(new ImportError(`the PDF reader stopped (exit code ${code})`))));
  });
}
