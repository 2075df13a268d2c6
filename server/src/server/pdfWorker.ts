// The entry of the thread that reads one PDF for the language server (bundled as
// dist/pdfWorker.js, which requires dist/pdfText.js): the bytes come in as `workerData`, the
// document model or the reason it cannot be read goes back in one message. See pdfImport.ts.
import { parentPort, workerData } from 'node:worker_threads';
import { isImportError } from '../import/errors';
import { importPdf } from '../import/pdfText';
import type { ReportDocument } from '../document/model';

export type PdfReply =
  | { document: ReportDocument }
  /** An `ImportError`'s one line for the user. */
  | { importError: string }
  /** Anything else thrown: a fault of the reader, logged with its stack. */
  | { failure: string };

async function read(bytes: Uint8Array): Promise<PdfReply> {
  try {
    return { document: await importPdf(bytes) };
  } catch (error) {
    if (isImportError(error)) return { importError: error.message };
    return { failure: error instanceof Error ? (error.stack ?? error.message) : String(error) };
  }
}

if (parentPort) {
  const port = parentPort;
  void read(workerData as Uint8Array).then((reply) => port.postMessage(reply));
}
