// The registry of rules (core/rules/registry.ts): each code owned by one family,
// whose check is the only one to report it; tags read from the families.
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { EMPTY_CONTEXT, findDefects, FIXABLE_CODES, parseDraft, type Finding } from '../../../server/src/core';
import { codesTagged, hasTag, isRuleCode, RULE_CODES, RULE_ENTRIES, ruleOf } from '../../../server/src/core/rules';
import { RULE_FAMILIES } from '../../../server/src/core/rules/registry';
import type { RuleFamily } from '../../../server/src/core/rules/rule';

/** The families that check drafts (`files` reports what happens when a file is read). */
const CHECKED: readonly RuleFamily[] = RULE_FAMILIES.filter((family) => family.check);
const REPORT = readFileSync(join(__dirname, '../../../../test/fixtures/CTOC-COP-WG.4-2020-4.unr'), 'utf8');
/** A draft with a defect of most kinds. */
const DEFECTS = REPORT.replace('2. ', '3. ').replace('(b) ', '(c) ').replace('II. ', 'III. ') + '\n\n29. See paragraph 90 above, agenda item 9 and A/75/L.1/Rev1 of 31 September 2020.\n\nV.20-05476\n';

describe('the rule registry', () => {
  it('lists each code once, in the order of docs/rules.md, each owned by one family', () => {
    assert.equal(new Set(RULE_CODES).size, RULE_CODES.length);
    assert.deepEqual(RULE_CODES.slice(0, 5), ['paragraph-sequence', 'paragraph-duplicate', 'paragraph-unnumbered', 'heading-sequence', 'list-sequence']);
    assert.deepEqual(RULE_CODES.slice(-2), ['file-unreadable', 'file-too-large']);
    for (const family of CHECKED) for (const code of Object.keys(family.rules)) assert.equal(isRuleCode(code) && ruleOf(code).family, family.name, code);
  });

  it('reads only its own codes as rule codes, not the names objects know', () => {
    for (const word of ['constructor', 'toString', '__proto__', 'hasOwnProperty', 'paragraph']) assert.equal(isRuleCode(word), false, word);
  });

  it('tags the numbering codes, and as fixable the codes whose family has a quick fix', () => {
    assert.deepEqual(codesTagged('numbering'), ['paragraph-sequence', 'paragraph-duplicate', 'paragraph-unnumbered', 'heading-sequence', 'list-sequence']);
    assert.deepEqual(FIXABLE_CODES, codesTagged('fixable'));
    for (const rule of RULE_ENTRIES) assert.equal(hasTag(rule.code, 'fixable'), CHECKED.some((family) => family.fixes?.[rule.code] !== undefined), rule.code);
    assert.deepEqual(RULE_ENTRIES.filter((rule) => rule.tags.includes('fixable')).map((rule) => rule.family), ['paragraphs', 'paragraphs', 'paragraphs', 'headings', 'lists', 'subdivisions', 'listPunctuation', 'agenda', 'references', 'symbols', 'furniture', 'enumerations', 'states', 'states']);
  });

  it('gives findings at the same place in check order, the larger structure first', () => {
    // A form feed inside the first line's symbol: no masthead, and a symbol on the whole line.
    const draft = parseDraft('CTOC/\fCOP/WG.4/2020/4\n\nTitle');
    assert.deepEqual(findDefects(draft, EMPTY_CONTEXT).map((f) => `${f.span.start}-${f.span.end} ${f.code}`), ['0-21 masthead-incomplete', '0-21 symbol-unresolved']);
  });

  it('has each family report only its own codes', () => {
    const draft = parseDraft(DEFECTS);
    const seen = new Set<string>();
    for (const family of CHECKED) {
      const out: Finding[] = [];
      family.check?.(draft, EMPTY_CONTEXT, out);
      for (const finding of out) {
        assert.ok(Object.hasOwn(family.rules, finding.code), `${family.name} reported ${finding.code}`);
        seen.add(finding.code);
      }
    }
    // The draft reaches most families, so the test is not empty.
    assert.ok(seen.size >= 8, [...seen].join(', '));
  });
});
