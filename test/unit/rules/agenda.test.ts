// agenda-item-unknown, agenda-title-mismatch, agenda-missing (core/rules/agenda.ts), on
// annotated drafts (test/unit/annotated.ts).
import * as assert from 'node:assert/strict';
import { checkAnnotated, dedentLines } from '../annotated';
import { report } from '../check';
import { parseDraft } from '../../../server/src/core';

const AGENDA = [
  'A. Adoption of the agenda',
  '',
  '1. At its 1st meeting, the Working Group adopted the following agenda:',
  '    1. Organizational matters:',
  '        (a) Opening of the meeting;',
  '        (b) Adoption of the agenda and organization of work.',
  '    2. Best practices in joint investigations and specialized prosecutions.',
  '    3. Other matters.',
];

/** A chapter with the agenda, then `body` (annotated). */
function withAgenda(body: string): string {
  return ['I. Organization', '', ...AGENDA, '', ...dedentLines(body)].join('\n');
}

describe('agenda references', () => {
  it('reads the adopted agenda: items, sub-items and titles', () => {
    const agenda = parseDraft(report('I. Organization', '', ...AGENDA)).agenda;
    assert.deepEqual(agenda?.items.map((item) => [item.number, item.title, item.subItems.map((sub) => `${sub.label} ${sub.title}`)]), [
      [1, 'Organizational matters', ['a Opening of the meeting', 'b Adoption of the agenda and organization of work']],
      [2, 'Best practices in joint investigations and specialized prosecutions', []],
      [3, 'Other matters', []],
    ]);
  });

  it('accepts references to items and sub-items the agenda has, with matching titles', () => {
    checkAnnotated(withAgenda(`
      2. Under agenda item 2, entitled “Best practices in joint investigations and specialized  prosecutions.”, and agenda item 1 (b), speakers noted. Under item 3, nothing. Agenda items 1 to 3 were considered.
    `));
  });

  it('reports an item the agenda does not have', () => {
    checkAnnotated(withAgenda(`
      2. Under agenda items 2 and 7, speakers noted.
                                  ^ agenda-item-unknown: There is no agenda item 7 in the agenda: its items are 1 to 3.
    `));
  });

  it('reports a sub-item the item does not have', () => {
    checkAnnotated(withAgenda(`
      2. Under agenda item 1 (c), nothing.
                             ^^^ agenda-item-unknown: Agenda item 1 has no sub-item (c) in the agenda: it has (a) and (b).
    `));
  });

  it('reports a quoted title that drifted from the agenda, on the title', () => {
    const [mismatch] = checkAnnotated(withAgenda(`
      2. The Working Group considered agenda item 2, entitled "Best practices in joint investigation and specialized prosecutions".
                                                               ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ agenda-title-mismatch: The title quoted for agenda item 2 differs from the agenda, which reads "Best practices in joint investigations and specialized prosecutions".
    `));
    assert.equal(mismatch.severity, 'warning');
  });

  it('compares letter case', () => {
    checkAnnotated(withAgenda(`
      2. It considered agenda item 3, entitled "Other Matters".
                                                ^^^^^^^^^^^^^ agenda-title-mismatch
    `));
  });

  it('does not compare the title of a resolution or a document', () => {
    checkAnnotated(withAgenda(`
      2. In its resolution 7/1, entitled "Other matters in general", the Conference decided.
    `));
  });

  it('gives an unknown item only agenda-item-unknown, not a title mismatch', () => {
    checkAnnotated(withAgenda(`
      2. It considered agenda item 9, entitled "Anything".
                                   ^ agenda-item-unknown
    `));
  });

  it('reports agenda-missing once when there is no agenda', () => {
    const [missing] = checkAnnotated(`
      I. Deliberations

      1. Under agenda item 2, speakers noted.
               ^^^^^^^^^^^^^ agenda-missing

      2. Under agenda item 3, others noted.
    `);
    assert.equal(missing.severity, 'information');
  });

  it('recognizes French and Spanish agenda references without false alarms', () => {
    checkAnnotated(withAgenda(`
      2. Au titre du point 2 de l’ordre du jour, et du tema 3 del programa, les intervenants ont noté.
    `));
  });
});

describe('agenda under an "Agenda" heading', () => {
  it('reads a paragraph that introduces the agenda as a paragraph, and its items as the agenda', () => {
    const draft = `
      I. Provisional agenda

      1. The Working Group will consider the following provisional agenda:
          1. Organizational matters.
          2. Other matters.

      2. Under agenda item 2, nothing.
    `;
    checkAnnotated(draft);
    assert.deepEqual(parseDraft(report(...dedentLines(draft))).agenda?.items.map((item) => item.title), ['Organizational matters', 'Other matters']);
  });
});

describe('agendas introduced otherwise', () => {
  /** The numbers of the agenda items of a draft whose agenda paragraph is `intro`. */
  const itemsAfter = (intro: string) =>
    parseDraft(report('I. Organization', '', `1. ${intro}`, '    1. Opening of the session.', '    2. Adoption of the agenda.', '    3. Other matters.')).agenda?.items.map((item) => item.number);

  it('reads the agenda after each form of introduction', () => {
    for (const intro of [
      'At its 1st meeting, the Commission adopted its provisional agenda (E/CN.6/2024/1). The agenda read as follows:',
      'At its 1st meeting, the Commission adopted its provisional agenda as contained in document E/CN.5/2024/1. The agenda, as adopted, was as follows:',
      'At its 2nd meeting, on 14 June, the SBI adopted the agenda as follows:',
      'The Committee adopted the following agenda on the basis of the provisional agenda (UNEP/OECPR.6/1):',
      "À sa 1re séance, le Groupe de travail a adopté son ordre du jour provisoire. L’ordre du jour de la session était le suivant :",
      'En su primera sesión, la Comisión aprobó su programa provisional. El programa de la sesión fue el siguiente:',
      'La Mesa Directiva aprobó el siguiente temario:',
    ]) {
      assert.deepEqual(itemsAfter(intro), [1, 2, 3], intro);
    }
  });

  it('does not read a list introduced by an agenda item or a draft resolution as the agenda', () => {
    assert.equal(itemsAfter('The draft resolution under agenda item 3 read as follows:'), undefined);
    assert.equal(itemsAfter('The agenda item was introduced as follows:'), undefined);
  });

  it('checks references against an agenda that "read as follows"', () => {
    checkAnnotated(`
      I. Organization

      1. At its 1st meeting, the Commission adopted its provisional agenda (E/CN.6/2024/1). The agenda read as follows:
          1. Election of officers.
          2. Adoption of the agenda.
          3. Follow-up to the Fourth World Conference on Women:
              (a) Review of implementation;
              (b) Emerging issues.
          4. Other matters.

      II. Follow-up

      2. The Commission considered agenda item 3 (c), entitled "Emerging issues", and agenda item 4.
                                                 ^^^ agenda-item-unknown
    `);
  });
});

describe('agenda items in the front matter', () => {
  it('reads "Agenda item 6" above the title as the parent organ’s item: no agenda-missing', () => {
    checkAnnotated(`
      A/HRC/55/7
      Distr.: General
      4 January 2024
      Original: English

      Human Rights Council
      Fifty-fifth session
      Agenda item 6
      Universal periodic review

      Report of the Working Group on the Universal Periodic Review

      I. Summary of the proceedings

      1. The Working Group held its review.
    `, { whole: true });
  });

  it('still reports an agenda item named in the body of a report without an agenda', () => {
    checkAnnotated(`
      I. Summary

      1. Under agenda item 6, the Working Group held its review.
               ^^^^^^^^^^^^^ agenda-missing
    `);
  });
});
