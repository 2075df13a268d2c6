// symbol-malformed and symbol-unresolved (core/rules/symbols.ts), on annotated drafts
// (test/unit/annotated.ts) where a draft is written out.
import * as assert from 'node:assert/strict';
import { checkAnnotated } from '../annotated';
import { check, covered, report } from '../check';
import { parseSymbol, describeSymbol } from '../../../server/src/core';

const known = { isKnownSymbol: (key: string) => key === 'A/75/1' };

describe('document symbols', () => {
  for (const good of ['A/75/123', 'A/RES/75/1', 'S/2020/123', 'E/CN.15/2020/1', 'ST/SGB/2019/8', 'CTOC/COP/WG.4/2020/INF/1/Rev.1', 'A/HRC/44/L.1', 'A/C.3/78/L.60/Rev.1', 'A/S-30/4', 'A/RES/ES-8/2', 'ST/AI/189/Add.3/Rev.2', 'E/CN.4/Sub.2/AC.2/1987/WP.4/Add.1', 'A/75/1*']) {
    it(`accepts ${good}`, () => {
      assert.deepEqual(parseSymbol(good).problems, []);
    });
  }

  const malformed: [string, string][] = [
    ['A/75/L.1/Rev1', 'A/75/L.1/Rev.1'],
    ['A/75/L.1/rev.1', 'A/75/L.1/Rev.1'],
    ['A/75/L.1/REV.1', 'A/75/L.1/Rev.1'],
    ['A/75/1/ADD.1', 'A/75/1/Add.1'],
    ['A/HRC/44/L1', 'A/HRC/44/L.1'],
    ['A/HRC/44/l.1', 'A/HRC/44/L.1'],
    ['A/75/1/Corr 1', 'A/75/1/Corr.1'],
  ];
  for (const [bad, good] of malformed) {
    it(`reports ${bad} and suggests ${good}`, () => {
      const draft = report('I. Intro', '', `1. See document ${bad}.`);
      const [diagnostic] = check(draft, ['10 symbol-malformed']);
      assert.equal(diagnostic.data?.replacement, good);
      assert.equal(covered(draft, diagnostic), bad);
    });
  }

  it('reports "Rev. 1" written with a space', () => {
    const [diagnostic] = checkAnnotated(`
      I. Intro

      1. See document A/75/L.1/Rev. 1 and more.
                      ^^^^^^^^^^^^^^^ symbol-malformed
    `);
    assert.equal(diagnostic.data?.replacement, 'A/75/L.1/Rev.1');
  });

  it('reports an empty component and a trailing slash', () => {
    checkAnnotated(`
      I. Intro

      1. See A//75 and A/75/.
             ^^^^^ symbol-malformed: Malformed document symbol "A//75": has an empty component (two slashes in a row).
                       ^^^^^ symbol-malformed: Malformed document symbol "A/75/": ends with a slash. Write "A/75".
    `);
  });

  it('reports a Security Council resolution without the space before the year', () => {
    const [diagnostic] = checkAnnotated(`
      I. Intro

      1. Recalling S/RES/1325(2000) and S/RES/955 (1994).
                   ^^^^^^^^^^^^^^^^ symbol-malformed
    `);
    assert.equal(diagnostic.data?.replacement, 'S/RES/1325 (2000)');
  });

  it('does not take and/or, 24/7, dates or decision numbers for symbols', () => {
    checkAnnotated(`
      I. Intro

      1. Services and/or shelters open 24/7 since 10/09/2020 under decision 4/4, resolution 7/1 and Security Council resolution 1325 (2000).
    `, { withUnresolved: true });
  });

  it('reports an unknown well-formed symbol as information, and knows the workspace\'s', () => {
    const [unresolved] = checkAnnotated(`
      I. Intro

      1. See A/75/1 and A/75/2.
                        ^^^^^^ symbol-unresolved: A/75/2 is not a draft being checked, nor in a documentation list or the document catalogue.
    `, { context: known, withUnresolved: true });
    assert.equal(unresolved.severity, 'information');
  });

  it('knows the symbols of its own documentation list and masthead', () => {
    checkAnnotated(`
      I. Intro

      1. The Working Group had before it the following:
          (a) Annotated provisional agenda (CTOC/COP/WG.4/2020/1).

      2. See CTOC/COP/WG.4/2020/1 and CTOC/COP/WG.4/2020/4.
    `, { withUnresolved: true });
  });

  it('describes what kind of document a symbol is', () => {
    assert.equal(describeSymbol('A/RES/75/1'), 'General Assembly resolution');
    assert.equal(describeSymbol('A/HRC/44/L.1'), 'General Assembly limited-distribution document (usually a draft text)');
    assert.equal(describeSymbol('CTOC/COP/WG.4/2020/INF/1/Rev.1'), 'Conference of the Parties to the United Nations Convention against Transnational Organized Crime information series document; revision 1');
  });

  it('reads words JavaScript objects know as plain components, neither modifiers nor organs', () => {
    // The tables were objects: `A/constructor1` was "fixed" to `A/function Object() { [native code] }.1`.
    checkAnnotated(`
      I. Intro

      1. See documents A/constructor1, A/75/toString.2 and A/valueOf/1.
    `);
    assert.equal(parseSymbol('A/constructor1').normalized, 'A/constructor1');
    assert.equal(describeSymbol('A/75/toString.2'), 'General Assembly document');
    assert.equal(describeSymbol('constructor/1/2'), 'Document');
  });
});
