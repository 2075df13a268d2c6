// 6. import: a generated 300-paragraph report imported from text pasted from a PDF, from a .docx
// (written by the `docx` package with automatic numbering) and from a PDF (that .docx laid out by
// LibreOffice, when `soffice` is installed): in process (median of `runs`, the readers' code warm)
// and as a whole `rapporteur import` process. Then the PDF imported through the language server
// (`rapporteur/import`) while hovers are asked one after another: how long the import takes, and
// how long a hover waits meanwhile.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { AlignmentType, Document, LevelFormat, Packer, Paragraph, TextRun } from 'docx';
import { BenchClient } from './lsp';
import { median, ms, now, type Row } from './stats';

interface ImportModule {
  importDocument(bytes: Uint8Array, kind: 'docx' | 'pdf' | 'text'): Promise<{ text: string }>;
}

/** The draft as text copied from a PDF: bullets before numbers, a page head and foot every 12 paragraphs. */
function pasted(draft: string): string {
  const out: string[] = [];
  let page = 1;
  let blocks = 0;
  for (const block of draft.split('\n\n')) {
    out.push(/^\d+\. /.test(block) ? `- ${block}` : block);
    if (++blocks % 12 === 0) out.push(`${++page}/99 V.20-05476`);
  }
  return out.join('\n\n');
}

/** The draft as a Word document: body paragraphs numbered automatically, everything else as typed. */
async function docx(draft: string): Promise<Uint8Array> {
  const children = draft.split('\n\n').flatMap((block) => block.split('\n')).map((line) => {
    const numbered = /^\d+\. (.*)$/s.exec(line);
    return numbered
      ? new Paragraph({ numbering: { reference: 'paragraphs', level: 0 }, children: [new TextRun(numbered[1])] })
      : new Paragraph({ children: [new TextRun(line.trim())], indent: line.startsWith(' ') ? { left: 1134 } : undefined });
  });
  const document = new Document({
    numbering: { config: [{ reference: 'paragraphs', levels: [{ level: 0, format: LevelFormat.DECIMAL, text: '%1.', alignment: AlignmentType.LEFT }] }] },
    sections: [{ children }],
  });
  return new Uint8Array(await Packer.toBuffer(document));
}

function pdfOf(docxFile: string, folder: string): string | undefined {
  const pdf = docxFile.replace(/\.docx$/, '.pdf');
  if (existsSync(pdf)) return pdf;
  try {
    execFileSync('soffice', ['--headless', '--convert-to', 'pdf', '--outdir', folder, docxFile], { stdio: 'ignore', timeout: 300_000 });
  } catch {
    return undefined;
  }
  return existsSync(pdf) ? pdf : undefined;
}

async function timeInProcess(module: ImportModule, bytes: Uint8Array, kind: 'docx' | 'pdf' | 'text', runs: number): Promise<number> {
  const samples: number[] = [];
  // One run first, untimed: the readers' code compiled, pdf.js loaded.
  await module.importDocument(bytes, kind);
  for (let i = 0; i < runs; i++) {
    const start = now();
    await module.importDocument(bytes, kind);
    samples.push(now() - start);
  }
  return median(samples);
}

function timeProcess(cli: string, file: string, runs: number): number {
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = now();
    const result = spawnSync(cli, ['import', file, '-o', `${file}.unr`, '--force'], { encoding: 'utf8' });
    samples.push(now() - start);
    if (result.status !== 0) throw new Error(`rapporteur import ${file}: ${result.stderr}`);
  }
  return median(samples);
}

export interface ServerImportTimes {
  /** The first import of each server (the PDF reader loaded for it), median over the servers. */
  first: number;
  /** The imports after it, median. */
  again: number;
  /** Hovers answered while imports were in flight, their median wait and the slowest. */
  hovers: number;
  medianHover: number;
  slowestHover: number;
}

/** A hover every this many ms while an import is in flight: about a fast typist's pace. */
const HOVER_EVERY_MS = 25;

/**
 * `servers` fresh servers each import the PDF `imports` times, one after another, with a draft open;
 * while each import is in flight, a hover on the draft is sent every 25 ms (not back to back, which
 * would take the CPU from the import on a small machine) and timed to its answer.
 */
export async function importThroughServer(server: string, pdf: Uint8Array, draft: string, servers: number, imports: number): Promise<ServerImportTimes> {
  const uri = 'file:///bench/import-while-editing.unr';
  const data = Buffer.from(pdf).toString('base64');
  const first: number[] = [];
  const again: number[] = [];
  const hovers: number[] = [];
  for (let s = 0; s < servers; s++) {
    const client = await BenchClient.start({ server, pull: false });
    const published = client.publishedAt(uri, 1);
    await client.open(uri, draft);
    await published;
    for (let i = 0; i < imports; i++) {
      const started = now();
      const pending: Promise<unknown>[] = [];
      const ticker = setInterval(() => {
        const asked = now();
        pending.push(client.hover(uri, { line: 20, character: 3 }).then(() => hovers.push(now() - asked)));
      }, HOVER_EVERY_MS);
      const result = (await client.connection.sendRequest('rapporteur/import', { name: 'report.pdf', data })) as { text?: string; error?: string };
      (i === 0 ? first : again).push(now() - started);
      clearInterval(ticker);
      await Promise.all(pending);
      if (typeof result.text !== 'string') throw new Error(`rapporteur/import: ${result.error}`);
    }
    await client.stop();
  }
  return { first: median(first), again: median(again), hovers: hovers.length, medianHover: median(hovers), slowestHover: Math.max(...hovers) };
}

export async function importing(options: { root: string; work: string; draft: string; paragraphs: number; runs: number }): Promise<Row[]> {
  const folder = join(options.work, 'import');
  mkdirSync(folder, { recursive: true });
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const module: ImportModule = require(join(options.root, 'out/server/src/import/index.js'));
  const cli = join(options.root, 'dist/cli.js');
  const files: { kind: 'text' | 'docx' | 'pdf'; file: string }[] = [];
  const text = join(folder, `report-${options.paragraphs}.txt`);
  writeFileSync(text, pasted(options.draft));
  files.push({ kind: 'text', file: text });
  const word = join(folder, `report-${options.paragraphs}.docx`);
  writeFileSync(word, await docx(options.draft));
  files.push({ kind: 'docx', file: word });
  const pdf = pdfOf(word, folder);
  if (pdf) files.push({ kind: 'pdf', file: pdf });
  const rows: Row[] = [];
  for (const { kind, file } of files) {
    const bytes = readFileSync(file);
    const size = `${(bytes.length / 1024).toFixed(0)} KB`;
    const inProcess = await timeInProcess(module, bytes, kind, options.runs);
    rows.push({ benchmark: '6. import', measure: `${kind === 'text' ? 'pasted text' : kind}, ${options.paragraphs} paragraphs (${size}), in process (median of ${options.runs})`, value: ms(inProcess), target: '< 1 s', met: inProcess < 1000 });
    const whole = timeProcess(cli, file, Math.max(1, Math.min(options.runs, 5)));
    rows.push({ benchmark: '6. import', measure: `rapporteur import of the ${kind === 'text' ? '.txt' : `.${kind}`}, whole process (median)`, value: ms(whole), target: '< 1 s', met: whole < 1000 });
  }
  if (pdf) {
    const servers = Math.max(1, Math.min(options.runs, 3));
    const times = await importThroughServer(join(options.root, 'dist/server.js'), readFileSync(pdf), options.draft, servers, 3);
    rows.push({ benchmark: '6. import', measure: `pdf through the server (rapporteur/import), first import of a server (median of ${servers} servers)`, value: ms(times.first), target: '< 1 s', met: times.first < 1000 });
    rows.push({ benchmark: '6. import', measure: 'pdf through the server, the next imports (median)', value: ms(times.again) });
    rows.push({ benchmark: '6. import', measure: `a hover every ${HOVER_EVERY_MS} ms during those imports: median / slowest wait of ${times.hovers}`, value: `${ms(times.medianHover)} / ${ms(times.slowestHover)}` });
  }
  if (!pdf) rows.push({ benchmark: '6. import', measure: 'pdf: soffice (LibreOffice) not found, not measured', value: 'n/a' });
  return rows;
}
