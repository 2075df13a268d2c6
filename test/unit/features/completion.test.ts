import * as assert from 'node:assert/strict';
import type { CompletionItem, TextEdit } from 'vscode-languageserver-types';
import { completions } from '../../../server/src/core';
import { lines, short, URI, withCursor, workspaceOf } from './cursor';
import { sample } from './sample';

function completeAt(marked: string, others: Record<string, string> = {}): CompletionItem[] {
  const { text, position } = withCursor(marked);
  const { workspace, doc } = workspaceOf({ ...others, [URI]: text });
  return completions(doc, position, workspace).items;
}

/** `label → newText @ range` for each item. */
function edits(items: CompletionItem[]): string[] {
  return items.map((item) => {
    const edit = item.textEdit as TextEdit;
    return `${item.label} → ${edit.newText} @ ${short(edit.range)}`;
  });
}

describe('completion', () => {
  it('offers the agenda items and sub-items after "agenda item ", each also with its title as a snippet', () => {
    const items = completeAt(sample('4. The Working Group considered agenda item $0'));
    assert.deepEqual(edits(items), [
      '1 → 1 @ 25:44-25:44',
      '1, entitled "Organizational matters" → 1, entitled "Organizational matters"$0 @ 25:44-25:44',
      '1 (a) → 1 (a) @ 25:44-25:44',
      '1 (a), entitled "Opening of the meeting" → 1 (a), entitled "Opening of the meeting"$0 @ 25:44-25:44',
      '1 (b) → 1 (b) @ 25:44-25:44',
      '1 (b), entitled "Adoption of the agenda and organization of work" → 1 (b), entitled "Adoption of the agenda and organization of work"$0 @ 25:44-25:44',
      '2 → 2 @ 25:44-25:44',
      '2, entitled "Best practices in joint investigations and specialized prosecutions" → 2, entitled "Best practices in joint investigations and specialized prosecutions"$0 @ 25:44-25:44',
      '3 → 3 @ 25:44-25:44',
      '3, entitled "Other matters" → 3, entitled "Other matters"$0 @ 25:44-25:44',
    ]);
    assert.equal(items[0].detail, 'Organizational matters');
    assert.equal(items[1].insertTextFormat, 2);
  });

  it('replaces a number being typed, and offers no title snippet after several items', () => {
    const items = completeAt(sample('4. Under agenda items 1 and 2$0'));
    assert.deepEqual(edits(items).slice(0, 2), ['1 → 1 @ 25:28-25:29', '1 (a) → 1 (a) @ 25:28-25:29']);
    assert.ok(items.every((item) => item.insertTextFormat !== 2));
  });

  it('offers paragraph numbers with their openings after "paragraph ", "paras." and the like', () => {
    const items = completeAt(sample('4. As noted in paragraph $0'));
    assert.deepEqual(items.map((item) => `${item.label}: ${item.detail}`), [
      '1: Ms. Jalil spoke about the efforts of Afghanistan. She noted …',
      '2: At its 1st meeting, the Working Group adopted the following …',
      '3: The Working Group had before it the following:',
    ]);
    assert.equal(completeAt(sample('4. See paras. 1–$0')).length, 3);
    assert.equal(completeAt(sample('4. See paragraphs 1 and $0')).length, 3);
  });

  it("offers an annex's own paragraph numbers inside the annex", () => {
    const items = completeAt(sample('Annex', '', 'Guidelines', '', '1. First guideline.', '', '2. Second guideline.', '', '3. See paragraph $0'));
    assert.deepEqual(items.map((item) => item.label), ['1', '2']);
  });

  it('offers the symbols the workspace knows while one is typed', () => {
    const other = lines('CTOC/COP/WG.4/2020/1', 'Distr.: General', '3 July 2020', 'Original: English', '', 'Annotated provisional agenda');
    const items = completeAt(sample('4. See document (CTOC/COP/W$0'), { 'file:///drafts/other.unr': other });
    assert.deepEqual(edits(items), [
      'CTOC/COP/WG.4/2020/1 → CTOC/COP/WG.4/2020/1 @ 25:17-25:27',
      'CTOC/COP/WG.4/2020/2 → CTOC/COP/WG.4/2020/2 @ 25:17-25:27',
      'CTOC/COP/WG.4/2020/4 → CTOC/COP/WG.4/2020/4 @ 25:17-25:27',
    ]);
    assert.equal(items[0].documentation, 'Annotated provisional agenda');
    assert.equal(items[1].documentation, 'Best practices in joint investigations');
    assert.deepEqual(completeAt(sample('4. See document A/$0')), []);
  });

  it('offers the next paragraph number at the start of a new block in the body', () => {
    assert.deepEqual(edits(completeAt(sample('4. Last paragraph.', '', '$0'))), ['5.  → 5.  @ 27:0-27:0']);
    assert.deepEqual(edits(completeAt(sample('Annex', '', 'Guidelines', '', '$0'))), ['1.  → 1.  @ 29:0-29:0']);
  });

  it('offers nothing elsewhere', () => {
    assert.deepEqual(completeAt(sample('4. Speakers noted $0')), []);
    assert.deepEqual(completeAt(sample('4. Last paragraph.', '$0')), []);
    assert.deepEqual(completeAt(lines('$0')), []);
  });
});
