// Benchmark 2: keystroke latency through the real server over stdio. Types
// single characters into the middle and near the end of a draft and times, for
// each edit, didChange → diagnostics of that version, and didChange → hover answer.
import type { Position } from 'vscode-languageserver-protocol/node';
import { BenchClient } from './lsp';
import { ms, now, percentile, type Row } from './stats';

const URI = 'file:///bench/keystrokes.unr';
const WORD = 'abcdefghijklmnopqrstuvwxyz';

/** The first column-0 numbered paragraph line at or after `fraction` of the draft, and a column inside its text. */
function editPoint(lines: string[], fraction: number): Position {
  for (let line = Math.floor(lines.length * fraction); line < lines.length; line++) {
    if (/^\d+\. \S/.test(lines[line]) && lines[line].length > 60) return { line, character: 40 };
  }
  return { line: lines.length - 1, character: 0 };
}

interface Samples {
  diagnostics: number[];
  hover: number[];
}

async function typeAt(client: BenchClient, pull: boolean, at: Position, count: number, samples: Samples | undefined): Promise<void> {
  let resultId: string | undefined;
  for (let i = 0; i < count; i++) {
    const position = { line: at.line, character: at.character + i };
    const start = now();
    const version = await client.insert(URI, position, WORD[i % WORD.length]);
    const hover = client.hover(URI, { line: at.line, character: 1 }).then(() => now() - start);
    const diagnostics = pull
      ? client.pull(URI, resultId).then((report) => {
          if ('resultId' in report) resultId = report.resultId;
          return now() - start;
        })
      : client.publishedAt(URI, version).then(() => now() - start);
    const [h, d] = await Promise.all([hover, diagnostics]);
    samples?.hover.push(h);
    samples?.diagnostics.push(d);
  }
}

export async function keystrokes(server: string, text: string, paragraphs: number, edits: number, pull: boolean): Promise<Row[]> {
  const client = await BenchClient.start({ server, pull });
  try {
    const opened = pull ? Promise.resolve() : client.publishedAt(URI, 1).then(() => undefined);
    await client.open(URI, text);
    if (pull) await client.pull(URI);
    await opened;
    const lines = text.split('\n');
    await typeAt(client, pull, editPoint(lines, 0.3), 10, undefined); // warm-up
    const samples: Samples = { diagnostics: [], hover: [] };
    await typeAt(client, pull, editPoint(lines, 0.5), edits / 2, samples);
    await typeAt(client, pull, editPoint(lines, 0.95), edits / 2, samples);
    const mode = pull ? 'pull' : 'push';
    const d = samples.diagnostics;
    const h = samples.hover;
    const label = `${paragraphs} paragraphs, ${edits} edits, ${mode}`;
    return [
      { benchmark: '2. keystroke', measure: `didChange → diagnostics p50 / p95 (${label})`, value: `${ms(percentile(d, 50))} / ${ms(percentile(d, 95))}`, target: 'p95 <= 16 ms', met: percentile(d, 95) <= 16 },
      { benchmark: '2. keystroke', measure: `didChange → diagnostics max (${mode})`, value: ms(Math.max(...d)), target: '<= 50 ms', met: Math.max(...d) <= 50 },
      { benchmark: '2. keystroke', measure: `didChange → hover p50 / p95 / max (${mode})`, value: `${ms(percentile(h, 50))} / ${ms(percentile(h, 95))} / ${ms(Math.max(...h))}` },
    ];
  } finally {
    await client.stop();
  }
}
