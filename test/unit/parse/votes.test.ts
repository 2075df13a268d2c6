// Recorded votes: `In favour:` with the States on the lines below it, then `Against:`
// and `Abstaining:` (format.md, "Recorded votes").
import * as assert from 'node:assert/strict';
import { parseDraft, type Draft } from '../../../server/src/core';
import { readVoteLabel } from '../../../server/src/core/parse/votes';
import { checkAnnotated } from '../annotated';
import { check, lineOf, lines, report } from '../check';

/** Each vote list as its label and its States, as written. */
function votes(text: string, draft: Draft = parseDraft(text)): [string, string, string][] {
  return draft.votes.map((vote) => [vote.kind, text.slice(vote.labelSpan.start, vote.labelSpan.end), text.slice(vote.statesSpan.start, vote.statesSpan.end)]);
}

const VOTE = [
  'In favour:',
  'Algeria, Argentina, Bangladesh, Brazil and Zambia.',
  '',
  'Against:',
  'Israel and United States of America.',
  '',
  'Abstaining:',
  'Austria, Belgium and Czechia.',
];

/** A report whose paragraph 1 records a vote; `after` follows it. */
function recorded(vote: string[], ...after: string[]): string {
  return report('I. Action taken by the Commission', '', '1. The Commission adopted the draft resolution by a recorded vote of 5 to 2, with 3 abstentions. The voting was as follows:', '', ...vote, '', ...after);
}

describe('recorded votes', () => {
  it('reads `In favour:` with the States below it as a vote, not as unnumbered paragraphs', () => {
    const text = recorded(VOTE, '2. After the vote, a statement was made.');
    check(text, []);
    const draft = parseDraft(text);
    assert.deepEqual(
      draft.paragraphs.map((p) => p.number),
      [1, 2],
    );
    assert.deepEqual(votes(text, draft), [
      ['favour', 'In favour:', 'Algeria, Argentina, Bangladesh, Brazil and Zambia.'],
      ['against', 'Against:', 'Israel and United States of America.'],
      ['abstaining', 'Abstaining:', 'Austria, Belgium and Czechia.'],
    ]);
  });

  it('still reports an unnumbered paragraph after the vote, and a number skipped after it', () => {
    checkAnnotated(`
      I. Action taken by the Commission

      1. The Commission adopted the draft resolution by a recorded vote. The voting was as follows:

      In favour:
      Algeria, Argentina and Brazil.

      Against:
      None.

      The draft resolution was thus adopted.
      ^^^ paragraph-unnumbered: This paragraph has no number: it should be paragraph 2.

      3. After the vote, a statement was made.

      5. The Commission closed its session.
      ^ paragraph-sequence: Paragraph 5 follows paragraph 3: number 4 is missing.
    `);
  });

  it('still sees the States of a vote: a State named twice, a State not named in full', () => {
    const text = recorded(['In favour:', 'Algeria, Argentina, Russia, Brazil, Algeria and Zambia.'], '2. After the vote, a statement was made.');
    check(text, [`${lineOf(text, 'Russia')} state-name-unofficial`, `${lineOf(text, 'Algeria, Argentina')} list-duplicate-entry`]);
  });

  it('reads the lists in one block, the States on one line with the label, and the States in the block after a lone label', () => {
    const oneBlock = recorded(['In favour:', 'Algeria, Argentina and Brazil.', 'Against:', 'None.', 'Abstaining:', 'Austria.'], '2. Text.');
    check(oneBlock, []);
    assert.deepEqual(votes(oneBlock), [
      ['favour', 'In favour:', 'Algeria, Argentina and Brazil.'],
      ['against', 'Against:', 'None.'],
      ['abstaining', 'Abstaining:', 'Austria.'],
    ]);
    const oneLine = recorded(['In favour: Algeria, Argentina and Brazil.', '', 'Against: None.'], '2. Text.');
    check(oneLine, []);
    assert.deepEqual(votes(oneLine), [
      ['favour', 'In favour:', 'Algeria, Argentina and Brazil.'],
      ['against', 'Against:', 'None.'],
    ]);
    const apart = recorded(['In favour:', '', 'Algeria, Argentina', 'and Brazil.', '', 'Against:', '', '  Israel.'], '2. Text.');
    check(apart, []);
    assert.deepEqual(votes(apart), [
      ['favour', 'In favour:', 'Algeria, Argentina\nand Brazil.'],
      ['against', 'Against:', 'Israel.'],
    ]);
  });

  it('leaves a lone label whose next block is a paragraph with no States', () => {
    const text = recorded(['Against:'], '2. After the vote, a statement was made.');
    check(text, []);
    assert.deepEqual(votes(text), [['against', 'Against:', '']]);
  });

  it('reads the French and Spanish labels', () => {
    const french = lines('Ont voté pour :', 'Algérie, Argentine et Brésil.', '', 'Ont voté contre :', 'Israël.', '', 'Se sont abstenus :', 'Autriche.');
    assert.deepEqual(
      votes(recorded([french])).map(([kind, label]) => [kind, label]),
      [
        ['favour', 'Ont voté pour :'],
        ['against', 'Ont voté contre :'],
        ['abstaining', 'Se sont abstenus :'],
      ],
    );
    const spanish = lines('Votos a favor:', 'Argelia, Argentina y Brasil.', '', 'Votos en contra:', 'Israel.', '', 'Abstenciones:', 'Austria.');
    assert.deepEqual(
      votes(recorded([spanish])).map(([kind]) => kind),
      ['favour', 'against', 'abstaining'],
    );
  });

  it('knows a label only when a colon follows its words', () => {
    assert.deepEqual(readVoteLabel('In favour:'), { kind: 'favour', length: 10 });
    assert.deepEqual(readVoteLabel('Ont voté pour\u00a0: Algérie.'), { kind: 'favour', length: 15 });
    for (const line of ['Against this background, the Commission decided.', 'In favour of the proposal: Algeria.', 'Abstaining from the vote were:', 'Against:None.', 'Votos a favor']) {
      assert.equal(readVoteLabel(line), undefined, line);
    }
  });
});
