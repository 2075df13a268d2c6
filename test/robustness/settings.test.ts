// Rule settings from untrusted input (rapporteur.json, the rapporteur.rules setting):
// any value gives settings and a bounded list of short problems.
import * as assert from 'node:assert/strict';
import * as fc from 'fast-check';
import { readRuleSettings, RULE_CODES } from '../../server/src/core';

describe('robustness: rule settings from untrusted input', () => {
  it('reads any JSON value without throwing, with at most 11 problems of one line each', () => {
    const rules = fc.oneof(fc.jsonValue(), fc.dictionary(fc.oneof(fc.constantFrom(...RULE_CODES, '__proto__', 'constructor'), fc.string()), fc.jsonValue()));
    fc.assert(
      fc.property(rules, (value) => {
        const { settings, problems } = readRuleSettings(value);
        assert.ok(problems.length <= 11);
        for (const problem of problems) assert.ok(problem.length < 600 && !problem.includes('\n'), problem);
        for (const setting of Object.values(settings)) assert.ok(['error', 'warning', 'information', 'hint', 'off'].includes(setting as string));
      }),
      { numRuns: 500, seed: 9 },
    );
  });

  it('counts what it does not report, and cuts long values short', () => {
    const { problems } = readRuleSettings({ ...Object.fromEntries(Array.from({ length: 5_000 }, (_, i) => [`rule-${i}`, 'off'])), 'page-furniture': 'x'.repeat(10_000) });
    assert.equal(problems.length, 11);
    assert.equal(problems[10], 'and 4991 more problems in "rules"');
    assert.deepEqual(readRuleSettings({ 'page-furniture': 'x'.repeat(10_000) }).problems, [`rule "page-furniture": "${'x'.repeat(59)}…" is not one of error, warning, information, hint, off`]);
  });

  it('does not read a severity through to Object.prototype', () => {
    assert.deepEqual(readRuleSettings({ 'page-furniture': 'constructor', 'date-invalid': '__proto__' }).settings, {});
  });
});
