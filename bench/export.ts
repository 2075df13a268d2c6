// Export of a generated 300-paragraph report (issue 16: under 1 s): the command line end to
// end (process start, read, parse, layout, .docx written) and, in process, layout + .docx and
// layout + preview HTML, each the median of `runs`.
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { generateDraft } from './generate';
import { median, ms, now, type Row } from './stats';

export async function exportBench(root: string, work: string, runs: number): Promise<Row[]> {
  const paragraphs = 300;
  const { text } = generateDraft({ paragraphs, seed: 1 });
  const unr = join(work, `export-${paragraphs}.unr`);
  writeFileSync(unr, text);
  const cli: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = now();
    const result = spawnSync(process.execPath, [join(root, 'dist/cli.js'), 'export', unr, '--force'], { encoding: 'utf8' });
    cli.push(now() - started);
    if (result.status !== 0) throw new Error(`export failed: ${result.stderr}`);
  }
  /* eslint-disable @typescript-eslint/no-require-imports */
  const core = require(join(root, 'out/server/src/core/index.js'));
  const layout = require(join(root, 'out/server/src/core/layout/index.js'));
  const docx = require(join(root, 'out/server/src/export/docx.js'));
  /* eslint-enable @typescript-eslint/no-require-imports */
  const inProcess: number[] = [];
  const html: number[] = [];
  for (let i = 0; i < runs; i++) {
    let started = now();
    await docx.renderDocx(layout.buildLayout(core.parseDraft(text)));
    inProcess.push(now() - started);
    started = now();
    layout.renderHtml(layout.buildLayout(core.parseDraft(text)));
    html.push(now() - started);
  }
  return [
    { benchmark: 'export', measure: `rapporteur export, ${paragraphs} paragraphs (process, median)`, value: ms(median(cli)), target: '< 1 s', met: median(cli) < 1000 },
    { benchmark: 'export', measure: 'parse + layout + .docx in process (median)', value: ms(median(inProcess)) },
    { benchmark: 'export', measure: 'parse + layout + preview HTML in process (median)', value: ms(median(html)) },
  ];
}
