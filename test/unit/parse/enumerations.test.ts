// Enumerations of names (parse/enumerations.ts), read straight from a span: the
// cases its gates and clause cutting must not change (abbreviations in any case,
// a comma before a stop, serial "and", French and Spanish joiners, lead-in words).
import * as assert from 'node:assert/strict';
import type { Enumeration } from '../../../server/src/core/model';
import { findEnumerations } from '../../../server/src/core/parse/enumerations';

/** The entries of each enumeration found in the whole text, as names. */
function names(text: string): string[][] {
  const out: Enumeration[] = [];
  findEnumerations(text, { start: 0, end: text.length }, out);
  return out.map((enumeration) => enumeration.entries.map((entry) => entry.name));
}

describe('findEnumerations', () => {
  it('reads a list of States after lead-in words', () => {
    assert.deepEqual(names('The Working Group heard statements by China, Ecuador, Lithuania and Norway.'), [['China', 'Ecuador', 'Lithuania', 'Norway']]);
  });

  it('keeps the whole first entry after a colon', () => {
    assert.deepEqual(names('Represented: Antigua and Barbuda, Chile and Peru.'), [['Antigua and Barbuda', 'Chile', 'Peru']]);
  });

  it('reads a serial "and", and the French and Spanish joiners', () => {
    assert.deepEqual(names('Statements by Chile, China, and Peru.'), [['Chile', 'China', 'Peru']]);
    assert.deepEqual(names('Déclarations de la Chine, du Chili et du Pérou; Chine, Chili et Pérou.'), [['Chine', 'Chili', 'Pérou']]);
    // A capitalized word before the first name is read as part of it (the lead-in walk stops at lower case).
    assert.deepEqual(names('Hablaron Chile, China y Perú.'), [['Hablaron Chile', 'China', 'Perú']]);
  });

  it('does not cut a clause after an abbreviation, in any case', () => {
    assert.deepEqual(names('Statements by Mr. Smith, Ms. Jones and Dr. Who.'), [['Mr. Smith', 'Ms. Jones', 'Dr. Who']]);
    assert.deepEqual(names('Statements by MR. Smith, MS. Jones and DR. Who.'), [['MR. Smith', 'MS. Jones', 'DR. Who']]);
    assert.deepEqual(names('See PARA. Chile, China and Peru.'), [['See PARA. Chile', 'China', 'Peru']]);
  });

  it('cuts a clause after a word that only ends like an abbreviation', () => {
    // "Prof." is an abbreviation, "Professor." is not (longer than five letters): the clause ends there.
    assert.deepEqual(names('Statements by Professor. Chile, China and Peru.'), [['Chile', 'China', 'Peru']]);
    assert.deepEqual(names('Statements by Prof. Chile, China and Peru.'), [['Prof. Chile', 'China', 'Peru']]);
  });

  it('needs a name after a comma in the same clause', () => {
    assert.deepEqual(names('Chile, and. China and Peru.'), []);
    assert.deepEqual(names('It noted, in particular, the work and the reports.'), []);
    assert.deepEqual(names('Chile,   . China, Peru and Spain.'), [['China', 'Peru', 'Spain']]);
  });

  it('needs a joiner in the same clause as the comma', () => {
    assert.deepEqual(names('Chile, China; and Peru.'), []);
    assert.deepEqual(names('Chile, China and; Peru, Spain and Italy.'), [['Peru', 'Spain', 'Italy']]);
  });

  it('finds every list of a span, in order, one per clause', () => {
    assert.deepEqual(names('Chile, China and Peru spoke. Then Spain, Italy and France, and also Malta, Cuba and Oman.'), [
      ['Chile', 'China', 'Peru'],
      // "and" and words in small letters end a list; the names after them start another.
      ['Then Spain', 'Italy', 'France'],
      ['Malta', 'Cuba', 'Oman'],
    ]);
    assert.deepEqual(names('Chile, China, Peru. Spain, Italy and France.'), [['Spain', 'Italy', 'France']]);
  });

  it('gives entries their spans in the text', () => {
    const text = 'By Chile, China and Peru.';
    const out: Enumeration[] = [];
    findEnumerations(text, { start: 0, end: text.length }, out);
    assert.deepEqual(out[0].span, { start: 0, end: 24 });
    assert.deepEqual(out[0].entries.map((entry) => text.slice(entry.span.start, entry.span.end)), ['By Chile', 'China', 'Peru']);
  });

  it('does not split the last entry inside a State whose name holds a joiner, also before a long rest of the sentence', () => {
    assert.deepEqual(names('Questions prepared by Belgium, Spain, Czech Republic and the United Kingdom of Great Britain and Northern Ireland was transmitted to Cabo Verde through the troika.'), [['Belgium', 'Spain', 'Czech Republic', 'United Kingdom of Great Britain and Northern Ireland']]);
    assert.deepEqual(names('Represented: Sweden, Tunisia, Türkiye and United Kingdom of Great Britain and Northern Ireland.'), [['Sweden', 'Tunisia', 'Türkiye', 'United Kingdom of Great Britain and Northern Ireland']]);
    assert.deepEqual(names('Represented: Chile, Peru and Trinidad and Tobago.'), [['Chile', 'Peru', 'Trinidad and Tobago']]);
    assert.deepEqual(names("Statements by Chile, Peru and the United Kingdom of Great Britain and Northern Ireland, which was noted."), [['Chile', 'Peru', 'United Kingdom of Great Britain and Northern Ireland']]);
  });
});
