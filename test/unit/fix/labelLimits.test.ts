// Renumbering that needs a label the parser cannot read back (paragraph 100000,
// chapter CLXXXVIII, list item (aaa)) is refused with a reason, instead of never
// settling or building strings too long for V8 ("Invalid string length").
import * as assert from 'node:assert/strict';
import { fixAll, insertParagraphAfter, LARGEST_LABEL, parseDraft, relabelHeadings, relabelLists, renumberParagraphs, type LabelKind } from '../../../server/src/core';
import { readChapter, readMarker, readNumbered, readSection } from '../../../server/src/core/parse/headings';
import { letterValue, romanValue, toLetter, toRoman, toUpperLetter } from '../../../server/src/core/parse/numerals';
import { report } from './helpers';

/** Whether the parser reads the label of `value` back as `value`, as a fix would write it. */
const READS_BACK: Record<LabelKind, (value: number) => boolean> = {
  paragraph: (v) => readNumbered(`${v}. Text.`)?.value === v,
  chapter: (v) => readChapter(`${toRoman(v).toUpperCase()}. Title`)?.value === v,
  section: (v) => readSection(`${toUpperLetter(v)}. Title`)?.value === v,
  subsection: (v) => readNumbered(`${v}. Title`)?.value === v,
  subheading: (v) => letterValue(readMarker(`(${toLetter(v)}) Title`, false)?.label ?? '') === v,
  letter: (v) => letterValue(readMarker(`(${toLetter(v)}) Item;`, false)?.label ?? '') === v,
  roman: (v) => romanValue(readMarker(`(${toRoman(v)}) Item;`, false)?.label ?? '') === v,
  number: (v) => Number(readMarker(`${v}. Item.`, true)?.label) === v,
};

const paragraphs = (count: number, first = 1) => Array.from({ length: count }, (_, i) => `${first + i}. Text.`).join('\n\n');
const ROMAN_CHAPTER = (n: number) => toRoman(n).toUpperCase();

describe('fix: labels too large to be read back', () => {
  for (const kind of Object.keys(LARGEST_LABEL) as LabelKind[]) {
    it(`${kind}: every label up to ${LARGEST_LABEL[kind]} reads back, the next does not`, () => {
      const largest = LARGEST_LABEL[kind];
      for (let v = 1; v <= largest; v++) assert.ok(READS_BACK[kind](v), `${kind} ${v}`);
      assert.equal(READS_BACK[kind](largest + 1), false);
    });
  }

  it('refuses to renumber a body that would need paragraph 100,000, and says so', () => {
    const text = report('I. Introduction', '', 'An unnumbered paragraph.', '', paragraphs(99_999));
    const draft = parseDraft(text);
    const renumbered = renumberParagraphs(draft);
    assert.deepEqual(renumbered.edits, []);
    assert.deepEqual(renumbered.refused.map((r) => r.reason), ['The body would need 100,000 paragraphs, but paragraph numbers have at most five digits (99,999); not renumbered']);
    assert.equal(text.slice(renumbered.refused[0].span.start).split('\n')[0], '99999. Text.', 'at the paragraph that would be 100,000');
    const fixed = fixAll(text);
    assert.deepEqual([fixed.changed, fixed.unsettled, fixed.refused.length], [false, false, 1]);
    assert.equal(insertParagraphAfter(draft, text.indexOf('1. Text.')), undefined);
  });

  it('refuses to renumber when an annex would need paragraph 100,000', () => {
    const text = report('I. Introduction', '', '2. First.', '', 'Annex', '', 'Title', '', '1. First.', '', 'Unnumbered.', '', paragraphs(99_998, 2));
    const renumbered = renumberParagraphs(parseDraft(text));
    assert.deepEqual(renumbered.refused.map((r) => r.reason), ['Annex would need 100,000 paragraphs, but paragraph numbers have at most five digits (99,999); not renumbered']);
    assert.deepEqual(renumbered.edits, [], 'nothing is renumbered: references cross from the body to annexes');
  });

  it('leaves chapters past CLXXXVII as written, and still relabels the sections', () => {
    // Sections from chapter 150 on only: "C. Chapter 100" after a section B would be section C.
    const chapters = Array.from({ length: 200 }, (_, i) => `${i === 4 ? 'IV' : ROMAN_CHAPTER(i + 1)}. Chapter ${i + 1}\n\n${i >= 149 ? 'B. Section\n\n' : ''}${i + 1}. Text.\n`);
    const text = report(...chapters);
    const relabelled = relabelHeadings(parseDraft(text));
    assert.deepEqual(relabelled.refused.map((r) => r.reason), ['The body or an annex would need 199 chapters, but chapter numerals are read up to CLXXXVII (187); not renumbered']);
    assert.equal(relabelled.edits.length, 50, 'every section B but one becomes A (chapter CLXXXVIII is not read as one: its section is the second of chapter CLXXXVII)');
    assert.deepEqual(new Set(relabelled.edits.map((edit) => text.slice(edit.span.start, edit.span.end + 9) + edit.newText)), new Set(['B. SectionA']));
    const fixed = fixAll(text);
    assert.deepEqual([fixed.unsettled, fixed.refused.length], [false, 1]);
    assert.equal(fixed.text.match(/\nB\. Section/g)?.length, 1);
  });

  it('leaves a level of a list longer than (zz) as written, and relabels the other lists', () => {
    const long = Array.from({ length: 130_000 }, (_, i) => `    (${i % 2 ? 'a' : 'b'}) Item;`).join('\n');
    const text = report('I. Introduction', '', '1. States should:', long, '', '2. Also:', '    (b) Act;', '    (c) Report.');
    const relabelled = relabelLists(parseDraft(text));
    assert.deepEqual(relabelled.refused.map((r) => r.reason), ['This level of the list would need 130,000 items, but list items are lettered up to (zz) (52); not renumbered']);
    assert.deepEqual(relabelled.edits.map((edit) => edit.newText), ['a', 'b']);
    const fixed = fixAll(text);
    assert.deepEqual([fixed.unsettled, fixed.refused.length], [false, 1]);
    assert.match(fixed.text, /2\. Also:\n {4}\(a\) Act;\n {4}\(b\) Report\.$/);
  });

  it('relabels a list of 52 letters and 37 Roman numerals, the largest that read back', () => {
    const letters = Array.from({ length: 52 }, (_, i) => `    (${i === 0 ? 'b' : toLetter(i + 1)}) Item;`).join('\n');
    const romans = Array.from({ length: 37 }, (_, i) => `    (${i === 0 ? 'ii' : toRoman(i + 1)}) Item;`).join('\n');
    const text = report('I. Introduction', '', '1. States should:', letters, '', '2. And:', romans);
    const fixed = fixAll(text);
    assert.deepEqual([fixed.changed, fixed.refused], [true, []]);
    assert.match(fixed.text, /1\. States should:\n {4}\(a\) Item;/);
    assert.match(fixed.text, /2\. And:\n {4}\(i\) Item;/);
  });
});
