// Holds the line on the corpus of realistic drafts: every draft parses and checks, and what
// Rapporteur finds equals what each draft's markers expect, except the gaps committed in
// known-gaps.json. A new false alarm or miss fails; so does a known gap that was fixed, so
// that the list shrinks as fixes land.
import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isRuleCode, parseDraft } from '../../server/src/core';
import { CORPUS_DIR, GAP_CATEGORIES, ISSUE_14_CODES, gapKey, gapsOf, precision, readAnnotated, readCatalogue, readKnownGaps, recall, scoreCorpus, scoreDraft, tally, type KnownGap } from './corpus';

/** Gaps by key; a second gap with the same key gets " #2", so that counts matter too. */
function keyed<T extends Parameters<typeof gapKey>[0]>(gaps: readonly T[]): Map<string, T> {
  const map = new Map<string, T>();
  for (const gap of gaps) {
    let key = gapKey(gap);
    for (let n = 2; map.has(key); n++) key = `${gapKey(gap)} #${n}`;
    map.set(key, gap);
  }
  return map;
}

describe('the corpus of realistic drafts (test/corpus)', () => {
  const catalogue = readCatalogue();
  const knownGaps = readKnownGaps();

  it('lists every draft in drafts.json: at least 12, from at least 8 families', () => {
    const files = readdirSync(CORPUS_DIR).filter((name) => name.endsWith('.unr')).sort();
    assert.deepEqual(catalogue.map((e) => e.file).sort(), files);
    assert.ok(files.length >= 12, `${files.length} drafts`);
    assert.ok(new Set(catalogue.map((e) => e.family)).size >= 8, 'families');
  });

  it('files every known gap under a category of issue 14, with a reason, for a draft of the corpus', () => {
    for (const gap of knownGaps) {
      assert.ok((GAP_CATEGORIES as readonly string[]).includes(gap.category), `${gapKey(gap)}: unknown category "${gap.category}"`);
      assert.ok(gap.reason.trim().length > 0, `${gapKey(gap)}: no reason`);
      assert.ok(catalogue.some((e) => e.file === gap.draft), `${gapKey(gap)}: no such draft`);
    }
  });

  it('lists in ANALYSIS.md exactly the known gaps', () => {
    const kinds: Record<string, string> = { 'false alarm': 'false-alarm', miss: 'miss', message: 'message' };
    const rows = readFileSync(join(CORPUS_DIR, 'ANALYSIS.md'), 'utf8')
      .split('\n')
      .map((line) => /^\| `([^`:]+):(\d+)` \| `([a-z-]+)` \| (false alarm|miss|message) \|/.exec(line))
      .filter((m): m is RegExpExecArray => m !== null)
      .map((m) => `${m[1]}:${m[2]} ${m[3]} (${kinds[m[4]]})`);
    assert.deepEqual(rows.sort(), knownGaps.map(gapKey).sort());
  });

  it('gives in README.md the numbers npm run corpus prints', () => {
    const t = tally(scoreCorpus());
    const row = `| all ${catalogue.length} drafts | ${t.truePositives} | ${t.falseAlarms} | ${t.misses} | ${precision(t).toFixed(2)} | ${recall(t).toFixed(2)} |`;
    const readme = readFileSync(join(CORPUS_DIR, '../../README.md'), 'utf8');
    assert.ok(readme.includes(row), `update the table of the "Corpus" section of README.md to:\n${row}`);
  });

  for (const entry of catalogue) {
    describe(entry.file, () => {
      const source = readFileSync(join(CORPUS_DIR, entry.file), 'utf8');

      it('parses and checks without throwing, and its markers name real codes', () => {
        const { text, expectations } = readAnnotated(source);
        assert.ok(parseDraft(text).paragraphs.length > 0);
        scoreDraft(entry, source);
        for (const e of expectations) assert.ok(isRuleCode(e.code) || ISSUE_14_CODES.has(e.code), `line ${e.line}: no such code "${e.code}"`);
      });

      it('finds what its markers expect, apart from its known gaps', () => {
        const actual = keyed(gapsOf(scoreDraft(entry, source)));
        const known = keyed<KnownGap>(knownGaps.filter((g) => g.draft === entry.file));
        const appeared = [...actual].filter(([key]) => !known.has(key)).map(([key, g]) => `  ${key}: ${g.message}`);
        const fixed = [...known].filter(([key]) => !actual.has(key)).map(([key, g]) => `  ${key}: ${g.reason}`);
        const problems: string[] = [];
        if (appeared.length) problems.push(`New gaps (fix the checker, or correct the draft's marker if the expectation was wrong):\n${appeared.join('\n')}`);
        if (fixed.length) problems.push(`Fixed gaps: delete these entries from test/corpus/known-gaps.json (and from ANALYSIS.md):\n${fixed.join('\n')}`);
        assert.ok(problems.length === 0, problems.join('\n'));
      });
    });
  }
});
