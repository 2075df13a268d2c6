// The day readers of dates read in place; they must answer what their regular
// expressions answered: `^(\d{1,2})(er)?$` for a day, `^(\d{1,2})[-–](\d{1,2})$` for
// two days joined by a dash.
import * as assert from 'node:assert/strict';
import * as fc from 'fast-check';
import { dayOf, dayRange } from '../../../server/src/core/parse/dates';
import { tokenize } from '../../../server/src/core/parse/tokens';
import type { NumberPart } from '../../../server/src/core/model';

function dayDefinition(core: string, at: number): NumberPart | undefined {
  const match = /^(\d{1,2})(er)?$/.exec(core);
  return match ? { value: Number(match[1]), span: { start: at, end: at + match[1].length } } : undefined;
}

function rangeDefinition(core: string, at: number): NumberPart[] | undefined {
  const match = /^(\d{1,2})[-–](\d{1,2})$/.exec(core);
  if (!match) return undefined;
  const second = at + match[1].length + 1;
  return [
    { value: Number(match[1]), span: { start: at, end: at + match[1].length } },
    { value: Number(match[2]), span: { start: second, end: second + match[2].length } },
  ];
}

const PIECES = ['1', '9', '10', '28', '31', '123', '0', 'er', 'e', 'r', 'ER', '-', '–', '—', '/', 'a', '٣', '(', ')', ','];

describe('dates: the days before a month', () => {
  it('reads days as written', () => {
    assert.deepEqual(dayOf(tokenize('le 1er mai', 0, 10).get(1))?.value, 1);
    assert.equal(dayOf(tokenize('on 123 May', 0, 10).get(1)), undefined);
    assert.deepEqual(dayRange(tokenize('10–11 May', 0, 9).get(0))?.map((d) => d.value), [10, 11]);
    assert.equal(dayRange(tokenize('10—11 May', 0, 9).get(0)), undefined);
  });

  it('answers what the regular expressions answered', () => {
    const word = fc.array(fc.oneof(fc.constantFrom(...PIECES), fc.string({ maxLength: 2 })), { minLength: 1, maxLength: 4 }).map((parts) => parts.join(''));
    fc.assert(
      fc.property(word, (written) => {
        const text = `on ${written} May`;
        const tokens = tokenize(text, 0, text.length);
        for (let i = 0; tokens.has(i); i++) {
          const token = tokens.get(i);
          assert.deepEqual(dayOf(token), dayDefinition(token.core, token.coreStart));
          assert.deepEqual(dayRange(token), rangeDefinition(token.core, token.coreStart));
        }
      }),
      { numRuns: 3000 },
    );
  });
});
