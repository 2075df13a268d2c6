// date-invalid: `31 September 2020`, `29 February 2021`, `0 May`.
import type { Finding } from '../diagnostics';
import type { Draft } from '../model';
import { daysInMonth, MONTH_NAMES } from '../parse/numerals';
import { ruleFamily } from './rule';

export function checkDates(draft: Draft, out: Finding[]): void {
  for (let at = 0; at < draft.references.length; at++) {
    const reference = draft.references[at];
    if (reference.kind !== 'date') continue;
    const days = daysInMonth(reference.month, reference.year);
    for (let d = 0; d < reference.days.length; d++) {
      const day = reference.days[d];
      if (day.value >= 1 && day.value <= days) continue;
      const month = MONTH_NAMES[reference.month - 1];
      const year = reference.year ? ` ${reference.year}` : '';
      const why = day.value < 1 ? 'there is no day 0' : reference.month === 2 && day.value === 29 ? `${reference.year} is not a leap year` : `${month} has ${days} days`;
      out.push({ code: 'date-invalid', message: `${day.value} ${month}${year} does not exist: ${why}.`, span: reference.span });
      break;
    }
  }
}

export const dates = ruleFamily({
  name: 'dates',
  rules: {
    'date-invalid': { severity: 'error', reports: 'a date that does not exist', setting: 'A date that does not exist (31 September 2020).' },
  },
  check: (draft, _context, out) => checkDates(draft, out),
});
