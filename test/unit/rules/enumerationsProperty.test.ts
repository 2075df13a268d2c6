// list-duplicate-entry compares most names in place (ASCII letters in any case, single
// spaces); it must report what comparing keys (`/\s+/` as one space, lower case) reports.
import * as assert from 'node:assert/strict';
import * as fc from 'fast-check';
import { checkEnumerations } from '../../../server/src/core/rules/enumerations';
import type { Finding } from '../../../server/src/core/diagnostics';
import type { Draft, Enumeration } from '../../../server/src/core/model';

/** The definition: an entry whose key an earlier entry of its list has. */
function reference(enumerations: Enumeration[]): Finding[] {
  const out: Finding[] = [];
  for (const enumeration of enumerations) {
    const seen = new Set<string>();
    for (const entry of enumeration.entries) {
      const key = entry.name.replace(/\s+/g, ' ').toLowerCase();
      if (seen.has(key)) out.push({ code: 'list-duplicate-entry', message: `"${entry.name}" is named twice in this list.`, span: entry.span });
      seen.add(key);
    }
  }
  return out;
}

function findings(enumerations: Enumeration[]): Finding[] {
  const out: Finding[] = [];
  checkEnumerations({ enumerations } as Draft, out);
  return out;
}

function enumeration(names: string[]): Enumeration {
  return { entries: names.map((name, i) => ({ name, span: { start: i * 10, end: i * 10 + 5 } })), span: { start: 0, end: names.length * 10 } };
}

const PIECES = ['Chile', 'CHILE', 'chile', 'Côte', 'CÔTE', ' ', '  ', '\t', '\u00a0', '\n', 'İ', 'i̇', 'ß', 'SS', '@', '`', '[', '{', 'a', 'A', 'K', 'k', '\u212a'];

describe('list-duplicate-entry', () => {
  it('compares names in any case, with runs of white space as one space', () => {
    assert.deepEqual(
      findings([enumeration(['Chile', 'China', 'CHILE', 'Costa  Rica', 'costa rica', 'Peru'])]).map((f) => f.message),
      ['"CHILE" is named twice in this list.', '"costa rica" is named twice in this list.'],
    );
    // Not letters: `@` and a backquote differ by the bit that changes a letter's case.
    assert.deepEqual(findings([enumeration(['A@', 'a`', 'Peru'])]), []);
  });

  it('reports what comparing keys reports, in short and long lists', () => {
    const name = fc.array(fc.constantFrom(...PIECES), { minLength: 1, maxLength: 3 }).map((parts) => parts.join(''));
    const lists = fc.array(fc.array(name, { minLength: 1, maxLength: 24 }).map(enumeration), { maxLength: 4 });
    fc.assert(
      fc.property(lists, (enumerations) => {
        assert.deepEqual(findings(enumerations), reference(enumerations));
      }),
      { numRuns: 3000 },
    );
  });
});
