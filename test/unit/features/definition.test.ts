import * as assert from 'node:assert/strict';
import { definition } from '../../../server/src/core';
import { lines, short, URI, withCursor, workspaceOf } from './cursor';
import { sample } from './sample';

/** `uri L:C-L:C` for each definition at the `$0` of a draft (in a workspace with `others`). */
function definitionsAt(marked: string, others: Record<string, string> = {}): string[] {
  const { text, position } = withCursor(marked);
  const { workspace, doc } = workspaceOf({ ...others, [URI]: text });
  return definition(doc, position, workspace).map((l) => `${l.uri === URI ? '' : `${l.uri} `}${short(l.range)}`);
}

const OTHER = 'file:///drafts/other.unr';

describe('definition', () => {
  it('leads from an agenda reference to the agenda item', () => {
    assert.deepEqual(definitionsAt(sample('4. Under agenda item 2$0, speakers noted challenges.')), ['19:4-19:75']);
  });

  it('leads from a sub-item reference to the sub-item', () => {
    assert.deepEqual(definitionsAt(sample('4. Under agenda item 1 (a$0), nothing.')), ['17:8-17:35']);
  });

  it('leads to every item a reference names when the cursor is not on one number', () => {
    assert.deepEqual(definitionsAt(sample('4. Under a$0genda items 2 and 3, nothing.')), ['19:4-19:75', '20:4-20:21']);
  });

  it('leads to the agenda of the provisional agenda in another draft', () => {
    const agenda = lines('CTOC/COP/WG.4/2020/1', 'Distr.: General', '3 July 2020', 'Original: English', '', 'Annotated provisional agenda', '', 'I. Provisional agenda', '', '1. Opening of the meeting.', '2. Other matters.');
    const note = lines('CTOC/COP/WG.4/2020/CRP.1', 'Distr.: Limited', '4 July 2020', 'Original: English', '', 'Note', '', 'I. Introduction', '', '1. Under agenda item $02, nothing.');
    assert.deepEqual(definitionsAt(note, { [OTHER]: agenda }), [`${OTHER} 10:0-10:17`]);
  });

  it('leads from a chapter, section or annex reference to its heading', () => {
    assert.deepEqual(definitionsAt(sample('4. As set out in chapter I$0 of the present report.')), ['7:0-7:15']);
    assert.deepEqual(definitionsAt(sample('4. See sect. A$0.')), ['13:0-13:25']);
    assert.deepEqual(definitionsAt(sample('4. See chapter IX$0 above.')), []);
  });

  it('leads from a paragraph reference to the paragraph, also an unnumbered one its place numbers', () => {
    assert.deepEqual(definitionsAt(sample('4. As noted in paragraph 1$0 above.')), ['9:0-9:93']);
    assert.deepEqual(definitionsAt(sample('The Chair made a statement.', '', '5. As noted in paragraph 4$0 above.')), ['25:0-25:27']);
    assert.deepEqual(definitionsAt(sample('4. As noted in paragraph 9$0 above.')), []);
  });

  it('inside an annex, leads to the annex paragraph, or to the body one "of the report"', () => {
    const draft = sample('Annex I', '', 'Guidelines', '', '1. First guideline.', '', '2. See paragraph 1$0 and paragraph 1 of the report.');
    assert.deepEqual(definitionsAt(draft), ['29:0-29:19']);
    assert.deepEqual(definitionsAt(draft.replace('1$0 and paragraph 1 of', '1 and paragraph 1$0 of')), ['9:0-9:93']);
  });

  it('leads from a symbol to the workspace draft that has it in its masthead', () => {
    const other = lines('CTOC/COP/WG.4/2020/2', 'Distr.: General', '1 July 2020', 'Original: English', '', 'Background paper');
    assert.deepEqual(definitionsAt(sample('4. See CTOC/COP/WG.4/2020/2$0.'), { [OTHER]: other }), [`${OTHER} 0:0-0:20`]);
  });

  it('else leads from a symbol to the documentation-list entry that names it', () => {
    assert.deepEqual(definitionsAt(sample('4. See CTOC/COP/WG.4/2020/2$0.')), ['23:4-23:126']);
    assert.deepEqual(definitionsAt(sample('4. See A/75/1$0.')), []);
  });

  it('leads nowhere from plain text or a heading', () => {
    assert.deepEqual(definitionsAt(sample('4. Speakers $0noted.')), []);
    assert.deepEqual(definitionsAt(sample().replace('II. Org', 'I$0I. Org')), []);
  });
});
