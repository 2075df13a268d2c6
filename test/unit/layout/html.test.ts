import * as assert from 'node:assert/strict';
import { parseDraft } from '../../../server/src/core';
import { buildLayout, escapeHtml, renderHtml } from '../../../server/src/core/layout';

describe('the preview HTML of a draft', () => {
  it('escapes hostile draft text everywhere: text, labels, masthead, problem messages', () => {
    const text = '<img src=x onerror=alert(1)>/1\nDistr.: "General" & <b>\n\nI. <script>alert(1)</script>\n\n1. Say "hi" & <i>bye</i> \'now\'.\n';
    const html = renderHtml(buildLayout(parseDraft(text)), [{ line: 5, severity: 'error', message: '"><script>x</script>' }]);
    assert.ok(!/<(script|img|b>|i>)/.test(html), html);
    assert.ok(html.includes('Say &quot;hi&quot; &amp; &lt;i&gt;bye&lt;/i&gt; &#39;now&#39;.'));
    assert.ok(html.includes('title="&quot;&gt;&lt;script&gt;x&lt;/script&gt;"'));
    assert.equal(escapeHtml('<a href="x">&\'</a>'), '&lt;a href=&quot;x&quot;&gt;&amp;&#39;&lt;/a&gt;');
  });

  it('hangs the numbers as written and marks the source lines of every block', () => {
    const html = renderHtml(buildLayout(parseDraft('I. Introduction\n\n2021. It was a year.\n\n1. One.\n    (a) first;\n    (b) second.\n')));
    assert.ok(html.includes('<div class="block HCh" data-line="0" data-end-line="0"><span class="label">I.</span><span class="text">Introduction</span></div>'));
    assert.ok(html.includes('<div class="block item level-0" data-line="5" data-end-line="5"><span class="label">(a)</span><span class="text">first;</span></div>'));
    assert.ok(!html.includes('style='));
  });

  it('marks the worst problem of a block in its margin', () => {
    const html = renderHtml(buildLayout(parseDraft('1. One.\n\n3. Three.\n')), [
      { line: 2, severity: 'warning', message: 'w' },
      { line: 2, severity: 'error', message: 'e' },
    ]);
    assert.ok(html.includes('data-line="2" data-end-line="2"><span class="problem error" title="w\ne" aria-label="2 problems"></span>'));
  });

  it('shows the lines of a block as lines and the footnotes of a page under a rule, escaped', () => {
    const text = 'I. Votes\n\n1. The vote was recorded.1\n\nIn favour:\nAlgeria & <Zambia>.\n\n__________________\n1 See <A/76/17>.\n';
    const html = renderHtml(buildLayout(parseDraft(text)));
    assert.ok(html.includes('<span class="text">In favour:<br>Algeria &amp; &lt;Zambia&gt;.</span>'), html);
    assert.ok(html.includes('<hr class="note-rule"><div class="note"><span class="label">1</span><span class="text">See &lt;A/76/17&gt;.</span></div>'), html);
  });
});
