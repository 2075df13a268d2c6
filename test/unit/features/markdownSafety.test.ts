// Hovers are Markdown: no setting, catalogue title, date or file name may add a
// link, heading, list, quote, HTML or code block to them. Checked by rendering
// hovers with marked (the renderer VS Code uses for hovers, GitHub's autolinks on).
import * as assert from 'node:assert/strict';
import * as fc from 'fast-check';
import { codeSpan, escapeMarkdown, markdownLink } from '../../../server/src/core/features/common';
import { hover, linkBaseOf, parseCatalogue, parseLinkBase } from '../../../server/src/core';
import { loadMarkdown, render } from '../../markdown';
import { lines, withCursor, workspaceOf, URI } from './cursor';

const HOSTILE = [
  '[x](command:workbench.action.terminal.new)',
  ')[x](command:foo)',
  'line one\n\n# Heading\n\n- list item\n\n> quote\n\n1. ordered',
  '```js\nalert(1)\n```',
  '    indented code',
  '<img src=x onerror=alert(1)> <a href="command:x">y</a>',
  '&lt;b&gt; &#91;x&#93;(command:y)',
  'See https://evil.example/ and www.evil.example or mail me@evil.example',
  '![image](https://evil.example/x.png)',
  '| a | b |\n|---|---|\n| c | d |',
  '---',
  '***bold*** _em_ ~~struck~~ `code`',
  'a\r\n===',
  '2) second\u2028# after a line separator',
  'trailing backslash \\',
  '\u001b[31mred\u0000',
];

const oneLine = (text: string) => text.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, ' ').trim();

describe('Markdown in hovers', () => {
  before(loadMarkdown);

  it('shows any text through escapeMarkdown as one paragraph of plain text, as written', () => {
    for (const text of HOSTILE) {
      const { tags, links, text: shown } = render(`Title: ${escapeMarkdown(text)}`);
      assert.deepEqual(tags, ['p'], text);
      assert.deepEqual(links, [], text);
      assert.equal(shown, `Title: ${oneLine(text)}`, text);
    }
  });

  it('keeps any text made of Markdown pieces to plain text (property)', () => {
    const piece = fc.constantFrom('[', ']', '(', ')', '<', '>', '`', '*', '_', '~', '#', '-', '+', '=', '|', '!', '&', '\\', ':', '//', 'www.', '@', 'x.com', 'https', '1.', '2)', ' ', '    ', '\n', '\n\n', '\r', '\t', 'a', 'command:x', 'amp;', '&#91;');
    fc.assert(fc.property(fc.array(piece, { maxLength: 30 }).map((parts) => parts.join('')), (text) => {
      for (const at of [`${escapeMarkdown(text)}`, `*${escapeMarkdown(text)}*`, `**A/75/1**: ${escapeMarkdown(text)}`, `Write ${codeSpan(text)}.`]) {
        const { tags, links } = render(at);
        assert.deepEqual(links, [], at);
        assert.ok(tags.every((tag) => ['p', 'em', 'strong', 'code'].includes(tag)), `${JSON.stringify(at)} gave ${tags.join(' ')}`);
        assert.ok(tags.filter((tag) => tag === 'p').length <= 1, `${JSON.stringify(at)} is one paragraph`);
      }
    }), { numRuns: 500, seed: 15 });
  });

  it('accepts only a well-formed https:// link base, normalised, without credentials or Markdown', () => {
    assert.equal(parseLinkBase('https://undocs.org/en/'), 'https://undocs.org/en/');
    assert.equal(parseLinkBase('https://UNDOCS.org'), 'https://undocs.org/');
    assert.equal(parseLinkBase('https://documents.un.org/api/symbol/access?s='), 'https://documents.un.org/api/symbol/access?s=');
    assert.equal(parseLinkBase('https://x/a b<c>`'), 'https://x/a%20b%3Cc%3E%60');
    for (const base of ['https://x/)[x](command:foo)', 'https://x/[x]', 'https://user:secret@undocs.org/', 'https://user@undocs.org/', 'http://undocs.org/', 'javascript:alert(1)//', 'command:foo', 'file:///etc/passwd#', 'https://', 'https:undocs', "https://x/'", 'https://x/%22)"', 42, null, `https://x/${'a'.repeat(3000)}`]) {
      assert.equal(parseLinkBase(base), undefined, String(base));
      assert.equal(linkBaseOf(base), 'https://undocs.org/', String(base));
    }
  });

  it('builds a link that no parenthesis or bracket can end early', () => {
    const { tags, links, text } = render(markdownLink('Open S/RES/955 (1994)]', 'https://undocs.org/S/RES/955%20(1994))[x](command:y)'));
    assert.deepEqual(tags, ['p', 'a']);
    assert.deepEqual(links, ['https://undocs.org/S/RES/955%20%281994%29%29%5Bx%5D%28command:y%29']);
    assert.equal(text, 'Open S/RES/955 (1994)]');
  });

  describe('a hover on a catalogue symbol', () => {
    const draft = lines('A/AC.1/2020/1', 'Distr.: General', '1 May 2020', 'Original: English', '', 'Report', '', 'I. Introduction', '', '1. See A/75/2$050.');
    const hoverWith = (title: string, date: string, linkBase?: string) => {
      const { text, position } = withCursor(draft);
      const { workspace, doc } = workspaceOf({ [URI]: text });
      const csv = `symbol,title,date\nA/75/250,"${title.replace(/"/g, '""')}","${date.replace(/"/g, '""')}"\n`;
      workspace.setCatalogue('file:///w/x`\n\n# evil`.csv', parseCatalogue(csv, 'csv').entries);
      const result = hover(doc, position, workspace, linkBase ? { linkBase } : {});
      return (result?.contents as { value: string }).value;
    };

    it('shows a hostile title, date and file name as text, with the one link to the document', () => {
      for (const title of HOSTILE) {
        const value = hoverWith(title, `# ${title}`, 'https://x/)[x](command:foo)');
        const { tags, links, text } = render(value);
        assert.deepEqual(links, ['https://undocs.org/A/75/250'], value);
        assert.deepEqual(tags.filter((tag) => !['p', 'strong', 'em', 'code'].includes(tag)), ['a'], value);
        assert.equal(tags.filter((tag) => tag === 'code').length, 1, 'only the file name is code');
        assert.ok(text.includes(oneLine(title)), `${JSON.stringify(text)} shows ${JSON.stringify(oneLine(title))}`);
      }
    });

    it('links to the configured base when it is well formed', () => {
      assert.match(hoverWith('Report', '1 May 2020', 'https://undocs.org/fr/'), /\[Open A\/75\/250\]\(https:\/\/undocs\.org\/fr\/A\/75\/250\)$/);
    });
  });
});
