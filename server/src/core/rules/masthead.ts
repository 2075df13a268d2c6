// masthead-incomplete: the symbol, distribution, date and original-language lines.
import type { Finding } from '../diagnostics';
import type { Draft } from '../model';
import { ruleFamily } from './rule';

export function checkMasthead(draft: Draft, out: Finding[]): void {
  const masthead = draft.masthead;
  if (!masthead) {
    const firstLine = draft.lineMap.line(0);
    out.push({
      code: 'masthead-incomplete',
      message: 'The draft has no masthead: it should open with the document symbol, the distribution (Distr.: General), the date and the original language, each on its own line.',
      span: { start: firstLine.start, end: firstLine.end },
    });
    return;
  }
  const missing: string[] = [];
  if (!masthead.symbol) missing.push('the document symbol');
  if (!masthead.distribution) missing.push('the distribution line (Distr.: General)');
  if (!masthead.date) missing.push('the date');
  if (!masthead.original) missing.push('the original language (Original: English)');
  if (missing.length === 0) return;
  const list = missing.length === 1 ? missing[0] : `${missing.slice(0, -1).join(', ')} and ${missing[missing.length - 1]}`;
  const first = masthead.lines[0];
  out.push({ code: 'masthead-incomplete', message: `The masthead lacks ${list}.`, span: first.span });
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
