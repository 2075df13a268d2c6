// page-furniture: running heads and feet left over from a PDF.
import type { Finding } from '../diagnostics';
import { removeAllFurniture, removeFurniture } from '../fix/furniture';
import type { Draft } from '../model';
import { ruleFamily, type Fix } from './rule';

export function checkFurniture(draft: Draft, out: Finding[]): void {
  for (const line of draft.furniture) {
    out.push({ code: 'page-furniture', message: `"${line.text}" is a page header or footer left over from the PDF: delete this line.`, span: line.span });
  }
}

function furnitureFix(draft: Draft, finding: Finding): Fix[] {
  const furniture = draft.furniture.find((f) => f.span.start === finding.span.start);
  if (!furniture) return [];
  const fixes: Fix[] = [{ title: 'Remove this page header or footer', code: finding.code, edits: [removeFurniture(draft, furniture)], preferred: true, safe: true }];
  if (draft.furniture.length > 1) {
    fixes.push({ title: `Remove all ${draft.furniture.length} page headers and footers`, code: finding.code, edits: removeAllFurniture(draft), preferred: false, safe: true });
  }
  return fixes;
}

export const furniture = ruleFamily({
  name: 'furniture',
  rules: {
    'page-furniture': {
      severity: 'warning',
      reports: 'a page header or footer left over from a PDF',
      setting: 'A page header or footer left over from a PDF (2/7 V.20-05476).',
    },
  },
  check: (draft, _context, out) => checkFurniture(draft, out),
  fixes: { 'page-furniture': furnitureFix },
});
