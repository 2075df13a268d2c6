// Export: the Word writer (docx.ts and the `docx` package) is a bundle of its own,
// dist/docxExport.js, required here only when a draft is exported, so that `check` and the
// language server do not load it at every start (BENCHMARKS.md, "Export").
import type { Layout } from '../core/layout';
import type * as DocxWriter from './docx';

/** The layout as a .docx in the UN layout (docx.ts). */
export async function renderDocx(layout: Layout): Promise<Uint8Array> {
  const writer = require('./docx') as typeof DocxWriter;
  return writer.renderDocx(layout);
}
