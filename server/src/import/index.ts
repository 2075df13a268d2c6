// Import: a Word document, a PDF or text pasted from a PDF → the document model → a draft.
// Bytes in, text out: no I/O here (the command line and the server read and write the files).
import type { ReportDocument } from '../document/model';
import { renderDraft } from '../document/render';
import { decodeDraft } from '../core/decode';
import { importDocx } from './docx';
import { importPastedText } from './text';
import { ImportError } from './errors';
import type * as PdfText from './pdfText';

export { ImportError, isImportError } from './errors';

export type SourceKind = 'docx' | 'pdf' | 'text';

/** What the bytes are, by their signature first (a renamed file is still read), else by the name's extension. */
export function sourceKind(bytes: Uint8Array, name: string): SourceKind {
  if (bytes[0] === 0x25 && bytes[1] === 0x50 && bytes[2] === 0x44 && bytes[3] === 0x46) return 'pdf';
  if (bytes[0] === 0x50 && bytes[1] === 0x4b) return 'docx';
  const lower = name.toLowerCase();
  if (lower.endsWith('.pdf')) return 'pdf';
  if (lower.endsWith('.docx')) return 'docx';
  return 'text';
}

export interface ImportResult {
  document: ReportDocument;
  /** The draft: what `rapporteur import` writes. */
  text: string;
}

/** Reads a PDF into the document model; the language server's reads it on a worker thread (server/src/server/pdfImport.ts). */
export type PdfReader = (bytes: Uint8Array) => Promise<ReportDocument>;

/** The PDF reader on this thread (the command line's). */
export function readPdfHere(bytes: Uint8Array): Promise<ReportDocument> {
  // Required on demand: the PDF reader (pdf.js) is a bundle of its own (dist/pdfText.js, about
  // 1.6 MB) that `check` and the language server never load unless a PDF is imported.
  const reader = require('./pdfText') as typeof PdfText;
  return reader.importPdf(bytes);
}

async function readDocument(bytes: Uint8Array, kind: SourceKind, readPdf: PdfReader): Promise<ReportDocument> {
  if (kind === 'pdf') return readPdf(bytes);
  if (kind === 'docx') return importDocx(bytes);
  const decoded = decodeDraft(bytes);
  if (!decoded.ok) throw new ImportError(`line ${decoded.line}: ${decoded.message}`);
  return importPastedText(decoded.text);
}

/** Reads a document of the given kind and renders it as a draft; throws `ImportError` for unreadable input. */
export async function importDocument(bytes: Uint8Array, kind: SourceKind, readPdf: PdfReader = readPdfHere): Promise<ImportResult> {
  const document = await readDocument(bytes, kind, readPdf);
  const text = renderDraft(document);
  if (text === '') throw new ImportError(kind === 'pdf' ? 'the PDF has no text (a scanned, image-only PDF needs OCR first)' : 'the document has no text');
  return { document, text };
}
