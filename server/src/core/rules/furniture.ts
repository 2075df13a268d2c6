// page-furniture: running heads and feet left over from a PDF.
import type { Finding } from '../diagnostics';
import type { Draft } from '../model';

export function checkFurniture(draft: Draft, out: Finding[]): void {
  for (const line of draft.furniture) {
    out.push({ code: 'page-furniture', message: `"${line.text}" is a page header or footer left over from the PDF: delete this line.`, span: line.span });
  }
}
