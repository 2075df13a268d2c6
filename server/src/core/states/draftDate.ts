// The date of a draft as an ISO date, read from its masthead: "28 September 2020",
// "1er octobre 2021", "30 de septiembre de 2021". Names of States are checked at that date.
import type { Draft } from '../model';
import { monthValue } from '../parse/numerals';

/** `YYYY-MM-DD`, or undefined when the masthead has no date that reads as one. */
export function isoDateOf(written: string | undefined): string | undefined {
  if (!written) return undefined;
  const words = written.trim().split(/\s+/).filter((word) => word !== 'de');
  if (words.length !== 3) return undefined;
  const day = Number.parseInt(words[0], 10);
  const month = monthValue(words[1]);
  const year = Number(words[2]);
  if (!(day >= 1 && day <= 31) || month === 0 || !Number.isInteger(year) || year < 1945 || year > 9999) return undefined;
  return `${year}-${pad(month)}-${pad(day)}`;
}

function pad(value: number): string {
  return value < 10 ? `0${value}` : String(value);
}

export function draftDate(draft: Draft): string | undefined {
  return isoDateOf(draft.masthead?.date);
}
