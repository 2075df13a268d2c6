// masthead-incomplete: the symbol, distribution, date and original-language lines.
import type { Finding } from '../diagnostics';
import type { Draft } from '../model';
import { colon, joinList, languageOf, type Messages } from './language';
import { ruleFamily } from './rule';

type Part = 'symbol' | 'distribution' | 'date' | 'original';

interface MastheadMessages {
  none: string;
  parts: { readonly [part in Part]: string };
  lacks(list: string): string;
}

const MESSAGES: Messages<MastheadMessages> = {
  en: {
    none: 'The draft has no masthead: it should open with the document symbol, the distribution (Distr.: General), the date and the original language, each on its own line.',
    parts: { symbol: 'the document symbol', distribution: 'the distribution line (Distr.: General)', date: 'the date', original: 'the original language (Original: English)' },
    lacks: (list) => `The masthead lacks ${list}.`,
  },
  fr: {
    none: `Le projet n'a pas d'en-tête${colon('fr')} il devrait commencer par la cote du document, la distribution (Distr. générale), la date et la langue originale, chacune sur sa ligne.`,
    parts: { symbol: 'la cote du document', distribution: 'la ligne de distribution (Distr. générale)', date: 'la date', original: 'la langue originale (Original\u00a0: français)' },
    lacks: (list) => `Il manque à l'en-tête ${list}.`,
  },
  es: {
    none: 'El proyecto no tiene encabezado: debería empezar con la signatura del documento, la distribución (Distr. general), la fecha y el idioma original, cada uno en su línea.',
    parts: { symbol: 'la signatura del documento', distribution: 'la línea de distribución (Distr. general)', date: 'la fecha', original: 'el idioma original (Original: español)' },
    lacks: (list) => `Al encabezado le falta ${list}.`,
  },
};

export function checkMasthead(draft: Draft, out: Finding[]): void {
  const language = languageOf(draft);
  const say = MESSAGES[language];
  const masthead = draft.masthead;
  if (!masthead) {
    const firstLine = draft.lineMap.line(0);
    out.push({ code: 'masthead-incomplete', message: say.none, span: { start: firstLine.start, end: firstLine.end } });
    return;
  }
  const missing: string[] = [];
  if (!masthead.symbol) missing.push(say.parts.symbol);
  if (!masthead.distribution) missing.push(say.parts.distribution);
  if (!masthead.date) missing.push(say.parts.date);
  if (!masthead.original) missing.push(say.parts.original);
  if (missing.length === 0) return;
  out.push({ code: 'masthead-incomplete', message: say.lacks(joinList(missing, language)), span: masthead.lines[0].span });
}

export const masthead = ruleFamily({
  name: 'masthead',
  rules: {
    'masthead-incomplete': {
      severity: 'warning',
      reports: 'a masthead without symbol, distribution, date or original language',
      setting: 'A masthead without its symbol, distribution, date or original-language line.',
    },
  },
  check: (draft, _context, out) => checkMasthead(draft, out),
});
