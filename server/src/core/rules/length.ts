// report-length: the body of the report is over the word limit (by default 10,700
// words, the limit for reports of intergovernmental bodies); core/wordCount.ts says
// what is counted. The limit is a setting (`rapporteur.reportLength`, `reportLength`
// in rapporteur.json), passed in the check's context.
import type { Draft } from '../model';
import { countWords } from '../wordCount';
import { ruleFamily } from './rule';

export const DEFAULT_REPORT_LENGTH = 10_700;

/** `10700` → `10,700` (the English form of the United Nations' documents). */
export function groupedNumber(value: number): string {
  const digits = String(Math.round(value));
  let out = '';
  for (let i = 0; i < digits.length; i++) {
    if (i > 0 && (digits.length - i) % 3 === 0) out += ',';
    out += digits[i];
  }
  return out;
}

/** Where the finding sits: the title, else the first line of the draft. */
function findingSpan(draft: Draft): { start: number; end: number } {
  if (draft.title) return draft.title.span;
  const end = draft.text.indexOf('\n');
  return { start: 0, end: end < 0 ? draft.text.length : end };
}

export const length = ruleFamily({
  name: 'length',
  rules: {
    'report-length': {
      severity: 'information',
      reports: 'a report whose body is over the word limit (10,700 words unless set otherwise)',
      setting: 'The body of the report (title, headings, paragraphs, lists and footnotes; not the masthead, page furniture or annexes) has more words than the limit set by `rapporteur.reportLength` (10,700 unless set otherwise).',
    },
  },
  check: (draft, context, out) => {
    const limit = context.reportLength ?? DEFAULT_REPORT_LENGTH;
    const words = countWords(draft);
    if (words.body <= limit) return;
    const annexes = words.annexes > 0 ? ` and ${groupedNumber(words.annexes)} in annexes, not counted` : '';
    out.push({
      code: 'report-length',
      message: `The body of the report has ${groupedNumber(words.body)} words${annexes}: over the limit of ${groupedNumber(limit)} by ${groupedNumber(words.body - limit)}. Shorten it, or move supporting material to an annex.`,
      span: findingSpan(draft),
    });
  },
});

/**
 * The `reportLength` setting, read from untrusted input: a whole number of words from 1 up;
 * unset (undefined or null) gives the default without a problem.
 */
export function readReportLength(value: unknown): { limit: number; problem?: string } {
  if (value === undefined || value === null) return { limit: DEFAULT_REPORT_LENGTH };
  if (typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= 1_000_000_000) return { limit: value };
  const shown = typeof value === 'string' && value.length <= 40 ? JSON.stringify(value) : typeof value === 'number' ? String(value) : `a ${Array.isArray(value) ? 'list' : typeof value}`;
  return { limit: DEFAULT_REPORT_LENGTH, problem: `"reportLength" must be a whole number of words, such as 10700; ${shown} is ignored and ${groupedNumber(DEFAULT_REPORT_LENGTH)} is used` };
}
