// Annotated drafts: the expected findings are written under the line they are on,
// as rust-analyzer's `//^^^` fixtures do, instead of as line numbers to count.
//
//     checkAnnotated(`
//       I. Introduction
//
//       1. The Working Group adopted its agenda.
//
//       3. Several speakers noted the importance of cooperation.
//       ^ paragraph-sequence: Paragraph 3 follows paragraph 1: number 2 is missing.
//     `);
//
// A marker line is: spaces, a run of `^` under the characters the finding covers, one
// space, its code, and optionally `: ` and its exact message. It belongs to the nearest
// line above that is not a marker line; several markers may follow one line. The carets
// count UTF-16 code units (a tab is one) and stop at the end of the line for a finding
// that runs on to the next lines; a finding on an empty line has one caret.
//
// Marker lines are taken out before the draft is checked. A line whose first character
// other than a space is `^` is always read as a marker, and must name a rule code: a
// draft line cannot start so (drafts never do; write such a test with `check`). The
// text is dedented (its common indentation removed) and its first and last lines are
// dropped when blank, so that it can be indented with the test's code.
import * as assert from 'node:assert/strict';
import { isRuleCode, type CheckContext, type Diagnostic, type RuleSettings } from '../../server/src/core';
import { diagnose, report } from './check';

export interface AnnotatedOptions {
  context?: CheckContext;
  settings?: RuleSettings;
  /**
   * `symbol-unresolved` (most drafts cite unknown documents) and `lone-subdivision` (fragments often
   * have a lone section A) are left out unless a marker names them; `withUnresolved` asks for the first.
   */
  withUnresolved?: boolean;
  /** The text is a whole draft; by default it is the body of `report` (a masthead and a title go first). */
  whole?: boolean;
}

interface Marker {
  /** Index of the draft line it marks. */
  line: number;
  column: number;
  length: number;
  code: string;
  message?: string;
}

export interface Annotated {
  /** The draft, without its marker lines. */
  text: string;
  markers: Marker[];
}

const MARKER = /^( *)(\^+) ([a-z]+(?:-[a-z]+)*)(?:: (.+))?$/;

/** The lines of a text without their common indentation, and without a blank first and last line. */
export function dedentLines(text: string): string[] {
  const lines = text.split('\n');
  if (lines.length > 1 && lines[0].trim() === '') lines.shift();
  if (lines.length > 1 && lines[lines.length - 1].trim() === '') lines.pop();
  let common = Infinity;
  for (const line of lines) if (line.trim() !== '') common = Math.min(common, line.length - line.trimStart().length);
  if (common === Infinity) common = 0;
  return lines.map((line) => line.slice(common));
}

/** Separates an annotated text into the draft and its markers; a malformed marker throws. */
export function parseAnnotated(annotated: string): Annotated {
  const draft: string[] = [];
  const markers: Marker[] = [];
  dedentLines(annotated).forEach((line, i) => {
    if (!line.trimStart().startsWith('^')) {
      draft.push(line);
      return;
    }
    const match = MARKER.exec(line);
    if (!match) throw new Error(`annotated draft, line ${i + 1}: a marker is "^^^ code" or "^^^ code: message", not ${JSON.stringify(line)}`);
    const [, spaces, carets, code, message] = match;
    if (!isRuleCode(code)) throw new Error(`annotated draft, line ${i + 1}: "${code}" is not a rule code`);
    if (draft.length === 0) throw new Error(`annotated draft, line ${i + 1}: a marker needs a draft line above it`);
    markers.push({ line: draft.length - 1, column: spaces.length, length: carets.length, code, message });
  });
  return { text: draft.join('\n'), markers };
}

/** Where a diagnostic is, as a marker: its first line, cut at the end of that line. */
function markerOf(text: string, lineStarts: number[], diagnostic: Diagnostic): Marker {
  const { start, end } = diagnostic.span;
  let line = 0;
  while (line + 1 < lineStarts.length && lineStarts[line + 1] <= start) line++;
  const lineEnd = line + 1 < lineStarts.length ? lineStarts[line + 1] - 1 : text.length;
  const length = Math.max(1, Math.min(end, lineEnd) - start);
  return { line, column: start - lineStarts[line], length, code: diagnostic.code, message: diagnostic.message };
}

const key = (m: Marker) => `${m.line} ${m.column} ${m.length} ${m.code}`;
const order = (a: Marker, b: Marker) => a.line - b.line || a.column - b.column || a.length - b.length || (a.code < b.code ? -1 : a.code > b.code ? 1 : 0);

/** The draft with its markers under the lines, as a test writes it. */
function render(text: string, markers: Marker[]): string {
  const out: string[] = [];
  const sorted = [...markers].sort(order);
  let next = 0;
  text.split('\n').forEach((line, i) => {
    out.push(line);
    for (; next < sorted.length && sorted[next].line === i; next++) {
      const m = sorted[next];
      out.push(`${' '.repeat(m.column)}${'^'.repeat(m.length)} ${m.code}${m.message !== undefined ? `: ${m.message}` : ''}`);
    }
  });
  return out.join('\n');
}

/**
 * Checks an annotated draft: its findings must be exactly the markers (with their messages
 * where a marker gives one). On a difference, the assertion shows the draft marked as checked
 * beside the draft marked as expected. Returns the diagnostics, in order.
 */
export function checkAnnotated(annotated: string, options: AnnotatedOptions = {}): Diagnostic[] {
  const body = parseAnnotated(annotated);
  const text = options.whole ? body.text : report(body.text);
  const shift = text.split('\n').length - body.text.split('\n').length;
  const expected = body.markers.map((m) => ({ ...m, line: m.line + shift }));
  const named = new Set(expected.map((m) => m.code));
  const diagnostics = diagnose(text, options.context, options.settings).filter(
    (d) => (d.code !== 'symbol-unresolved' || options.withUnresolved || named.has(d.code)) && (d.code !== 'lone-subdivision' || named.has(d.code)),
  );
  const lineStarts = [0];
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) lineStarts.push(i + 1);
  const withMessage = new Set(expected.filter((m) => m.message !== undefined).map(key));
  const actual = diagnostics.map((d) => markerOf(text, lineStarts, d)).map((m) => (withMessage.has(key(m)) ? m : { ...m, message: undefined }));
  assert.equal(render(text, actual), render(text, expected), 'the findings (actual) differ from the markers (expected)');
  return diagnostics;
}
