// page-furniture: running heads and feet left over from a PDF.
import type { Finding } from '../diagnostics';
import { removeAllFurniture, removeFurniture } from '../fix/furniture';
import type { Draft } from '../model';
import { colon, languageOf, quote, type Messages } from './language';
import { ruleFamily, type Fix } from './rule';

interface FurnitureMessages {
  found(text: string): string;
  removeOne: string;
  removeAll(count: number): string;
}

const MESSAGES: Messages<FurnitureMessages> = {
  en: {
    found: (text) => `"${text}" is a page header or footer left over from the PDF: delete this line.`,
    removeOne: 'Remove this page header or footer',
    removeAll: (count) => `Remove all ${count} page headers and footers`,
  },
  fr: {
    found: (text) => `${quote(text, 'fr')} est un en-tête ou un pied de page resté du PDF${colon('fr')} supprimer cette ligne.`,
    removeOne: 'Supprimer cet en-tête ou ce pied de page',
    removeAll: (count) => `Supprimer les ${count} en-têtes et pieds de page`,
  },
  es: {
    found: (text) => `"${text}" es un encabezado o pie de página que quedó del PDF: suprima esta línea.`,
    removeOne: 'Suprimir este encabezado o pie de página',
    removeAll: (count) => `Suprimir los ${count} encabezados y pies de página`,
  },
};

export function checkFurniture(draft: Draft, out: Finding[]): void {
  const say = MESSAGES[languageOf(draft)];
  for (const line of draft.furniture) out.push({ code: 'page-furniture', message: say.found(line.text), span: line.span });
}

function furnitureFix(draft: Draft, finding: Finding): Fix[] {
  const furniture = draft.furniture.find((f) => f.span.start === finding.span.start);
  if (!furniture) return [];
  const say = MESSAGES[languageOf(draft)];
  const fixes: Fix[] = [{ title: say.removeOne, code: finding.code, edits: [removeFurniture(draft, furniture)], preferred: true, safe: true }];
  if (draft.furniture.length > 1) {
    fixes.push({ title: say.removeAll(draft.furniture.length), code: finding.code, edits: removeAllFurniture(draft), preferred: false, safe: true });
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
