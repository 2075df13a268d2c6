// Untrusted text in messages: quoted, cut short, its control characters escaped.
import * as assert from 'node:assert/strict';
import { readRuleSettings } from '../../server/src/core';
import { escapeControls, excerpt } from '../../server/src/core/excerpt';

describe('excerpts of untrusted text in messages', () => {
  it('quotes short text as it is', () => {
    assert.equal(excerpt('A/75/rev1'), '"A/75/rev1"');
    assert.equal(excerpt('Réunion du Groupe de travail'), '"Réunion du Groupe de travail"');
  });

  it('cuts long text to 60 characters with an ellipsis', () => {
    const secret = `SECRET=${'x'.repeat(10_000)}`;
    const shown = excerpt(secret);
    assert.equal(shown.length, 62);
    assert.ok(shown.startsWith('"SECRET=xxx') && shown.endsWith('…"'));
    assert.equal(excerpt('x'.repeat(60)), `"${'x'.repeat(60)}"`);
    assert.equal(excerpt('x'.repeat(61)), `"${'x'.repeat(59)}…"`);
    assert.equal(excerpt('abcdef', 4), '"abc…"');
  });

  it('shows control characters, line breaks and direction marks as escapes', () => {
    assert.equal(excerpt('a\nb\r\tc\u0000d\u001b[31m'), '"a\\nb\\r\\tc\\u0000d\\u001b[31m"');
    assert.equal(excerpt('\u202eevil\u2066\u2028\u0085\u007f'), '"\\u202eevil\\u2066\\u2028\\u0085\\u007f"');
    assert.equal(excerpt('say "hi" \\ bye'), '"say \\"hi\\" \\\\ bye"');
  });

  it('never cuts an escape or a character in two', () => {
    assert.equal(excerpt(`${'x'.repeat(57)}\u001b`, 60), `"${'x'.repeat(57)}…"`);
    assert.equal(excerpt(`${'x'.repeat(58)}😀😀`, 60), `"${'x'.repeat(58)}…"`);
    assert.equal(excerpt(`${'x'.repeat(58)}😀`, 60), `"${'x'.repeat(58)}😀"`);
    assert.equal(excerpt('a\ud800b'), '"a\\ud800b"');
  });

  it('escapes the control characters of a path without quoting or cutting it', () => {
    assert.equal(escapeControls('C:\\drafts\\x\u001b]0;title\u0007.csv'), 'C:\\drafts\\x\\u001b]0;title\\u0007.csv');
    assert.equal(escapeControls('x'.repeat(200)), 'x'.repeat(200));
    assert.equal(escapeControls('abc\ndef', 4), 'abc…');
  });

  it('is how rule settings quote an unknown rule or value', () => {
    const { problems } = readRuleSettings({ '\u001b[2J\u202eevil': 'off', 'page-furniture': 'lo\nud' });
    assert.match(problems[0], /^unknown rule "\\u001b\[2J\\u202eevil" \(known rules: /);
    assert.equal(problems[1], 'rule "page-furniture": "lo\\nud" is not one of error, warning, information, hint, off');
  });
});
