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
