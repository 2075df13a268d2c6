// The `rapporteur/import` request: the VS Code command "Import Word or PDF Document…" sends the
// bytes of a .docx, .pdf or .txt (base64, so that files of any workspace, local or remote, can be
// read by the client) and gets the draft back, or one line saying why the file cannot be read.
// The conversion is the command line's (server/src/import), but a PDF is read on a worker thread
// (pdfImport.ts) so that the server keeps answering; nothing is written here.
import { ErrorCodes, RequestType, ResponseError, type Connection } from 'vscode-languageserver';
import { importDocument, isImportError, sourceKind } from '../import';
import { MAX_DRAFT_BYTES } from '../core';
import { readPdfInWorker } from './pdfImport';
import { register, type Log } from './safeHandler';

export interface ImportParams {
  /** The file's name, for its extension. */
  name: string;
  /** The file's bytes, base64. */
  data: string;
}

export type ImportResult = { text: string; remarks: string[] } | { error: string };

export const ImportRequest = new RequestType<ImportParams, ImportResult, void>('rapporteur/import');

export function registerImport(connection: Connection, log: Log): void {
  register(connection, log, ImportRequest, async (params) => {
    if (typeof params?.name !== 'string' || typeof params.data !== 'string') throw new ResponseError(ErrorCodes.InvalidParams, 'rapporteur/import: "name" and "data" (base64) must be strings.');
    // Base64 is four characters for three bytes.
    if (params.data.length > (MAX_DRAFT_BYTES / 3) * 4) return { error: 'the file is larger than 50 MB' };
    const bytes = new Uint8Array(Buffer.from(params.data, 'base64'));
    try {
      const { text, document } = await importDocument(bytes, sourceKind(bytes, params.name), readPdfInWorker);
      return { text, remarks: document.remarks };
    } catch (error) {
      if (isImportError(error)) return { error: error.message };
      throw error;
    }
  }, { error: 'the import failed (see the "Rapporteur" output channel)' });
}
