// `npm run bench [-- --quick] [-- --only check,keystroke,indexing,scaling,activation,import]`:
// generates drafts (seeded), runs the benchmarks of BENCHMARKS.md and prints a table.
// markdownlint-cli2, the comparison, is a dependency of the bench only (bench/package.json),
// installed on first use.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { activation } from './activation';
import { exportBench } from './export';
import { generateDraft } from './generate';
import { importing } from './importing';
import { indexing, writeArchive } from './indexing';
import { keystrokes } from './keystroke';
import { printTable, type Row } from './stats';
import { scaling, throughput } from './throughput';

const ROOT = join(__dirname, '../..');
const BENCH = join(ROOT, 'bench');
const WORK = join(tmpdir(), 'rapporteur-bench');
const args = process.argv.slice(2);
const quick = args.includes('--quick');
const onlyAt = args.indexOf('--only');
const only = onlyAt >= 0 ? new Set(args[onlyAt + 1].split(',')) : undefined;
const wanted = (name: string) => !only || only.has(name);

/** The markdownlint-cli2 entry point, installed into bench/node_modules on first use. */
function markdownlint(): string | undefined {
  const bin = join(BENCH, 'node_modules/markdownlint-cli2/markdownlint-cli2-bin.mjs');
  if (!existsSync(bin)) spawnSync('npm', ['ci', '--prefix', BENCH, '--no-audit', '--no-fund'], { stdio: 'inherit' });
  return existsSync(bin) ? bin : undefined;
}

function draftFile(paragraphs: number): { text: string; unr: string; md: string } {
  const { text } = generateDraft({ paragraphs, seed: 1 });
  const unr = join(WORK, `draft-${paragraphs}.unr`);
  const md = join(WORK, `draft-${paragraphs}.md`);
  writeFileSync(unr, text);
  writeFileSync(md, text);
  return { text, unr, md };
}

async function main(): Promise<void> {
  mkdirSync(WORK, { recursive: true });
  const server = join(ROOT, 'dist/server.js');
  const cli = join(ROOT, 'dist/cli.js');
  const rows: Row[] = [];
  const large = quick ? 2000 : 20000;
  if (wanted('check')) {
    const { unr, md } = draftFile(large);
    rows.push(...throughput({ cli, unr, md, markdownlint: markdownlint(), runs: quick ? 1 : 5 }));
  }
  if (wanted('keystroke')) {
    const { text } = draftFile(2000);
    const edits = quick ? 40 : 200;
    rows.push(...(await keystrokes(server, text, 2000, edits, true)));
    rows.push(...(await keystrokes(server, text, 2000, edits, false)));
  }
  if (wanted('indexing')) {
    const count = quick ? 200 : 2000;
    const folder = join(WORK, `archive-${count}`);
    const bytes = writeArchive(folder, count, 85);
    rows.push(...(await indexing(server, folder, count, bytes)));
  }
  if (wanted('scaling')) {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const core = require(join(ROOT, 'out/server/src/core/index.js'));
    const sizes = quick ? [200, 2000] : [200, 2000, 20000];
    rows.push(...scaling({ core, drafts: sizes.map((paragraphs) => ({ paragraphs, text: generateDraft({ paragraphs, seed: 1 }).text })), runs: quick ? 3 : 7 }));
  }
  if (wanted('export')) rows.push(...(await exportBench(ROOT, WORK, quick ? 3 : 7)));
  if (wanted('activation')) rows.push(...activation(ROOT, quick ? 3 : 10, !quick));
  if (wanted('import')) {
    const { text } = generateDraft({ paragraphs: 300, seed: 1 });
    rows.push(...(await importing({ root: ROOT, work: WORK, draft: text, paragraphs: 300, runs: quick ? 3 : 9 })));
  }
  console.log(`\nRapporteur benchmarks${quick ? ' (--quick: smaller inputs, fewer runs)' : ''} — Node ${process.version}, ${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}, ${(totalmem() / 2 ** 30).toFixed(1)} GB\n`);
  printTable(rows);
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
