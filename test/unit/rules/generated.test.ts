// docs/rules.md's table of codes and package.json's `rapporteur.rules` settings are
// generated from the rule registry (`npm run generate`, scripts/generate-rules.ts):
// generated again here, in memory, they must equal the files.
import * as assert from 'node:assert/strict';
import { RULE_ENTRIES, type RuleEntry } from '../../../server/src/core/rules';
import { generatedFiles, rulesTable, withRulesTable, withRuleSettings } from '../../../scripts/generate-rules';

describe('files generated from the rule registry', () => {
  for (const file of generatedFiles()) {
    it(`${file.path} is up to date (else run npm run generate)`, () => {
      assert.equal(file.current, file.expected, `${file.path} is out of date: run \`npm run generate\``);
    });
  }

  it('gives each rule a row and a setting, from its family module', () => {
    const added: RuleEntry = { code: 'paragraph-sequence', family: 'paragraphs', severity: 'hint', reports: 'something new', setting: 'Something new.', tags: [] };
    const rules = [...RULE_ENTRIES, added];
    assert.match(rulesTable(rules), /\n\| `paragraph-sequence` \| something new \| hint \|$/);
    const [docs, manifest] = generatedFiles();
    assert.notEqual(withRulesTable(docs.current, rules), docs.current);
    const setting = JSON.parse(withRuleSettings(manifest.current, [added])).contributes.configuration.properties['rapporteur.rules'];
    assert.deepEqual(setting.properties, {
      'paragraph-sequence': { type: 'string', enum: ['error', 'warning', 'information', 'hint', 'off'], default: 'hint', description: 'Something new. Default: hint.' },
    });
  });

  it('refuses a docs/rules.md without its markers', () => {
    assert.throws(() => withRulesTable('# Rules\n\n| code |\n'), /docs\/rules\.md: the lines <!-- rules:begin .* and <!-- rules:end --> are missing/);
  });
});
