// `Chapter II` on a line of its own above the chapter's title: the layout of the
// Official Records supplements of ECOSOC commissions (format.md, "Headings").
import * as assert from 'node:assert/strict';
import { documentSymbols, parseDraft, relabelHeadings } from '../../../server/src/core';
import { readChapterLine } from '../../../server/src/core/parse/headings';
import { checkAnnotated } from '../annotated';
import { check, lineOf, report } from '../check';

/** An Official Records report: chapters as `Chapter I` lines, sections restarting in each, paragraphs numbered through. */
function officialRecords(...chapterThree: string[]): string {
  return report(
    'Chapter I',
    'Matters calling for action by the Economic and Social Council or brought to its attention',
    '',
    'A. Draft decision for adoption by the Council',
    '',
    '1. The Commission recommends to the Council the adoption of a draft decision.',
    '',
    'B. Matters brought to the attention of the Council',
    '',
    '2. The Commission brings its resolution 68/1 to the attention of the Council.',
    '',
    'Chapter II',
    'Follow-up to the Fourth World Conference on Women',
    '',
    'A. General discussion',
    '',
    '3. The Commission held a general discussion.',
    '',
    'B. Action taken by the Commission',
    '',
    '4. The Commission adopted the draft decision (see chapter I, section A).',
    '',
    'Chapter III',
    'Organization of the session',
    '',
    ...chapterThree,
  );
}

describe('chapter lines of the Official Records (`Chapter II` above the title)', () => {
  it('reads `Chapter II` and the line below as one chapter heading, sections restarting under it', () => {
    const text = officialRecords('5. The Commission held its session in New York.');
    check(text, []);
    const draft = parseDraft(text);
    assert.deepEqual(
      draft.headings.map((h) => [h.kind, h.label, h.title]),
      [
        ['chapter', 'I', 'Matters calling for action by the Economic and Social Council or brought to its attention'],
        ['section', 'A', 'Draft decision for adoption by the Council'],
        ['section', 'B', 'Matters brought to the attention of the Council'],
        ['chapter', 'II', 'Follow-up to the Fourth World Conference on Women'],
        ['section', 'A', 'General discussion'],
        ['section', 'B', 'Action taken by the Commission'],
        ['chapter', 'III', 'Organization of the session'],
      ],
    );
    const chapter = draft.headings[3];
    assert.equal(text.slice(chapter.labelSpan.start, chapter.labelSpan.end), 'Chapter II');
    assert.equal(text.slice(chapter.span.start, chapter.span.end), 'Chapter II\nFollow-up to the Fourth World Conference on Women');
    assert.deepEqual(
      draft.paragraphs.map((p) => p.number),
      [1, 2, 3, 4, 5],
    );
  });

  it('still reports a paragraph without its number and a skipped number inside such a chapter', () => {
    checkAnnotated(`
      Chapter I
      Organization of the session

      1. The Commission held its session in New York.

      The Commission held ten meetings.
      ^^^ paragraph-unnumbered: This paragraph has no number: it should be paragraph 2.

      3. The Chair opened the session.

      Chapter II
      Adoption of the report

      5. The Commission adopted its report.
      ^ paragraph-sequence: Paragraph 5 follows paragraph 3: number 4 is missing.
    `);
  });

  it('still reports sections out of order in a chapter, a chapter skipped and a reference to a chapter the draft lacks', () => {
    const text = officialRecords('B. Attendance', '', '5. The session was attended by 45 States.', '', 'A. Opening of the session', '', '6. The Chair opened the session.', '', 'Chapter V', 'Adoption of the report', '', '7. The Commission adopted its report (see chapter VI).');
    check(text, [`${lineOf(text, 'B. Attendance')} heading-sequence`, `${lineOf(text, 'A. Opening of the session')} heading-sequence`, `${lineOf(text, 'Chapter V')} heading-sequence`, `${lineOf(text, '(see chapter VI)')} heading-ref-missing`]);
  });

  it('reports a lone section A in a chapter written so', () => {
    const text = officialRecords('A. Opening of the session', '', '5. The Commission held its session in New York.');
    check(text, [`${lineOf(text, 'A. Opening of the session')} lone-subdivision`]);
  });

  it('takes the title from the next block when a blank line comes between, and leaves a sentence below for a paragraph', () => {
    const titled = report('Chapter I', '', 'Organization of the session', '', '1. The Commission held its session in New York.');
    check(titled, []);
    assert.equal(parseDraft(titled).headings[0].title, 'Organization of the session');
    // A line with a final full stop is not a title: it is an unnumbered paragraph, as it would be under `I. Organization`.
    const untitled = report('Chapter I', '', 'The Commission held its session in New York.', '', '2. The Chair opened it.');
    check(untitled, [`${lineOf(untitled, 'The Commission held')} paragraph-unnumbered`]);
    assert.equal(parseDraft(untitled).headings[0].title, '');
  });

  it('reads a section heading right after `Chapter II` as the section, the chapter untitled', () => {
    const text = report('Chapter I', 'A. Opening of the session', '', '1. The Commission held its session.', '', 'B. Attendance', '', '2. Forty States attended.');
    check(text, []);
    assert.deepEqual(
      parseDraft(text).headings.map((h) => [h.kind, h.label, h.title]),
      [
        ['chapter', 'I', ''],
        ['section', 'A', 'Opening of the session'],
        ['section', 'B', 'Attendance'],
      ],
    );
  });

  it('continues a wrapped title that goes on in lower case', () => {
    const text = report('Chapter I', 'Matters calling for action by the Economic and Social Council', 'or brought to its attention', '', '1. The Commission recommends a draft decision.');
    check(text, []);
    assert.equal(parseDraft(text).headings[0].title, 'Matters calling for action by the Economic and Social Council or brought to its attention');
  });

  it('reads the French `Chapitre` and the Spanish `Capítulo`', () => {
    for (const word of ['Chapitre', 'Capítulo']) {
      const text = report(`${word} I`, 'Organisation', '', '1. Texte.', '', `${word} II`, 'Adoption', '', '2. Texte.');
      assert.deepEqual(
        parseDraft(text).headings.map((h) => [h.kind, h.label, h.title]),
        [
          ['chapter', 'I', 'Organisation'],
          ['chapter', 'II', 'Adoption'],
        ],
        word,
      );
    }
  });

  it('knows a chapter line only alone on its line, with a capital Roman numeral', () => {
    assert.deepEqual(readChapterLine('Chapter IV'), { label: 'IV', value: 4, textStart: 10, text: '', labelEnd: 10 });
    assert.equal(readChapterLine('CHAPTER XII')?.value, 12);
    for (const line of ['Chapter 2', 'Chapter ii', 'Chapter IIII', 'Chapter II of the report', 'Chapters II and III', 'ChapterII', 'Chapter']) {
      assert.equal(readChapterLine(line), undefined, line);
    }
  });

  it('shows the chapter with its title in the outline, and relabels only its numeral', () => {
    const text = report('Chapter I', 'Organization of the session', '', '1. Text.', '', 'Chapter III', 'Adoption of the report', '', '2. Text.');
    const outline = documentSymbols(parseDraft(text));
    assert.deepEqual(
      outline.map((symbol) => symbol.name).filter((name) => name.startsWith('Chapter')),
      ['Chapter I Organization of the session', 'Chapter III Adoption of the report'],
    );
    const edits = relabelHeadings(parseDraft(text)).edits;
    assert.deepEqual(
      edits.map((edit) => [text.slice(edit.span.start, edit.span.end), edit.newText]),
      [['III', 'II']],
    );
  });
});
