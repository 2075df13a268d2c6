// Messages in the draft's language (core/rules/language.ts; each family keeps its own messages):
// a French or Spanish masthead gets French or Spanish messages and quick fix titles; codes stay.
import * as assert from 'node:assert/strict';
import { checkDraft, EMPTY_CONTEXT, parseDraft, quickFixes } from '../../../server/src/core';
import { joinList, numberRuns } from '../../../server/src/core/rules/language';
import { checkAnnotated } from '../annotated';

const FRENCH = ['A/HRC/55/9', 'Distr. générale', '3 janvier 2024', 'Français', 'Original : français', '', 'Rapport du Groupe de travail', ''];
const SPANISH = ['E/CN.7/2024/15', 'Distr. general', '3 de abril de 2024', 'Español', 'Original: inglés', '', 'Informe de la Comisión', ''];

/** A whole draft: the masthead's lines, then the annotated body. */
function draft(masthead: string[], body: string): string {
  return [...masthead, ...body.split('\n')].join('\n');
}

describe('messages in the draft language', () => {
  it('writes numbering messages in French, with a no-break space before the colon', () => {
    checkAnnotated(
      draft(FRENCH, [
        'I. Introduction',
        '',
        '1. Premier.',
        '',
        '3. Troisième, voir le paragraphe 9 ci-dessus.',
        '^ paragraph-sequence: Le paragraphe 3 suit le paragraphe 1\u00a0: le numéro 2 manque.',
        '                                 ^ paragraph-ref-missing: Il n\'y a pas de paragraphe 9 dans le rapport\u00a0: ses paragraphes vont de 1 à 3.',
        '',
        '3. Quatrième, le 31 septembre 2023.',
        '^ paragraph-duplicate: Le numéro de paragraphe 3 est employé deux fois\u00a0: le paragraphe 3 figure déjà à la ligne 13.',
        '                 ^^^^^^^^^^^^^^^^^ date-invalid: Le 31 septembre 2023 n\'existe pas\u00a0: septembre n\'a que 30 jours.',
        '',
        'III. Organisation',
        '^^^ heading-sequence: Le chapitre III suit le chapitre I\u00a0: le chapitre II manque.',
      ].join('\n')),
      { whole: true },
    );
  });

  it('writes numbering and reference messages in Spanish', () => {
    checkAnnotated(
      draft(SPANISH, [
        'I. Introducción',
        '',
        '1. Primero, véase el párrafo 2 supra.',
        '                               ^^^^^ paragraph-ref-direction: El párrafo 2 aparece después en el proyecto: escriba "infra", no "supra".',
        '',
        '2. Segundo, véanse los párrafos 1 a 5 supra, el 30 de febrero de 2024.',
        '                                    ^ paragraph-ref-missing: No hay párrafos 3 a 5 en el informe: sus párrafos van del 1 al 2.',
        '                                                ^^^^^^^^^^^^^^^^^^^^^ date-invalid: El 30 de febrero de 2024 no existe: febrero tiene 29 días.',
      ].join('\n')),
      { whole: true },
    );
  });

  it('writes list, name and masthead messages in French and Spanish', () => {
    checkAnnotated(
      draft(FRENCH, [
        'I. Recommandations',
        '',
        '1. Le Groupe de travail a recommandé aux États :',
        '    a) De ratifier le Protocole;',
        '    c) De faire rapport.',
        '    ^^ list-sequence: L\'élément (c) suit (a) : (b) manque.',
        '',
        '2. Étaient représentés : Algérie, Brésil, Chili, Brésil et Pérou.',
        '                                                 ^^^^^^ list-duplicate-entry: « Brésil » figure deux fois dans cette liste.',
        // The repeated name breaks the French order too (Chili, then Brésil).
        '                                                 ^^^^^^ list-order',
      ].join('\n')),
      { whole: true },
    );
    checkAnnotated(
      [
        'E/CN.7/2024/15',
        '^^^^^^^^^^^^^^ masthead-incomplete: Al encabezado le falta la fecha y el idioma original (Original: español).',
        'Distr. general',
        'Español',
        '',
        'Informe',
        '',
        'I. Introducción',
        '',
        '1. Primero.',
      ].join('\n'),
      { whole: true },
    );
  });

  it('writes symbol messages in French', () => {
    checkAnnotated(
      draft(FRENCH, ['I. Introduction', '', '1. Le Groupe était saisi du document A/HRC/55/L.1/Rev1.', '                                     ^^^^^^^^^^^^^^^^^ symbol-malformed: Cote mal écrite « A/HRC/55/L.1/Rev1 » : « Rev1 » devrait s\'écrire « Rev.1 ». Écrire « A/HRC/55/L.1/Rev.1 ».'].join('\n')),
      { whole: true },
    );
  });

  it('gives quick fix titles in the draft language', () => {
    const text = draft(FRENCH, ['I. Introduction', '', '1. Premier.', '', 'Sans numéro.'].join('\n'));
    const parsed = parseDraft(text);
    const titles = checkDraft(parsed, EMPTY_CONTEXT).flatMap((finding) => quickFixes(parsed, finding).map((fix) => fix.title));
    assert.deepEqual(titles, ['Numéroter ce paragraphe 2 et renuméroter les paragraphes suivants']);
  });

  it('joins lists and runs of numbers in each language', () => {
    assert.equal(numberRuns([19, 20], 'en'), '19 and 20');
    assert.equal(numberRuns([3, 5, 6, 7, 9], 'en'), '3, 5 to 7 and 9');
    assert.equal(numberRuns([19, 20, 21], 'fr'), '19 à 21');
    assert.equal(joinList(['Chile', 'Indonesia'], 'es'), 'Chile e Indonesia');
    assert.equal(joinList(['Chile', 'Hierro'], 'es'), 'Chile y Hierro');
    assert.equal(joinList(['Chile', 'Perú'], 'es'), 'Chile y Perú');
  });
});
