// Masthead lines that are not the draft's own: the emblem's words (`United Nations`, possibly
// with the symbol on the same line, as a PDF's text gives them) and the organ's name.
import { isSymbolLine } from '../core/parse/masthead';

const EMBLEM = ['United Nations', 'Nations Unies', 'Naciones Unidas'];

const ORGANS = new Set([
  'general assembly', 'security council', 'economic and social council', 'trusteeship council',
  'assemblée générale', 'conseil de sécurité', 'conseil économique et social',
  'asamblea general', 'consejo de seguridad', 'consejo económico y social',
]);

/** Whether a masthead line is the page's own furniture (`known`), and a symbol it carries. */
export function readMastheadExtras(text: string): { known: boolean; symbol?: string } {
  if (ORGANS.has(text.toLowerCase())) return { known: true };
  for (const emblem of EMBLEM) {
    if (!text.startsWith(emblem)) continue;
    const rest = text.slice(emblem.length).trim();
    if (rest === '') return { known: true };
    if (isSymbolLine(rest)) return { known: true, symbol: rest };
  }
  return { known: false };
}
