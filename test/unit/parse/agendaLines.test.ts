// Lines `(Agenda item N)` under headings (format.md, "Agenda item lines").
import * as assert from 'node:assert/strict';
import { documentSymbols, parseDraft } from '../../../server/src/core';
import { isAgendaLine } from '../../../server/src/core/parse/agendaLines';
import { check, lines, report } from '../check';

const AGENDA = ['I. Organization of the session', '', '1. The Commission adopted the following agenda:', '    1. Election of officers.', '    2. General debate.', '    3. Adoption of the report.'];

describe('agenda item lines', () => {
  it('reads "(Agenda item N)" under a heading as no paragraph, its item checked against the agenda', () => {
    const text = report(...AGENDA, '', 'II. General debate', '(Agenda item 2)', '', '2. The Commission held a general debate.', '', 'III. Adoption of the report', '', '(Agenda items 3 and 5)', '', '3. The Commission adopted its report.');
    const [unknown] = check(text, ['22 agenda-item-unknown']);
    assert.match(unknown.message, /5/);
    const draft = parseDraft(text);
    assert.deepEqual(draft.paragraphs.map((p) => p.number), [1, 2, 3]);
    assert.deepEqual(draft.agendaLines.map((l) => [text.slice(l.span.start, l.span.end), draft.headings[l.heading].label]), [['(Agenda item 2)', 'II'], ['(Agenda items 3 and 5)', 'III']]);
  });

  it('does not fill a gap in the numbering', () => {
    const [, gap] = check(report('I. Introduction', '', '1. The session opened.', '', 'II. General debate', '', '(Agenda item 2)', '', '3. The debate was held.'), ['14 agenda-missing', '16 paragraph-sequence']);
    assert.equal(gap.message, 'Paragraph 3 follows paragraph 1: number 2 is missing.');
  });

  it('reads French and Spanish lines and a sub-item line', () => {
    assert.deepEqual(
      ['(Agenda item 3)', '(Agenda items 3, 4 and 5)', '(Agenda item 4 (a))', '(Agenda sub-item 2(a))', "(Point 3 de l'ordre du jour)", "(Points 3 et 4 de l'ordre du jour)", '(Tema 3 del programa)', '(Temas 3 y 4 del programa)'].map(isAgendaLine),
      [true, true, true, true, true, true, true, true],
    );
    assert.deepEqual(['(Agenda item)', 'Agenda item 3', '(see agenda item 3)', '(Agenda item 3', `(Agenda item 3 ${'x'.repeat(100)})`].map(isAgendaLine), [false, false, false, false, false]);
    check(lines('A/HRC/55/2', 'Distr. générale', '2 avril 2024', 'Français', 'Original : anglais', '', 'Rapport', '', 'I. Organisation de la session', "(Point 1 de l'ordre du jour)", '', '1. Le Conseil a tenu sa session.'), ['10 agenda-missing']);
  });

  it('reads a block of 10,000 one-line headings and agenda lines without overflowing the stack', () => {
    const draft = parseDraft(report('I. Texts', ...Array.from({ length: 5000 }, (_, i) => `(Agenda item ${i + 1})\nA. Title`), '* * *'));
    assert.equal(draft.agendaLines.length, 5000);
    assert.equal(draft.headings.length, 5001);
  });

  it('shows the line as its heading\'s detail in the outline', () => {
    const draft = parseDraft(report('I. General debate', '(Agenda item 2)', '', '1. The debate was held.'));
    const chapter = documentSymbols(draft).find((s) => s.name === 'I. General debate');
    assert.equal(chapter?.detail, '(Agenda item 2)');
  });
});
