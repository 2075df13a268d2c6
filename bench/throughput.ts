// Benchmarks 1 and 4: `rapporteur check` on a large draft as a whole process,
// beside markdownlint-cli2 on the same bytes and one ripgrep scan; and the growth
// of parse + check time with the size of the draft, in process.
import { spawnSync } from 'node:child_process';
import { statSync } from 'node:fs';
import { median, ms, now, type Row } from './stats';

/** A command the benchmark times, and the environment it runs in. */
interface Command {
  command: string;
  args: string[];
  env?: NodeJS.ProcessEnv;
}

/** Wall time of one run of a command, in ms. */
function timeRun({ command, args, env }: Command): number {
  const start = now();
  const result = spawnSync(command, args, { stdio: ['ignore', 'ignore', 'ignore'], maxBuffer: 1 << 30, env });
  if (result.error) throw result.error;
  return now() - start;
}

/**
 * Medians of `runs` runs of each command, the commands taken in turn within each
 * round, so that a slower spell of a shared machine falls on all of them alike.
 */
function medianRuns(runs: number, commands: Command[]): number[] {
  const times = commands.map((): number[] => []);
  for (let round = 0; round < runs; round++) commands.forEach((command, k) => times[k].push(timeRun(command)));
  return times.map(median);
}

/** A plain scan in the same runtime, as a whole process: read the file, count one regular expression's matches. */
const NODE_SCAN = "const t = require('fs').readFileSync(process.argv[1], 'utf8'); let n = 0; for (const m of t.matchAll(/paragraph [0-9]+/g)) n++; console.log(n);";

/**
 * Node loads the certificates `NODE_EXTRA_CA_CERTS` names when it starts, before any
 * script runs (about 45 ms in the environment these numbers were taken in, where it is
 * set for every process). No command measured here makes a connection.
 */
const EXTRA_CA = 'NODE_EXTRA_CA_CERTS';

export interface ThroughputInput {
  cli: string;
  unr: string;
  md: string;
  markdownlint: string | undefined;
  runs: number;
}

export function throughput(input: ThroughputInput): Row[] {
  const mb = statSync(input.unr).size / 1e6;
  const withoutExtraCa = { ...process.env };
  delete withoutExtraCa[EXTRA_CA];
  const extraCa = process.env[EXTRA_CA] !== undefined;
  // As installed: the bin is dist/cli.js run through its shebang (Node's start-up flags, tuning.ts).
  const installed: Command = { command: input.cli, args: ['check', input.unr] };
  const [rapporteur, plainNode, rg, nodeScan, nodeStart, rapporteurNoCa, nodeStartNoCa] = medianRuns(input.runs, [
    installed,
    { command: process.execPath, args: [input.cli, 'check', input.unr] },
    { command: '/usr/bin/rg', args: ['-c', 'paragraph [0-9]+', input.unr] },
    { command: process.execPath, args: ['-e', NODE_SCAN, input.unr] },
    { command: process.execPath, args: ['-e', '0'] },
    ...(extraCa ? [{ ...installed, env: withoutExtraCa }, { command: process.execPath, args: ['-e', '0'], env: withoutExtraCa }] : []),
  ]);
  const rows: Row[] = [
    { benchmark: '1. check', measure: `rapporteur check, ${mb.toFixed(1)} MB, whole process (median of ${input.runs})`, value: `${ms(rapporteur)} (${(mb / (rapporteur / 1000)).toFixed(1)} MB/s)` },
    { benchmark: '1. check', measure: 'the same as node dist/cli.js (without the start-up flags of the shebang)', value: ms(plainNode) },
    { benchmark: '1. check', measure: `Node's start-up alone (node -e 0)${extraCa ? `, ${EXTRA_CA} set` : ''}`, value: ms(nodeStart) },
    { benchmark: '1. check', measure: 'ripgrep, one scan (rg -c)', value: ms(rg) },
    { benchmark: '1. check', measure: 'rapporteur / ripgrep', value: `${(rapporteur / rg).toFixed(1)}x`, target: '<= 15x', met: rapporteur / rg <= 15 },
    { benchmark: '1. check', measure: 'node, one regex scan, whole process (read + /paragraph [0-9]+/g)', value: ms(nodeScan) },
    { benchmark: '1. check', measure: 'rapporteur / node regex scan', value: `${(rapporteur / nodeScan).toFixed(1)}x` },
  ];
  if (extraCa) {
    rows.push(
      { benchmark: '1. check', measure: `without ${EXTRA_CA}: Node's start-up alone`, value: ms(nodeStartNoCa) },
      { benchmark: '1. check', measure: `without ${EXTRA_CA}: rapporteur check`, value: ms(rapporteurNoCa) },
    );
  }
  if (input.markdownlint) {
    const lintRuns = Math.min(input.runs, 3);
    const lint: Command = { command: process.execPath, args: [input.markdownlint, input.md] };
    const [markdownlint, markdownlintNoCa] = medianRuns(lintRuns, [lint, ...(extraCa ? [{ ...lint, env: withoutExtraCa }] : [])]);
    rows.splice(1, 0, { benchmark: '1. check', measure: `markdownlint-cli2 0.18 on the same bytes (.md, median of ${lintRuns})`, value: `${ms(markdownlint)} (${(mb / (markdownlint / 1000)).toFixed(1)} MB/s)` });
    rows.push({ benchmark: '1. check', measure: 'markdownlint-cli2 / rapporteur', value: `${(markdownlint / rapporteur).toFixed(1)}x faster`, target: '>= 20x', met: markdownlint / rapporteur >= 20 });
    if (extraCa) rows.push({ benchmark: '1. check', measure: `without ${EXTRA_CA}: markdownlint-cli2 / rapporteur`, value: `${(markdownlintNoCa / rapporteurNoCa).toFixed(1)}x faster (${ms(markdownlintNoCa)})` });
  }
  return rows;
}

export interface ScalingInput {
  /** The core as compiled by tsc (out/server/src/core). */
  core: { parseDraft: (text: string) => unknown; Workspace: new () => { set(uri: string, text: string): unknown; check(uri: string): unknown[] } };
  drafts: { paragraphs: number; text: string }[];
  runs: number;
}

/** Parse + check of one draft in a fresh workspace, in process, after three warm-up runs. */
export function scaling(input: ScalingInput): Row[] {
  const rows: Row[] = [];
  const times = new Map<number, number>();
  for (const { paragraphs, text } of input.drafts) {
    const samples: number[] = [];
    for (let i = 0; i < input.runs + 3; i++) {
      const start = now();
      const workspace = new input.core.Workspace();
      workspace.set('file:///draft.unr', text);
      workspace.check('file:///draft.unr');
      if (i >= 3) samples.push(now() - start);
    }
    times.set(paragraphs, median(samples));
    rows.push({ benchmark: '4. scaling', measure: `parse + check, ${paragraphs} paragraphs (${(text.length / 1e6).toFixed(2)} MB, in process)`, value: ms(median(samples)) });
  }
  const small = times.get(2000);
  const large = times.get(20000);
  if (small && large) rows.push({ benchmark: '4. scaling', measure: '20,000 / 2,000 paragraphs', value: `${(large / small).toFixed(1)}x`, target: '<= 12x', met: large / small <= 12 });
  return rows;
}
