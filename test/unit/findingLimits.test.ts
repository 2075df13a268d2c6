// At most 1,000 diagnostics per code and 5,000 per draft, then one `information`
// diagnostic per code saying how many more there are. A draft with a million bad
// references gave a million diagnostics.
import * as assert from 'node:assert/strict';
import { FINDING_LIMITS, limitFindings, type Diagnostic, type Finding } from '../../server/src/core';
import { covered, diagnose, report } from './check';

const list = (count: number, item: (i: number) => string) => Array.from({ length: count }, (_, i) => item(i)).join(', ');

/** Counts by `code severity`. */
function tally(diagnostics: Diagnostic[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const d of diagnostics) counts[`${d.code} ${d.severity}`] = (counts[`${d.code} ${d.severity}`] ?? 0) + 1;
  return counts;
}

const notShown = (diagnostics: Diagnostic[]) => diagnostics.filter((d) => d.message.includes('not shown')).map((d) => d.message);

// These drafts are long and their lists unpunctuated: report-length and list-punctuation, which
// they would also get, are switched off where they would take places in the count.
describe('limits on the diagnostics of a draft', () => {
  it('shows 1,000 of 20,000 bad references, then says how many more', () => {
    const text = report('I. Introduction', '', `1. See paragraphs ${list(20_000, (i) => String(i + 2))} below.`);
    const diagnostics = diagnose(text, undefined, { 'report-length': 'off' });
    assert.deepEqual(tally(diagnostics), { 'paragraph-ref-missing error': 1000, 'paragraph-ref-missing information': 1 });
    const last = diagnostics[diagnostics.length - 1];
    assert.equal(last.message, '19,000 more paragraph-ref-missing findings not shown, from here on: at most 1,000 are shown per code and 5,000 per draft.');
    assert.equal(covered(text, last), '1002', 'on the first reference not shown');
    assert.equal(covered(text, diagnostics[999]), '1001');
  });

  it('shows 5,000 in text order when many codes pass the limit, and one summary per code cut', () => {
    const text = report(
      'I. Introduction', '',
      '1. The Working Group adopted the following agenda:', '    1. Opening.', '    2. Closing.', '',
      `2. See paragraphs ${list(1500, (i) => String(i + 100))} below.`, '',
      `3. Under agenda items ${list(1500, (i) => String(i + 3))}, nothing.`, '',
      `4. It met on ${list(1500, () => '31 September 2020')}.`, '',
      '5. States should:', Array.from({ length: 1501 }, () => '    (a) Act;').join('\n'), '',
      Array.from({ length: 1500 }, () => 'Unnumbered.').join('\n\n'), '',
      `6. Documents ${list(1500, (i) => `A/75/${i + 1}`)} were before it.`,
    );
    const diagnostics = diagnose(text, undefined, { 'report-length': 'off', 'list-punctuation': 'off' });
    assert.deepEqual(tally(diagnostics), {
      'paragraph-ref-missing error': 1000,
      'paragraph-ref-missing information': 1,
      'agenda-item-unknown error': 1000,
      'agenda-item-unknown information': 1,
      'date-invalid error': 1000,
      'date-invalid information': 1,
      'list-sequence error': 1000,
      'list-sequence information': 1,
      'paragraph-unnumbered warning': 1000,
      'paragraph-unnumbered information': 1,
      'symbol-unresolved information': 1,
    });
    assert.equal(notShown(diagnostics).pop(), '1,500 more symbol-unresolved findings not shown, from here on: at most 1,000 are shown per code and 5,000 per draft.');
    assert.ok(diagnostics.every((d, i) => i === 0 || diagnostics[i - 1].span.start <= d.span.start), 'in text order');
  });

  it('counts only codes that are on', () => {
    const text = report('I. Introduction', '', `1. See paragraphs ${list(1500, (i) => String(i + 2))} below, on ${list(1500, () => '31 September 2020')}.`);
    assert.deepEqual(tally(diagnose(text, undefined, { 'paragraph-ref-missing': 'off' })), { 'date-invalid error': 1000, 'date-invalid information': 1 });
    assert.deepEqual(tally(diagnose(text, undefined, { 'paragraph-ref-missing': 'off', 'date-invalid': 'hint' })), { 'date-invalid hint': 1000, 'date-invalid information': 1 });
  });

  it('leaves a draft within the limits as it is', () => {
    const text = report('I. Introduction', '', `1. See paragraphs ${list(1000, (i) => String(i + 2))} below.`);
    assert.deepEqual(tally(diagnose(text)), { 'paragraph-ref-missing error': 1000 });
    assert.deepEqual(FINDING_LIMITS, { perCode: 1000, perDraft: 5000 });
  });

  it('puts each summary at the first finding of its code not shown, after those kept there; a code switched off takes no place', () => {
    const at = (start: number, code: Finding['code']): Finding => ({ code, message: `${code} ${start}`, span: { start, end: start + 1 } });
    const all = [at(1, 'date-invalid'), at(1, 'page-furniture'), at(2, 'date-invalid'), at(2, 'list-sequence'), at(3, 'date-invalid'), at(4, 'list-sequence'), at(5, 'paragraph-sequence')];
    const limited = limitFindings(all, (code) => (code === 'page-furniture' ? undefined : 'error'), { perCode: 1, perDraft: 2 });
    assert.deepEqual(limited.map((d) => `${d.span.start} ${d.code} ${d.severity}`), [
      '1 date-invalid error',
      '2 list-sequence error',
      '2 date-invalid information',
      '4 list-sequence information',
      '5 paragraph-sequence information',
    ]);
    assert.equal(limited[2].message, '2 more date-invalid findings not shown, from here on: at most 1 are shown per code and 2 per draft.');
    assert.equal(limited[4].message, '1 more paragraph-sequence finding not shown, from here on: at most 1 are shown per code and 2 per draft.');
    const french = limitFindings(all, () => 'error', { perCode: 1, perDraft: 2000 }, 'fr');
    assert.equal(french.find((d) => d.severity === 'information')?.message, '2 autres constats date-invalid non affichés à partir d\'ici\u00a0: au plus 1 par code et 2\u202f000 par projet.');
  });
});
