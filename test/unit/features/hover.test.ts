import * as assert from 'node:assert/strict';
import { hover } from '../../../server/src/core';
import { docOf, lines, short, URI, withCursor, workspaceOf } from './cursor';
import { sample } from './sample';

/** The hover's markdown and range at the `$0` of a draft (in a workspace with `others`). */
function hoverAt(marked: string, others: Record<string, string> = {}, linkBase?: string): { value: string; range: string } | null {
  const { text, position } = withCursor(marked);
  const { workspace, doc } = workspaceOf({ ...others, [URI]: text });
  const result = hover(doc, position, workspace, linkBase ? { linkBase } : {});
  if (!result) return null;
  const contents = result.contents as { value: string };
  return { value: contents.value, range: result.range ? short(result.range) : '' };
}

describe('hover', () => {
  describe('on an agenda reference', () => {
    it('shows the item number and title', () => {
      assert.deepEqual(hoverAt(sample('4. Under agenda item $02, speakers noted challenges.')), {
        value: '**Agenda item 2**: Best practices in joint investigations and specialized prosecutions',
        range: '25:9-25:22',
      });
    });

    it('shows a sub-item with the item it belongs to', () => {
      assert.equal(hoverAt(sample('4. Under agenda item 1 (b$0), speakers noted challenges.'))?.value,
        '**Agenda item 1 (b)**: Adoption of the agenda and organization of work (under item 1, Organizational matters)');
    });

    it('shows every item a reference names, and says which the agenda lacks', () => {
      assert.equal(hoverAt(sample('4. Under $0agenda items 2 and 9, speakers noted challenges.'))?.value,
        '**Agenda item 2**: Best practices in joint investigations and specialized prosecutions\n\nAgenda item 9 is not on the agenda.');
    });

    it('takes the agenda of the provisional agenda when the draft has none', () => {
      const agenda = lines('CTOC/COP/WG.4/2020/1', 'Distr.: General', '3 July 2020', 'Original: English', '', 'Annotated provisional agenda', '', 'I. Provisional agenda', '', '1. Opening of the meeting.', '2. Other matters.');
      const note = lines('CTOC/COP/WG.4/2020/CRP.1', 'Distr.: Limited', '4 July 2020', 'Original: English', '', 'Note', '', 'I. Introduction', '', '1. Under agenda item 2$0, nothing.');
      assert.equal(hoverAt(note, { 'file:///drafts/agenda.unr': agenda })?.value,
        '**Agenda item 2**: Other matters\n\nFrom the provisional agenda (CTOC/COP/WG.4/2020/1).');
    });

    it('says so when no agenda can be found', () => {
      assert.match(hoverAt(lines('I. Introduction', '', '1. Under agenda item 2$0, nothing.'))?.value ?? '', /^No agenda found/);
    });
  });

  describe('on a paragraph reference', () => {
    it('shows the paragraph number and its first sentence (abbreviations do not end it)', () => {
      assert.deepEqual(hoverAt(sample('4. As noted in paragraph 1$0 above, speakers agreed.')), {
        value: '**Paragraph 1**: Ms. Jalil spoke about the efforts of Afghanistan.',
        range: '25:15-25:32',
      });
    });

    it('says when the paragraph does not exist', () => {
      assert.equal(hoverAt(sample('4. As noted in paragraph 40$0 above, speakers agreed.'))?.value, 'Paragraph 40 does not exist in the body of this draft.');
    });

    it('shows each paragraph of a range when the cursor is on the word', () => {
      assert.equal(hoverAt(sample('4. See $0paragraphs 1–2.'))?.value,
        '**Paragraph 1**: Ms. Jalil spoke about the efforts of Afghanistan.\n\n**Paragraph 2**: At its 1st meeting, the Working Group adopted the following agenda:');
    });
  });

  describe('on a document symbol', () => {
    it('shows its kind, the title from the documentation list and a link', () => {
      assert.deepEqual(hoverAt(sample('4. See also document CTOC/COP/WG.4/$02020/2.')), {
        value: [
          '**CTOC/COP/WG.4/2020/2**: Conference of the Parties to the United Nations Convention against Transnational Organized Crime document',
          '*Best practices in joint investigations*',
          '[Open CTOC/COP/WG.4/2020/2](https://undocs.org/CTOC/COP/WG.4/2020/2)',
        ].join('\n\n'),
        range: '25:21-25:41',
      });
    });

    it('shows the title, date, distribution and file of the workspace draft that carries it, with the configured link base', () => {
      const other = lines('A/HRC/44/L.1', 'Distr.: Limited', '7 July 2020', 'Original: English', '', 'Draft resolution on trafficking in persons', '', 'I. Text', '', '1. The Council decides.');
      assert.equal(hoverAt(sample('4. See document A/HRC/44/L.$01.'), { 'file:///drafts/other.unr': other }, 'https://undocs.org/fr/')?.value, [
        '**A/HRC/44/L.1**: General Assembly limited-distribution document (usually a draft text)',
        '*Draft resolution on trafficking in persons*',
        'Dated 7 July 2020 · Distr.: Limited',
        'Draft in this workspace: `other.unr`',
        '[Open A/HRC/44/L.1](https://undocs.org/fr/A/HRC/44/L.1)',
      ].join('\n\n'));
    });

    it('says what is wrong with a malformed symbol', () => {
      assert.equal(hoverAt(sample('4. See document CTOC/COP/WG.4/2020/2/Rev1$0.'))?.value,
        'Malformed document symbol: "Rev1" should be "Rev.1". Write `CTOC/COP/WG.4/2020/2/Rev.1`.');
    });
  });

  describe('on a heading label or paragraph number', () => {
    it('names chapters, sections and subsections', () => {
      assert.deepEqual(hoverAt(sample().replace('II. Organization', 'I$0I. Organization')), { value: 'Chapter II: Organization of the meeting', range: '11:0-11:2' });
      assert.equal(hoverAt(sample().replace('A. Adoption', '$0A. Adoption'))?.value, 'Section A: Adoption of the agenda');
      assert.equal(hoverAt(sample('1$0. General discussion'))?.value, 'Subsection 1: General discussion (a subsection heading, not a paragraph number)');
    });

    it('names the heading a chapter, section or annex reference points to', () => {
      assert.deepEqual(hoverAt(sample('4. See section II.A$0 above.')), { value: 'Section A: Adoption of the agenda', range: '25:7-25:25' });
      assert.equal(hoverAt(sample('4. See annex I$0.', '', 'Annex I', '', 'List of participants'))?.value, 'Annex I: List of participants');
      assert.equal(hoverAt(sample('4. See chapter V$0.')), null);
    });

    it('names a paragraph number with its numbering segment', () => {
      assert.deepEqual(hoverAt(sample().replace('1. Ms. Jalil', '1$0. Ms. Jalil')), { value: 'Paragraph 1 (body)', range: '9:0-9:1' });
      assert.equal(hoverAt(sample('Annex I', '', 'List of participants', '', '1$0. Afghanistan.'))?.value, 'Paragraph 1 (annex I)');
      assert.equal(hoverAt(sample('Annex I$0', '', 'List of participants'))?.value, 'Annex I: List of participants');
    });

    it('says what number an unnumbered paragraph should have', () => {
      assert.deepEqual(hoverAt(sample('Th$0e Chair made a statement.', '', '5. The meeting closed.')), { value: 'Unnumbered paragraph: should be paragraph 4', range: '25:0-25:3' });
    });

    it('shows the item on the agenda itself', () => {
      assert.equal(hoverAt(sample().replace('    3. Other', '    3$0. Other'))?.value, '**Agenda item 3**: Other matters');
    });
  });

  it('shows nothing on plain text', () => {
    assert.equal(hoverAt(sample('4. Speakers $0noted challenges.')), null);
    assert.equal(hover(docOf(''), { line: 5, character: 9 }), null);
  });
});
