// A line diff (Myers, O((N+M)·D) after trimming the common ends) for showing
// and transmitting what a fix changed: a unified diff for `rapporteur fix
// --dry-run`, and line edits for the editor's fix-all. Past `MAX_CHANGES`
// changed lines it falls back to one hunk, so time stays bounded.
import { splitLines } from '../text';
import { replace, type TextEdit } from './edits';

/** A changed region: lines [aStart, aEnd) of the old text became [bStart, bEnd) of the new. */
export interface Hunk {
  aStart: number;
  aEnd: number;
  bStart: number;
  bEnd: number;
}

const MAX_CHANGES = 1000;

/** Lines with their line breaks (the last may have none); an empty text has no lines. */
export function linesOf(text: string): string[] {
  if (text === '') return [];
  const lines = splitLines(text).map((line) => text.slice(line.start, line.next));
  return lines[lines.length - 1] === '' ? lines.slice(0, -1) : lines;
}

export function diffLines(a: readonly string[], b: readonly string[]): Hunk[] {
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let aEnd = a.length;
  let bEnd = b.length;
  while (aEnd > start && bEnd > start && a[aEnd - 1] === b[bEnd - 1]) {
    aEnd--;
    bEnd--;
  }
  if (start === aEnd && start === bEnd) return [];
  const middle = myers(a.slice(start, aEnd), b.slice(start, bEnd));
  if (!middle) return [{ aStart: start, aEnd, bStart: start, bEnd }];
  return middle.map((h) => ({ aStart: h.aStart + start, aEnd: h.aEnd + start, bStart: h.bStart + start, bEnd: h.bEnd + start }));
}

/** The shortest edit script as hunks, or undefined past MAX_CHANGES. */
function myers(a: readonly string[], b: readonly string[]): Hunk[] | undefined {
  const n = a.length;
  const m = b.length;
  const max = Math.min(n + m, MAX_CHANGES);
  const offset = max + 1;
  const v = new Int32Array(2 * max + 3);
  const trace: Int32Array[] = [];
  for (let d = 0; d <= max; d++) {
    trace.push(v.slice());
    for (let k = -d; k <= d; k += 2) {
      let x = k === -d || (k !== d && v[offset + k - 1] < v[offset + k + 1]) ? v[offset + k + 1] : v[offset + k - 1] + 1;
      let y = x - k;
      while (x < n && y < m && a[x] === b[y]) {
        x++;
        y++;
      }
      v[offset + k] = x;
      if (x >= n && y >= m) return backtrack(trace, offset, n, m);
    }
  }
  return undefined;
}

function backtrack(trace: Int32Array[], offset: number, n: number, m: number): Hunk[] {
  // Walk back from the end, collecting single-line steps, then merge them into hunks.
  const steps: { kind: 'del' | 'ins'; x: number; y: number }[] = [];
  let x = n;
  let y = m;
  for (let d = trace.length - 1; d > 0; d--) {
    const v = trace[d];
    const k = x - y;
    const down = k === -d || (k !== d && v[offset + k - 1] < v[offset + k + 1]);
    const prevK = down ? k + 1 : k - 1;
    const prevX = v[offset + prevK];
    const prevY = prevX - prevK;
    while (x > prevX && y > prevY) {
      x--;
      y--;
    }
    if (down) steps.push({ kind: 'ins', x, y: prevY });
    else steps.push({ kind: 'del', x: prevX, y });
    x = prevX;
    y = prevY;
  }
  steps.reverse();
  const hunks: Hunk[] = [];
  for (const step of steps) {
    const h = hunks[hunks.length - 1];
    const aAt = step.x;
    const bAt = step.y;
    if (h && h.aEnd === aAt && h.bEnd === bAt) {
      if (step.kind === 'del') h.aEnd++;
      else h.bEnd++;
    } else {
      hunks.push(step.kind === 'del' ? { aStart: aAt, aEnd: aAt + 1, bStart: bAt, bEnd: bAt } : { aStart: aAt, aEnd: aAt, bStart: bAt, bEnd: bAt + 1 });
    }
  }
  return hunks;
}

/** Edits that turn `before` into `after`, one per changed run of lines. */
export function lineEdits(before: string, after: string): TextEdit[] {
  const a = linesOf(before);
  const b = linesOf(after);
  const starts: number[] = [0];
  for (const line of a) starts.push(starts[starts.length - 1] + line.length);
  return diffLines(a, b).map((h) => replace(starts[h.aStart], starts[h.aEnd], b.slice(h.bStart, h.bEnd).join('')));
}

function range(start: number, count: number): string {
  const first = count === 0 ? start : start + 1;
  return count === 1 ? `${first}` : `${first},${count}`;
}

/** A unified diff (`diff -u` style, 3 lines of context); empty when nothing changed. */
export function unifiedDiff(before: string, after: string, oldName: string, newName: string, context = 3): string {
  const a = linesOf(before);
  const b = linesOf(after);
  const hunks = diffLines(a, b);
  if (hunks.length === 0) return '';
  const out = [`--- ${oldName}`, `+++ ${newName}`];
  const show = (line: string) => line.replace(/\r?\n$|\r$/, '');
  let i = 0;
  while (i < hunks.length) {
    // Hunks closer than twice the context share one block.
    let j = i;
    while (j + 1 < hunks.length && hunks[j + 1].aStart - hunks[j].aEnd <= 2 * context) j++;
    const aFrom = Math.max(0, hunks[i].aStart - context);
    const aTo = Math.min(a.length, hunks[j].aEnd + context);
    const bFrom = hunks[i].bStart - (hunks[i].aStart - aFrom);
    const bTo = hunks[j].bEnd + (aTo - hunks[j].aEnd);
    out.push(`@@ -${range(aFrom, aTo - aFrom)} +${range(bFrom, bTo - bFrom)} @@`);
    let at = aFrom;
    for (let h = i; h <= j; h++) {
      for (; at < hunks[h].aStart; at++) out.push(` ${show(a[at])}`);
      for (let k = hunks[h].aStart; k < hunks[h].aEnd; k++) out.push(`-${show(a[k])}`);
      for (let k = hunks[h].bStart; k < hunks[h].bEnd; k++) out.push(`+${show(b[k])}`);
      at = hunks[h].aEnd;
    }
    for (; at < aTo; at++) out.push(` ${show(a[at])}`);
    i = j + 1;
  }
  return out.join('\n');
}
