// date-invalid: `31 September 2020`, `29 February 2021`, `0 May`.
import type { Finding } from '../diagnostics';
import type { Draft } from '../model';
import { daysInMonth, MONTH_NAMES } from '../parse/numerals';
import { colon, languageOf, type Messages } from './language';
import { ruleFamily } from './rule';

const FR_MONTHS = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'];
const ES_MONTHS = ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'octubre', 'noviembre', 'diciembre'];

/** Why a day does not exist: day 0, 29 February of a common year, or past the month's days. */
type Why = { kind: 'zero' } | { kind: 'common-year'; year: number } | { kind: 'days'; days: number };

const MESSAGES: Messages<(day: number, month: number, year: number | undefined, why: Why) => string> = {
  en: (day, month, year, why) => {
    const name = MONTH_NAMES[month - 1];
    const reason = why.kind === 'zero' ? 'there is no day 0' : why.kind === 'common-year' ? `${why.year} is not a leap year` : `${name} has ${why.days} days`;
    return `${day} ${name}${year ? ` ${year}` : ''} does not exist: ${reason}.`;
  },
  fr: (day, month, year, why) => {
    const name = FR_MONTHS[month - 1];
    const reason = why.kind === 'zero' ? "il n'y a pas de jour 0" : why.kind === 'common-year' ? `${why.year} n'est pas une année bissextile` : `${name} n'a que ${why.days} jours`;
    return `Le ${day} ${name}${year ? ` ${year}` : ''} n'existe pas${colon('fr')} ${reason}.`;
  },
  es: (day, month, year, why) => {
    const name = ES_MONTHS[month - 1];
    const reason = why.kind === 'zero' ? 'no hay día 0' : why.kind === 'common-year' ? `${why.year} no es bisiesto` : `${name} tiene ${why.days} días`;
    return `El ${day} de ${name}${year ? ` de ${year}` : ''} no existe: ${reason}.`;
  },
};

export function checkDates(draft: Draft, out: Finding[]): void {
  const say = MESSAGES[languageOf(draft)];
  for (let at = 0; at < draft.references.length; at++) {
    const reference = draft.references[at];
    if (reference.kind !== 'date') continue;
    const days = daysInMonth(reference.month, reference.year);
    for (let d = 0; d < reference.days.length; d++) {
      const day = reference.days[d];
      if (day.value >= 1 && day.value <= days) continue;
      const why: Why = day.value < 1 ? { kind: 'zero' } : reference.month === 2 && day.value === 29 && reference.year !== undefined ? { kind: 'common-year', year: reference.year } : { kind: 'days', days };
      out.push({ code: 'date-invalid', message: say(day.value, reference.month, reference.year, why), span: reference.span });
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
