// `introducesAgenda` reads the end of a paragraph in place (no slice, no lower-casing):
// it must answer what its definition by regular expressions answers, for any text.
import * as assert from 'node:assert/strict';
import * as fc from 'fast-check';
import { introducesAgenda } from '../../../server/src/core/parse/draft';
import { introducesAgendaOtherwise } from '../../../server/src/core/parse/agendaIntroduction';

/**
 * The definition: the last 40 characters, trimmed and lower-cased, end with one of the forms;
 * or they end with a colon and the other forms (agendaIntroduction.ts) read the text up to it.
 */
function reference(text: string): boolean {
  if (text.indexOf(':', text.length - 40) < 0) return false;
  const lower = text.slice(-40).trimEnd().toLowerCase();
  if (lower.endsWith('agenda:') || /ordre du jour( suivant)? ?:$/.test(lower.slice(-30)) || /programa( siguiente)?:$/.test(lower.slice(-30))) return true;
  const tail = text.slice(-40);
  return lower.endsWith(':') && introducesAgendaOtherwise(text, 0, text.length - tail.length + tail.trimEnd().length);
}

const PIECES = [
  'agenda', 'AGENDA', 'Agenda', 'agendA', 'ordre du jour', 'Ordre du Jour', 'ORDRE DU JOUR', ' suivant', ' SUIVANT', 'programa', 'PROGRAMA', ' siguiente',
  ':', ' :', ': ', ' ', '  ', '\t', '\n', '\r\n', '\u00a0', '\u2028', '\u3000', '\ufeff', '\u0085', '\u200b', 'İ', 'K', 'ß', 'ǅ', 'x', 'The following ', '.',
];

const FORMS = ['agenda:', 'AGENDA :', 'Agenda:', 'ordre du jour:', 'Ordre du jour :', 'ORDRE DU JOUR SUIVANT :', 'ordre du jour  :', 'programa:', 'Programa Siguiente:', 'programa :', 'agenda', ''];
const SPACES = [' ', '\t', '\n', '\r', '\u000b', '\u000c', '\u00a0', '\u1680', '\u2000', '\u200a', '\u2028', '\u2029', '\u202f', '\u205f', '\u3000', '\ufeff', '\u0085', '\u200b'];

describe('introducesAgenda', () => {
  it('knows the English, French and Spanish forms in any case', () => {
    assert.equal(introducesAgenda('1. The Working Group adopted the following agenda:'), true);
    assert.equal(introducesAgenda('1. THE FOLLOWING AGENDA:  \t'), true);
    assert.equal(introducesAgenda("1. Le Groupe de travail a adopté l'ordre du jour suivant :"), true);
    assert.equal(introducesAgenda('1. El Grupo aprobó el programa siguiente:'), true);
    assert.equal(introducesAgenda('1. The Working Group adopted the following agenda.'), false);
    assert.equal(introducesAgenda('1. The agenda: see annex I.'), false);
  });

  it('looks at the last 40 characters only, white space included', () => {
    assert.equal(introducesAgenda(`agenda:${' '.repeat(33)}`), true);
    assert.equal(introducesAgenda(`agenda:${' '.repeat(34)}`), false);
    assert.equal(introducesAgenda(`ordre du jour suivant :${'\u2028'.repeat(17)}`), true);
    assert.equal(introducesAgenda(`ordre du jour suivant :${'\u2028'.repeat(18)}`), false);
  });

  it('agrees with its definition on any text', () => {
    const piece = fc.oneof(fc.constantFrom(...PIECES), fc.string({ maxLength: 3 }));
    // Mostly texts that end like a form, so that both answers are common.
    const text = fc
      .tuple(fc.array(piece, { maxLength: 12 }), fc.constantFrom(...FORMS), fc.array(fc.constantFrom(...SPACES), { maxLength: 30 }), fc.array(piece, { maxLength: 1 }))
      .map(([before, form, spaces, after]) => before.join('') + form + spaces.join('') + after.join(''));
    fc.assert(
      fc.property(text, (draft) => introducesAgenda(draft) === reference(draft)),
      { numRuns: 5000 },
    );
  });
});
