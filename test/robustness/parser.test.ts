// Total parsing: any text gives a model, every span lies inside the text, and
// checking never throws. Bounded runs here; `npm run fuzz` runs longer.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as fc from 'fast-check';
import { mutatedDraft, ODD } from './mutations';
import { assertTotal } from './total';

const REPORT = readFileSync(join(__dirname, '../../../test/fixtures/CTOC-COP-WG.4-2020-4.unr'), 'utf8');
const REPORT_LINES = REPORT.split('\n');

/** Pieces that matter to the parser, to make random drafts likelier to exercise it. */
const PIECE = fc.constantFrom(
  '\n', '\r\n', '\r', '\n\n', '    ', '\t', '\u00a0', '\ufeff', '\u0000', '\ud800', '\u202e', 'I. ', 'A. ', '1. ', '15.', '(a) ', '(i) ', 'Annex', 'Annex II',
  'agenda item ', 'items ', 'under item ', 'paragraph ', 'paras. ', '12–14', ' above', ' below', ', entitled "', '"', '“', '”', 'CTOC/COP/WG.4/2020/',
  'Rev.1', 'rev1', '/', '//', 'S/RES/1325(2000)', ' (2000)', '31 September 2020', ' and ', ', ', 'Australia', 'agenda:', 'following:', '2/7 V.20-05476',
  'Distr.: General', 'Original: English', 'decision 4/4', 'of resolution 7/1', '.', ':', ';',
);

describe('total parsing', () => {
  it('parses and checks any string without throwing, all ranges inside the text', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 400 }), assertTotal), { numRuns: 300, seed: 1 });
  });

  it('parses and checks random drafts built from meaningful pieces', () => {
    fc.assert(fc.property(fc.array(fc.oneof(PIECE, fc.string({ maxLength: 8 })), { maxLength: 120 }).map((parts) => parts.join('')), assertTotal), { numRuns: 500, seed: 2 });
  });

  it('parses and checks the real report with lines deleted, duplicated and swapped', () => {
    const mutation = fc.array(fc.tuple(fc.constantFrom('delete', 'duplicate', 'swap', 'indent', 'truncate'), fc.nat(REPORT_LINES.length - 1), fc.nat(REPORT_LINES.length - 1)), { maxLength: 12 });
    fc.assert(
      fc.property(mutation, (edits) => {
        const lines = [...REPORT_LINES];
        for (const [kind, a, b] of edits) {
          const i = a % lines.length;
          const j = b % lines.length;
          if (kind === 'delete' && lines.length > 1) lines.splice(i, 1);
          else if (kind === 'duplicate') lines.splice(i, 0, lines[i]);
          else if (kind === 'swap') [lines[i], lines[j]] = [lines[j], lines[i]];
          else if (kind === 'indent') lines[i] = `    ${lines[i]}`;
          else lines[i] = lines[i].slice(0, j % (lines[i].length + 1));
        }
        assertTotal(lines.join('\n'));
      }),
      { numRuns: 150, seed: 3 },
    );
  });

  it('parses and checks hundreds of mutated real drafts: pasted odd characters, line endings, long lines', () => {
    fc.assert(fc.property(mutatedDraft({ maxLongLine: 5_000 }), (draft) => assertTotal(draft.text)), { numRuns: 250, seed: 5 });
  });

  for (const [name, text] of [
    ['a 1 MB line of A/A/A/…', 'A/'.repeat(500_000)],
    ['a 1 MB line of ((((', '('.repeat(1_000_000)],
    ['a 1 MB line of numbers and full stops', '1. '.repeat(333_333)],
    ['a 1 MB run of unclosed quotes after "entitled"', 'agenda item 1, entitled "'.repeat(40_000)],
    ['a 1 MB enumeration', `${'Australia, '.repeat(90_000)}and Chile.`],
    ['a 1 MB line of right-to-left text', 'الفقرة 12 أعلاه، שלום '.repeat(45_000)],
    ['a 1 MB line of lone surrogates, NUL and BOMs', '\ud800a\u0000\ufeff\udc00'.repeat(200_000)],
    ['a 1 MB line of no-break spaces and tabs', '\u00a0\t'.repeat(500_000)],
    ['a 1 MB line of paragraph references', 'paragraph 12 above, '.repeat(50_000)],
    ['a 1 MB line of symbols with revisions', 'CTOC/COP/WG.4/2020/1/Rev.1 '.repeat(37_000)],
    ['a 1 MB line of list markers', '(a) (i) '.repeat(125_000)],
    ['1 MB of lone CRs', '1. x\r'.repeat(200_000)],
    ['1 MB of odd characters', ODD.join('').repeat(Math.ceil(1_000_000 / ODD.join('').length))],
  ] as const) {
    it(`survives ${name}`, () => {
      assertTotal(`A/1\nDistr.: General\n1 May 2020\nOriginal: English\n\nTitle\n\nI. Intro\n\n1. ${text}`);
    });
  }
});
