import * as assert from 'node:assert/strict';
import { check, covered, lines, report } from '../check';

/** A report with chapters I to III, sections A and B in chapter II, and annexes I and II. */
function outlined(...paragraphs: string[]): string {
  const n = paragraphs.length;
  return report(
    'I. Introduction',
    '',
    ...paragraphs.flatMap((paragraph) => [paragraph, '']),
    'II. Organization of the meeting',
    '',
    'A. Opening of the meeting',
    '',
    `${n + 1}. The meeting was opened by the Chair.`,
    '',
    'B. Attendance',
    '',
    `${n + 2}. The following States were represented.`,
    '',
    'III. Adoption of the report',
    '',
    `${n + 3}. The report was adopted.`,
    '',
    'Annex I',
    '',
    'List of documents',
    '',
    'Annex II',
    '',
    'List of participants',
  );
}

describe('heading-ref-missing', () => {
  it('leaves references to chapters, sections and annexes the draft has', () => {
    check(outlined(
      '1. As set out in chapter III of the present report and in section II.B below, see annex II.',
      '2. See sect. B, chapters II and III, annexes I and II, and section A of chapter II above.',
      '3. The list is contained in annex I to the present report (see also chap. II).',
    ), []);
  });

  it('flags a chapter the draft does not have, naming its chapters', () => {
    const text = outlined('1. The recommendations are set out in chapter IV of the present report.');
    const [finding] = check(text, ['10 heading-ref-missing']);
    assert.equal(covered(text, finding), 'IV');
    assert.equal(finding.message, 'There is no chapter IV in the draft (its chapters are I, II and III): correct the reference, or add the heading it names.');
  });

  it('flags a section missing from its chapter, and a section letter no chapter has', () => {
    const text = outlined('1. See section III.A below and sect. D.');
    const findings = check(text, ['10 heading-ref-missing', '10 heading-ref-missing']);
    assert.equal(findings[0].message, 'Chapter III has no section A (it has no sections): correct the reference, or add the heading it names.');
    assert.equal(covered(text, findings[1]), 'D');
  });

  it('flags an annex the draft does not have, and each missing annex of a range', () => {
    const text = outlined('1. See annex III and annexes II to IV.');
    const findings = check(text, ['10 heading-ref-missing', '10 heading-ref-missing', '10 heading-ref-missing']);
    assert.equal(findings[0].message, 'There is no annex III: the draft\'s annexes are I and II. Correct the reference, or add the annex.');
  });

  it('says how to name a lone annex', () => {
    const text = report('1. The list of participants is in annex I.', '', 'Annex', '', 'List of participants');
    const [finding] = check(text, ['8 heading-ref-missing']);
    assert.match(finding.message, /headed "Annex", without a numeral\. Write "the annex"/);
  });

  it('flags "the annex to the present report" in a draft without an annex', () => {
    check(report('1. The list is set out in the annex to the present report.'), ['8 heading-ref-missing']);
  });

  it('leaves chapters and annexes of other documents alone', () => {
    check(report(
      '1. In accordance with annex I to decision 2/CP.17 and decision 2/CP.17, annex I, chap. II.',
      '',
      '2. See chapter IV of the report of the Commission on its sixtieth session (E/2023/28) and the annex to resolution 75/1.',
      '',
      '3. As noted in annex II of document A/78/10 and in Official Records of the General Assembly, Seventy-eighth Session, Supplement No. 10 (A/78/10), chap. IV, sect. B.',
      '',
      '4. Parties included in Annex I to the Convention and the Annex I Parties reported.',
      '',
      '5. The Chair recalled the present section and the non-Annex I Parties.',
    ), []);
  });

  it('reads French and Spanish references', () => {
    const french = lines('A/HRC/52/10', 'Distribution générale', '3 mars 2023', 'Original : français', '', 'Rapport', '', 'I. Introduction', '', '1. Voir le chapitre III du présent rapport et l\'annexe II, mais pas l\'annexe I de la décision 2/CP.17.');
    check(french, ['10 heading-ref-missing', '10 heading-ref-missing']);
    const spanish = lines('A/HRC/52/10', 'Distribución general', '3 de marzo de 2023', 'Original: español', '', 'Informe', '', 'I. Introducción', '', '1. Véase el capítulo I del presente informe y el anexo II.');
    check(spanish, ['10 heading-ref-missing']);
  });

  it('reads a bare chapter in an annex as the annex\'s own or the body\'s', () => {
    const text = report('I. Introduction', '', '1. Text.', '', 'Annex', '', 'Summary', '', 'I. Background', '', 'II. Views', '', '1. As chapter II above and chapter I explain, but not chapter III.');
    check(text, ['20 heading-ref-missing']);
  });
});
