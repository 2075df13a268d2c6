// `npm run corpus`: checks every corpus draft and prints, per draft, per family and overall,
// what Rapporteur found that was expected (true positives), what it found that was not
// (false alarms), what it did not find (misses), precision and recall. Always exits 0:
// this is a measurement; the mocha test (corpus.test.ts) is what holds the line.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CORPUS_DIR, GAP_CATEGORIES, ISSUE_14_CODES, precision, readCatalogue, readKnownGaps, recall, scoreDraft, tally, type DraftResult, type Tally } from './corpus';

function percent(value: number): string {
  return value.toFixed(2);
}

function summary(t: Tally): string {
  return `${t.truePositives} found, ${t.falseAlarms} false alarms, ${t.misses} missed, ${t.wrongMessages} wrong messages; precision ${percent(precision(t))}, recall ${percent(recall(t))}`;
}

function printDraft(result: DraftResult): void {
  console.log(`${result.entry.file} (${result.entry.family}): ${summary(tally([result]))}`);
  for (const f of result.falseAlarms) console.log(`  false alarm  ${f.line}  ${f.code}  ${f.message}`);
  for (const m of result.misses) console.log(`  missed       ${m.line}  ${m.code}  ${m.note}`);
  for (const w of result.wrongMessages) console.log(`  message      ${w.found.line}  ${w.found.code}  "${w.found.message}" lacks "${w.expected.message}"`);
}

/** Results grouped by family, in the order families first appear. */
function byFamily(results: readonly DraftResult[]): Map<string, DraftResult[]> {
  const families = new Map<string, DraftResult[]>();
  for (const r of results) families.set(r.entry.family, [...(families.get(r.entry.family) ?? []), r]);
  return families;
}

/** Scores each draft; a draft the core fails on is reported and left out, so the run still ends. */
function scoreAll(): DraftResult[] {
  const results: DraftResult[] = [];
  for (const entry of readCatalogue()) {
    try {
      results.push(scoreDraft(entry, readFileSync(join(CORPUS_DIR, entry.file), 'utf8')));
    } catch (error) {
      console.log(`${entry.file}: could not be checked: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  return results;
}

/** How many known gaps each cause has (ANALYSIS.md has one section each). */
function printCauses(): void {
  const gaps = readKnownGaps();
  console.log('\nKnown gaps by cause (test/corpus/ANALYSIS.md):');
  for (const category of GAP_CATEGORIES) {
    const count = gaps.filter((g) => g.category === category).length;
    if (count > 0) console.log(`  ${category}: ${count}`);
  }
}

function main(): void {
  const results = scoreAll();
  for (const r of results) printDraft(r);
  console.log('\nBy family:');
  for (const [family, members] of byFamily(results)) console.log(`  ${family} (${members.length}): ${summary(tally(members))}`);
  const overall = tally(results);
  const existing = tally(
    results.map((r) => ({ ...r, misses: r.misses.filter((m) => !ISSUE_14_CODES.has(m.code)), truePositives: r.truePositives.filter((t) => !ISSUE_14_CODES.has(t.expected.code)) })),
  );
  console.log(`\nOverall, ${results.length} drafts in ${byFamily(results).size} families: ${summary(overall)}`);
  console.log(`Recall on the codes that existed before issue 14: ${percent(recall(existing))}`);
  printCauses();
}

main();
