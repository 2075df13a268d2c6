// Footnotes in the Word export (server/src/export/notes.ts): which marks become Word footnote
// references, and when the notes stay text.
import * as assert from 'node:assert/strict';
import { unzipSync } from 'fflate';
import { parseDraft } from '../../../server/src/core';
import { buildLayout } from '../../../server/src/core/layout';
import { renderDocx } from '../../../server/src/export/docx';
import { findMark, placeFootnotes } from '../../../server/src/export/notes';

const DRAFT = (marks: [string, string], labels: [string, string]) =>
  [
    'I. Introduction',
    '',
    `1. The Commission agreed that the Working Group should take up the work.${marks[0]}`,
    '',
    `2. It requested the Working Group to continue its work in 2023 (A/CN.9/1125),${marks[1]} as noted.`,
    '',
    '__________________',
    `${labels[0]} Official Records of the General Assembly, Seventy-sixth Session, Supplement No. 17 (A/76/17).`,
    `${labels[1]} A/CN.9/1125, para. 25.`,
    '',
  ].join('\n');

async function documentXml(text: string): Promise<{ body: string; notes: string }> {
  const files = unzipSync(await renderDocx(buildLayout(parseDraft(text))));
  const decode = (name: string) => new TextDecoder().decode(files[name]);
  return { body: decode('word/document.xml'), notes: files['word/footnotes.xml'] ? decode('word/footnotes.xml') : '' };
}

describe('footnotes in the Word export', () => {
  it('finds a mark where the parser reads one, typed or superscript, and nowhere else', () => {
    const at = (text: string, label: string) => findMark(text, label, 0)?.start;
    assert.equal(at('the work.1 Then', '1'), 9);
    assert.equal(at('(A/CN.9/1125),2 as noted', '2'), 14);
    assert.equal(at('the work.¹² Then', '12'), 9);
    const notMarks: Array<[string, string]> = [['version 2.1 of', '1'], ['the G20 met', '20'], ['COVID-19', '19'], ['decision 5/CP.17', '17'], ['A/75/L.1 and', '1'], ['in 2021', '1'], ['the work.¹² Then', '2']];
    for (const [text, label] of notMarks) assert.equal(at(text, label), undefined, `${label} in ${text}`);
  });

  it('writes Word footnotes numbered as the draft numbers them, at their marks', async () => {
    const { body, notes } = await documentXml(DRAFT(['1', '2'], ['1', '2']));
    assert.equal((body.match(/<w:footnoteReference w:id="\d+"\/>/g) ?? []).length, 2);
    assert.ok(body.includes('take up the work.</w:t>'), 'the typed mark is replaced by the reference');
    assert.ok(!body.includes('Official Records'), 'the notes are not in the body');
    assert.ok(notes.includes('Official Records of the General Assembly') && notes.includes('A/CN.9/1125, para. 25.'));
  });

  it('keeps the notes as text when a mark is missing or Word would number them otherwise', async () => {
    for (const [marks, labels] of [
      [['', '2'], ['1', '2']],
      [['*', '2'], ['*', '2']],
      [['3', '4'], ['3', '4']],
    ] as Array<[[string, string], [string, string]]>) {
      const layout = buildLayout(parseDraft(DRAFT(marks, labels)));
      assert.equal(placeFootnotes(layout.blocks).placed.size, 0, labels.join());
      const { body } = await documentXml(DRAFT(marks, labels));
      assert.ok(body.includes('Official Records of the General Assembly') && !body.includes('w:footnoteReference'), labels.join());
    }
  });
});
