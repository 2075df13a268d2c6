// `npm run corpus:prune`: after a fix lands, deletes the gaps it fixed from known-gaps.json and
// ANALYSIS.md, and writes README's "Corpus" table anew. New gaps are only listed: each needs a
// person to decide whether the checker or the marker is wrong, and to file it under a cause.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CORPUS_DIR, gapKey, gapsOf, precision, readCatalogue, readKnownGaps, recall, scoreCorpus, tally, type KnownGap } from './corpus';

/** Keys of gaps, a repeated key numbered (" #2") so that counts matter, as the test does. */
function numberedKeys<T extends KnownGap | ReturnType<typeof gapsOf>[number]>(gaps: readonly T[]): string[] {
  const seen = new Map<string, number>();
  return gaps.map((gap) => {
    const key = gapKey(gap);
    const n = (seen.get(key) ?? 0) + 1;
    seen.set(key, n);
    return n === 1 ? key : `${key} #${n}`;
  });
}

function main(): void {
  const results = scoreCorpus();
  const actual = new Set(numberedKeys(results.flatMap(gapsOf)));
  const known = readKnownGaps();
  const knownKeys = numberedKeys(known);
  const kept = known.filter((_, i) => actual.has(knownKeys[i]));
  const fixed = known.filter((_, i) => !actual.has(knownKeys[i]));
  writeFileSync(join(CORPUS_DIR, 'known-gaps.json'), `[\n${kept.map((gap) => `  ${JSON.stringify(gap)}`).join(',\n')}\n]\n`);
  pruneAnalysis(fixed);
  writeReadmeTable();
  for (const gap of fixed) console.log(`fixed: ${gapKey(gap)}`);
  const knownSet = new Set(knownKeys);
  for (const key of actual) if (!knownSet.has(key)) console.log(`new (file it or fix it): ${key}`);
}

/** Deletes one table row of ANALYSIS.md per fixed gap. */
function pruneAnalysis(fixed: readonly KnownGap[]): void {
  const path = join(CORPUS_DIR, 'ANALYSIS.md');
  const lines = readFileSync(path, 'utf8').split('\n');
  const kinds: Record<string, string> = { 'false-alarm': 'false alarm', miss: 'miss', message: 'message' };
  for (const gap of fixed) {
    const prefix = `| \`${gap.draft}:${gap.line}\` | \`${gap.code}\` | ${kinds[gap.kind]} |`;
    const at = lines.findIndex((line) => line.startsWith(prefix));
    if (at >= 0) lines.splice(at, 1);
  }
  writeFileSync(path, lines.join('\n'));
}

function writeReadmeTable(): void {
  const path = join(CORPUS_DIR, '../../README.md');
  const t = tally(scoreCorpus());
  const row = `| all ${readCatalogue().length} drafts | ${t.truePositives} | ${t.falseAlarms} | ${t.misses} | ${precision(t).toFixed(2)} | ${recall(t).toFixed(2)} |`;
  const readme = readFileSync(path, 'utf8').replace(/^\| all \d+ drafts \|.*$/m, row);
  writeFileSync(path, readme);
}

main();
