import * as assert from 'node:assert/strict';
import { references } from '../../../server/src/core';
import { lines, short, URI, withCursor, workspaceOf } from './cursor';
import { sample } from './sample';

function referencesAt(marked: string, includeDeclaration: boolean, others: Record<string, string> = {}): string[] {
  const { text, position } = withCursor(marked);
  const { workspace, doc } = workspaceOf({ ...others, [URI]: text });
  return references(doc, position, includeDeclaration, workspace).map((l) => `${l.uri === URI ? '' : `${l.uri} `}${short(l.range)}`);
}

const OTHER = 'file:///drafts/other.unr';
const USES = [
  '4. Under agenda item 2, entitled "Best practices in joint investigations and specialized prosecutions", speakers noted challenges.',
  '',
  '5. Under agenda items 1 (a) and 2, the Chair spoke; see paragraphs 1–3 above and paragraph 4.',
  '',
  '6. Under item 3, nothing; see paragraph 1 above.',
];

describe('references', () => {
  it('finds every reference to an agenda item, from a reference', () => {
    assert.deepEqual(referencesAt(sample(...USES).replace('agenda item 2,', 'agenda item 2$0,'), false), ['25:9-25:22', '27:9-27:33']);
  });

  it('adds the agenda item itself when the declaration is asked for, and works from the agenda', () => {
    assert.deepEqual(referencesAt(sample(...USES).replace('    2. Best', '    2$0. Best'), true), ['19:4-19:5', '25:9-25:22', '27:9-27:33']);
  });

  it('finds references to a sub-item, and to the item including its sub-items', () => {
    assert.deepEqual(referencesAt(sample(...USES).replace('1 (a)', '1 (a$0)'), true), ['17:8-17:11', '27:9-27:33']);
    assert.deepEqual(referencesAt(sample(...USES).replace('    1. Organizational', '    1$0. Organizational'), false), ['27:9-27:33']);
  });

  it('finds every reference to a paragraph, ranges included, with its number as the declaration', () => {
    assert.deepEqual(referencesAt(sample(...USES).replace('1. Ms.', '1$0. Ms.'), true), ['9:0-9:1', '27:56-27:76', '29:30-29:47']);
    assert.deepEqual(referencesAt(sample(...USES).replace('paragraph 4.', 'paragraph 4$0.'), false), ['27:81-27:92']);
    assert.deepEqual(referencesAt(sample(...USES).replace('1–3', '1–3$0'), false), ['27:56-27:76']);
  });

  it('finds a symbol in every draft of the workspace, and its masthead as the declaration', () => {
    const other = lines('CTOC/COP/WG.4/2020/2', 'Distr.: General', '1 July 2020', 'Original: English', '', 'Background paper', '', 'I. Introduction', '', '1. This paper (CTOC/COP/WG.4/2020/2) is the second.');
    assert.deepEqual(referencesAt(sample('4. See CTOC/COP/WG.4/2020/2$0.'), true, { [OTHER]: other }), [
      `${OTHER} 0:0-0:20`,
      '23:104-23:124',
      '25:7-25:27',
      `${OTHER} 9:15-9:35`,
    ]);
    assert.deepEqual(referencesAt(sample('4. See CTOC/COP/WG.4/2020/2$0.'), false), ['23:104-23:124', '25:7-25:27']);
  });

  it('finds nothing from plain text', () => {
    assert.deepEqual(referencesAt(sample('4. Speakers $0noted.'), true), []);
  });
});
