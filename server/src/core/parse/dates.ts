// Recognizes dates at a month-name token: `28 September 2020`,
// `10 and 11 September 2020`, `from 27 to 29 January 2010`, `10-11 May`,
// `30 septembre 2021`, `30 de septiembre de 2021`.
import type { DateReference, NumberPart } from '../model';
import { monthValue } from './numerals';
import { endsWithComma, type Token, type Tokens } from './tokens';

const JOINERS = new Set(['and', 'to', 'et', 'au', 'y', 'al', 'a', '-', '–']);

function dayOf(token: Token | undefined): NumberPart | undefined {
  if (!token) return undefined;
  const match = /^(\d{1,2})(er)?$/.exec(token.core);
  if (!match) return undefined;
  return { value: Number(match[1]), span: { start: token.coreStart, end: token.coreStart + match[1].length } };
}

/** Days written as one token with a dash: `10-11`, `10–11`. */
function dayRange(token: Token | undefined): NumberPart[] | undefined {
  if (!token) return undefined;
  const match = /^(\d{1,2})[-–](\d{1,2})$/.exec(token.core);
  if (!match) return undefined;
  const second = token.coreStart + match[1].length + 1;
  return [
    { value: Number(match[1]), span: { start: token.coreStart, end: token.coreStart + match[1].length } },
    { value: Number(match[2]), span: { start: second, end: second + match[2].length } },
  ];
}

export function readDate(text: string, tokens: Tokens, i: number): DateReference | undefined {
  const month = monthValue(tokens.get(i).core);
  if (month === 0) return undefined;
  let j = i - 1;
  if (tokens.get(j)?.lower === 'de') j--; // Spanish: 30 de septiembre
  const days: NumberPart[] = [];
  const range = dayRange(tokens.get(j));
  if (range) {
    days.push(...range);
    j--;
  } else {
    const day = dayOf(tokens.get(j));
    if (!day) return undefined;
    days.push(day);
    j--;
    // Earlier days of the same month: `10 and 11`, `27 to 29`, `2, 3 and 4`.
    while (days.length < 8 && j >= 0) {
      const joiner = tokens.get(j);
      const earlier = dayOf(tokens.get(j - 1));
      const listed = dayOf(joiner);
      if (JOINERS.has(joiner.lower) && earlier) {
        days.unshift(earlier);
        j -= 2;
      } else if (listed && endsWithComma(text, joiner)) {
        days.unshift(listed);
        j -= 1;
      } else {
        break;
      }
    }
  }
  let end = tokens.get(i).coreEnd;
  let year: number | undefined;
  let k = i + 1;
  if (tokens.get(k)?.lower === 'de') k++;
  if (tokens.get(k) && /^\d{4}$/.test(tokens.get(k).core)) {
    year = Number(tokens.get(k).core);
    end = tokens.get(k).coreEnd;
  }
  return { kind: 'date', span: { start: days[0].span.start, end }, days, month, ...(year !== undefined ? { year } : {}) };
}
