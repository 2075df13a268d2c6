// Small helpers of the benchmarks: timing, percentiles and the printed table.
import { performance } from 'node:perf_hooks';

export function now(): number {
  return performance.now();
}

/** The p-th percentile (0..100) of the samples, nearest rank. */
export function percentile(samples: number[], p: number): number {
  if (samples.length === 0) return NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = Math.ceil((p / 100) * sorted.length) - 1;
  return sorted[Math.min(sorted.length - 1, Math.max(0, rank))];
}

export function median(samples: number[]): number {
  return percentile(samples, 50);
}

export function ms(value: number): string {
  return Number.isNaN(value) ? 'n/a' : value < 10 ? `${value.toFixed(2)} ms` : value < 1000 ? `${value.toFixed(1)} ms` : `${(value / 1000).toFixed(2)} s`;
}

export interface Row {
  benchmark: string;
  measure: string;
  value: string;
  target?: string;
  met?: boolean;
}

export function printTable(rows: Row[]): void {
  const header: Row = { benchmark: 'benchmark', measure: 'measure', value: 'value', target: 'target' };
  const cells = (row: Row) => [row.benchmark, row.measure, row.value, row.target ? `${row.target} ${row.met === undefined ? '' : row.met ? 'met' : 'NOT MET'}`.trim() : ''];
  const all = [header, ...rows].map(cells);
  const widths = all[0].map((_, i) => Math.max(...all.map((r) => r[i].length)));
  const line = (r: string[]) => `| ${r.map((c, i) => c.padEnd(widths[i])).join(' | ')} |`;
  console.log(line(all[0]));
  console.log(`|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`);
  for (const r of all.slice(1)) console.log(line(r));
}
