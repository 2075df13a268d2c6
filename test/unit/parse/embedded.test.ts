// Texts with their own numbering quoted in a report: draft resolutions and
// decisions (format.md, "Texts with their own numbering").
import * as assert from 'node:assert/strict';
import { documentSymbols, foldingRanges, parseDraft } from '../../../server/src/core';
import { introducedKind, readEmbeddedHeading } from '../../../server/src/core/parse/embedded';
import { check, lineOf, report } from '../check';

/** The report paragraph numbers as read (undefined for an unnumbered one). */
function numbers(text: string): (number | undefined)[] {
  return parseDraft(text).paragraphs.map((p) => p.number);
}

describe('quoted draft resolutions and decisions', () => {
  const ecosoc = report(
    'I. Matters calling for action by the Economic and Social Council or brought to its attention',
    '',
    'A. Draft resolution to be recommended by the Commission for adoption by the Economic and Social Council',
    '',
    '1. The Commission recommends to the Economic and Social Council the adoption of the following',
    'draft resolution:',
    '',
    'Future organization and methods of work of the Commission',
    '',
    'The Economic and Social Council,',
    '',
    'Recalling its resolution 2022/4 of 8 June 2022,',
    '',
    '1. Decides that the Commission shall continue to consider one priority theme at each session, as set out in paragraph 2 below;',
    '',
    '2. Requests the Secretary-General to report to the Commission at its next session.',
    '',
    'B. Matters brought to the attention of the Council',
    '',
    '2. The following resolution adopted by the Commission is brought to the attention of the Council:',
    '',
    'Resolution 67/1',
    'Situation of and assistance to Palestinian women',
    '',
    'The Commission on the Status of Women,',
    '',
    '1. Calls upon the international community to continue to give special attention to the situation;',
    '',
    '2. Requests the Secretary-General to continue to review the situation.',
    '',
    'II. Organization of the session',
    '',
    '3. The Commission held its session in New York (see paragraph 1 above).',
  );

  it('reads an ECOSOC chapter I without a finding: the texts are not report paragraphs', () => {
    check(ecosoc, []);
    assert.deepEqual(numbers(ecosoc), [1, 2, 3]);
  });

  it('puts each text in the model with its kind, title, span and introducing paragraph', () => {
    const draft = parseDraft(ecosoc);
    assert.deepEqual(
      draft.embeddedTexts.map((t) => [t.kind, t.title, t.introducer]),
      [
        ['draft-resolution', 'Future organization and methods of work of the Commission', 0],
        ['resolution', 'Resolution 67/1', 1],
      ],
    );
    const [first] = draft.embeddedTexts;
    assert.ok(ecosoc.slice(first.span.start, first.span.end).startsWith('Future organization'));
    assert.ok(ecosoc.slice(first.span.start, first.span.end).endsWith('at its next session.'));
  });

  it('keeps the report sequence around a text: a number missing after it is still reported', () => {
    const [gap] = check(
      report('I. Recommendations', '', '1. The Committee recommends the adoption of the following draft decision:', '', 'The General Assembly decides to continue the work.', '', '2. The Committee adopted its report.', '', '4. The session closed.'),
      ['16 paragraph-sequence'],
    );
    assert.equal(gap.message, 'Paragraph 4 follows paragraph 2: number 3 is missing.');
  });

  it('gives the next number to the text while its own numbering claims it, to the report once the text is complete', () => {
    // Report paragraph 1 introduces; the text has 1 and 2 (2 is also the report's next): 2 ends
    // with `;`, so the text goes on; its 3 ends with a full stop, so the next 2 is the report's.
    const text = report(
      'I. Recommendations',
      '',
      '1. The Committee recommends the adoption of the following draft resolution:',
      '',
      'The General Assembly,',
      '',
      '1. Decides to continue the work;',
      '',
      '2. Requests a report;',
      '',
      '3. Decides to remain seized of the matter.',
      '',
      '2. The Committee adopted its report.',
    );
    check(text, []);
    assert.deepEqual(numbers(text), [1, 2]);
  });

  it('reads the numbered items of a draft decision\'s provisional agenda as the text\'s, however they end', () => {
    const text = report(
      'I. Recommendations',
      '',
      '1. The Commission recommends the adoption of the following draft decision:',
      '',
      'The Economic and Social Council approves the provisional agenda set out below.',
      '',
      'Provisional agenda',
      '',
      '1. Election of officers.',
      '',
      '2. Adoption of the agenda.',
      '',
      '3. Adoption of the report.',
      '',
      'II. Organization of the session',
      '',
      '2. The Commission met in Vienna.',
    );
    check(text, []);
    assert.deepEqual(numbers(text), [1, 2]);
    assert.equal(parseDraft(text).agenda, undefined);
  });

  it('ends a text at a report paragraph with the next number that the text does not claim', () => {
    const text = report(
      'I. Recommendations',
      '',
      '1. The Committee recommends the adoption of the following draft resolution:',
      '',
      'The General Assembly,',
      '',
      '1. Decides to continue the work.',
      '',
      '2. The Committee adopted its report.',
      '',
      'Its next paragraph has no number.',
    );
    check(text, ['18 paragraph-unnumbered']);
  });

  it('reads a Main Committee report: "read as follows", headings "Draft resolution I", references inside the text not checked', () => {
    const text = report(
      'I. Consideration of proposals',
      '',
      '1. At its 40th meeting, the representative of Chile introduced a draft resolution. The draft resolution read as follows:',
      '',
      'Draft resolution I',
      '',
      'The General Assembly,',
      '',
      '1. Decides to consider the question at its next session under agenda item 99;',
      '',
      '2. Requests the Secretary-General to report on paragraph 1 above and paragraph 7 below.',
      '',
      'Draft resolution II',
      '',
      '1. Welcomes the report.',
      '',
      '* * *',
      '',
      '2. The Committee adopted the draft resolutions (see paragraph 1 above).',
    );
    check(text, []);
    const draft = parseDraft(text);
    assert.deepEqual(draft.embeddedTexts.map((t) => [t.title, t.introducer]), [['Draft resolution I', 0], ['Draft resolution II', 0]]);
    assert.deepEqual(draft.references.filter((r) => r.kind === 'paragraph').length, 1);
  });

  it('reads a line "* * *" as the end of a text: what follows is the report', () => {
    check(report('I. Texts', '', '1. The draft decision read as follows:', '', 'The Council decides to meet again.', '', '* * *', '', 'An unnumbered paragraph.'), ['16 paragraph-unnumbered']);
  });

  it('ends a text at the report\'s next chapter or an annex, not at a heading inside it', () => {
    const text = report(
      'I. Recommendations',
      '',
      '1. The Commission recommends the adoption of the following draft resolution:',
      '',
      'I. Cooperation',
      '',
      '1. Decides to continue;',
      '',
      'II. Organization',
      '',
      'The session was held in Vienna.',
    );
    check(text, ['18 paragraph-unnumbered']);
    assert.deepEqual(parseDraft(text).headings.map((h) => h.label), ['I', 'II']);
  });

  it('leaves a list after "the following decisions:" to the paragraph', () => {
    check(report('I. Decisions', '', '1. The Commission adopted the following decisions:', '', '(a) To meet again;', '', '(c) To report.'), ['14 list-sequence']);
  });

  it('does not guess: numbered operative paragraphs without an introduction are report paragraphs', () => {
    check(report('I. Texts', '', '1. The Commission discussed the text.', '', 'The General Assembly,', '', '1. Decides to continue.'), ['12 paragraph-unnumbered', '14 paragraph-duplicate']);
  });

  it('recognises the introductions and headings in English, French and Spanish', () => {
    const kind = (paragraph: string) => introducedKind(paragraph, 0, paragraph.length);
    assert.equal(kind('The Commission recommends the following draft resolutions for adoption by the Economic and Social Council:'), 'draft-resolution');
    assert.equal(kind("La Commission recommande au Conseil économique et social d'adopter le projet de décision suivant :"), 'draft-decision');
    assert.equal(kind('La Comisión recomienda al Consejo Económico y Social que apruebe el siguiente proyecto de resolución:'), 'draft-resolution');
    assert.equal(kind('The following resolution is brought to the attention of the Council:'), 'resolution');
    assert.equal(kind('The Working Group adopted the following agenda:'), undefined);
    assert.equal(kind('It adopted the following draft resolution. The Committee then heard the following speakers:'), undefined);
    assert.deepEqual(['Draft resolution I', 'Draft decision 75/101', 'Draft decision', 'Resolution 67/1', 'Projet de résolution II', 'Proyecto de decisión', 'Resolution', 'Draft resolutions were adopted'].map(readEmbeddedHeading), [
      'draft-resolution', 'draft-decision', 'draft-decision', 'resolution', 'draft-resolution', 'draft-decision', undefined, undefined,
    ]);
  });

  describe('agreed conclusions', () => {
    /** Chapter I of a Commission on the Status of Women report: agreed conclusions with their own paragraphs 1 to 3, each ending with a full stop. */
    const conclusions = (...after: string[]) =>
      report(
        'I. Matters calling for action by the Economic and Social Council or brought to its attention',
        '',
        '1. The Commission recommends to the Council the adoption of a draft decision.',
        '',
        '2. The following agreed conclusions adopted by the Commission are brought to the attention of the Council:',
        '',
        'Agreed conclusions on the empowerment of women',
        '',
        '1. The Commission reaffirms the Beijing Declaration and Platform for Action.',
        '',
        '2. The Commission recognizes that poverty has a disproportionate impact on women.',
        '',
        '3. The Commission urges Governments to take the following actions:',
        '    (a) Mainstream a gender perspective in policies;',
        '    (b) Strengthen gender-responsive budgeting.',
        '',
        ...after,
      );

    it('reads them as a text of their own: their paragraph 3 is theirs although paragraph 2 ended with a full stop', () => {
      const text = conclusions('3. The Commission also brings its resolution 68/1 to the attention of the Council.', '', 'II. Organization of the session', '', '4. The Commission held its session in New York.');
      check(text, []);
      assert.deepEqual(numbers(text), [1, 2, 3, 4]);
      assert.deepEqual(
        parseDraft(text).embeddedTexts.map((t) => [t.kind, t.title, t.introducer]),
        [['agreed-conclusions', 'Agreed conclusions on the empowerment of women', 1]],
      );
    });

    it('keeps the report sequence across them: a number skipped after them is still reported', () => {
      const text = conclusions('3. The Commission also brings its resolution 68/1 to the attention of the Council.', '', 'II. Organization of the session', '', '5. The Commission held its session in New York.');
      const [gap] = check(text, [`${lineOf(text, '5. The Commission held')} paragraph-sequence`]);
      assert.equal(gap.message, 'Paragraph 5 follows paragraph 3: number 4 is missing.');
    });

    it('reads a report paragraph that skips to their next number as theirs, and reports the skip at the report\'s next paragraph', () => {
      // `4.` is both their next number and a skip in the report's (3 is due): it cannot be told apart (format.md).
      const text = conclusions('4. The Commission also brings its resolution 68/1 to the attention of the Council.', '', 'II. Organization of the session', '', '5. The Commission held its session in New York.');
      const [gap] = check(text, [`${lineOf(text, '5. The Commission held')} paragraph-sequence`]);
      assert.equal(gap.message, 'Paragraph 5 follows paragraph 2: numbers 3 and 4 are missing.');
    });

    it('recognises the introductions in English, French and Spanish', () => {
      const kind = (paragraph: string) => introducedKind(paragraph, 0, paragraph.length);
      assert.equal(kind('The following agreed conclusions adopted by the Commission are brought to the attention of the Council:'), 'agreed-conclusions');
      assert.equal(kind('The agreed conclusions read as follows:'), 'agreed-conclusions');
      assert.equal(kind("Les conclusions concertées suivantes, adoptées par la Commission, sont portées à l'attention du Conseil :"), 'agreed-conclusions');
      assert.equal(kind('Se señalan a la atención del Consejo las siguientes conclusiones convenidas aprobadas por la Comisión:'), 'agreed-conclusions');
      assert.equal(kind('The Commission adopted agreed conclusions on the priority theme.'), undefined);
    });
  });

  it('shows each text in the outline and folds it', () => {
    const draft = parseDraft(ecosoc);
    const section = documentSymbols(draft)[2].children?.[0];
    assert.deepEqual(section?.children?.map((s) => [s.name, s.detail]), [
      ['1. The Commission recommends to the Economic and Social Council …', undefined],
      ['Future organization and methods of work of the Commission', 'draft resolution'],
    ]);
    assert.ok(foldingRanges(draft).some((r) => r.startLine === 14 && r.endLine === 22));
  });
});
