// The corpus of realistic drafts (test/corpus/*.unr) and how their expected findings are
// read and scored. A draft carries its expectations inline: a marker line
//     //^ paragraph-sequence message "number 14 is missing"  paragraph 14 was skipped
// expects a finding with that code on the line above it (the nearest line that is not a
// marker); the text quoted after `message`, if any, must occur in the finding's message; the
// rest is a note for the reader. Marker lines are removed before the draft is checked, and every line number
// reported here is the line of the corpus file, so that it opens where the editor looks.
// Only the core's public API is used, so that the yardstick survives changes to the rules.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkDraft, EMPTY_CONTEXT, parseDraft } from '../../server/src/core';

/** Where the drafts are: the source folder, also when this runs from out/. */
export const CORPUS_DIR = join(__dirname, '../../../test/corpus');

/** The draft's catalogue entry in drafts.json. */
export interface CorpusEntry {
  file: string;
  family: string;
  description: string;
}

export interface Expectation {
  line: number;
  code: string;
  /** Text the finding's message must contain, if given. */
  message?: string;
  note: string;
}

export interface Found {
  line: number;
  code: string;
  message: string;
}

export interface DraftResult {
  entry: CorpusEntry;
  truePositives: Array<{ expected: Expectation; found: Found }>;
  falseAlarms: Found[];
  misses: Expectation[];
  /** Right line and code, but the message lacks the expected text. */
  wrongMessages: Array<{ expected: Expectation; found: Found }>;
}

/**
 * `symbol-unresolved` is left out: it says that Rapporteur does not know a document, which
 * depends on the catalogue the user has, not on the draft.
 */
export const UNSCORED_CODES: ReadonlySet<string> = new Set(['symbol-unresolved']);

/** Codes that issue 14 adds; a marker may expect them before the checker has them. */
export const ISSUE_14_CODES: ReadonlySet<string> = new Set(['state-name-unofficial', 'list-order', 'heading-ref-missing', 'lone-subdivision', 'list-punctuation', 'report-length']);

const MARKER = '//^';

/** Reads a marker line: `//^ code`, then optionally `message "text"`, then a note. */
function readMarker(line: string, lineNumber: number): { code: string; message?: string; note: string } {
  const rest = line.trimStart().slice(MARKER.length).trim();
  const space = rest.search(/\s/);
  const code = space < 0 ? rest : rest.slice(0, space);
  let after = space < 0 ? '' : rest.slice(space).trim();
  if (!/^[a-z][a-z-]*$/.test(code)) throw new Error(`line ${lineNumber}: a marker is written "//^ code", optionally message "text", then a note`);
  let message: string | undefined;
  if (after.startsWith('message "')) {
    const open = 'message "'.length;
    const close = after.indexOf('"', open);
    if (close < 0) throw new Error(`line ${lineNumber}: the quoted message text is not closed`);
    message = after.slice(open, close);
    after = after.slice(close + 1).trim();
  }
  return message === undefined ? { code, note: after } : { code, message, note: after };
}

export interface AnnotatedDraft {
  /** The draft as checked: the file without its marker lines. */
  text: string;
  expectations: Expectation[];
  /** fileLine[i] is the file line (1-based) of line i + 1 of `text`. */
  fileLine: number[];
}

/** Splits a corpus file into the draft and its expectations. */
export function readAnnotated(source: string): AnnotatedDraft {
  const kept: string[] = [];
  const fileLine: number[] = [];
  const expectations: Expectation[] = [];
  source.split('\n').forEach((line, index) => {
    if (!line.trimStart().startsWith(MARKER)) {
      kept.push(line);
      fileLine.push(index + 1);
      return;
    }
    if (fileLine.length === 0) throw new Error(`line ${index + 1}: a marker must follow the line it is about`);
    expectations.push({ line: fileLine[fileLine.length - 1], ...readMarker(line, index + 1) });
  });
  return { text: kept.join('\n'), expectations, fileLine };
}

/** Checks an annotated draft and pairs its findings with its expectations by line and code. */
export function scoreDraft(entry: CorpusEntry, source: string): DraftResult {
  const annotated = readAnnotated(source);
  const draft = parseDraft(annotated.text);
  const found: Found[] = checkDraft(draft, EMPTY_CONTEXT)
    .filter((d) => !UNSCORED_CODES.has(d.code))
    .map((d) => ({ line: annotated.fileLine[draft.lineMap.position(d.span.start).line], code: d.code, message: d.message }));
  const result: DraftResult = { entry, truePositives: [], falseAlarms: [], misses: [], wrongMessages: [] };
  const unmatched = [...found];
  for (const expected of annotated.expectations) {
    const at = unmatched.findIndex((f) => f.line === expected.line && f.code === expected.code);
    if (at < 0) {
      result.misses.push(expected);
      continue;
    }
    const [match] = unmatched.splice(at, 1);
    result.truePositives.push({ expected, found: match });
    if (expected.message !== undefined && !match.message.includes(expected.message)) result.wrongMessages.push({ expected, found: match });
  }
  result.falseAlarms = unmatched;
  return result;
}

export function readCatalogue(): CorpusEntry[] {
  return JSON.parse(readFileSync(join(CORPUS_DIR, 'drafts.json'), 'utf8')) as CorpusEntry[];
}

export function scoreCorpus(): DraftResult[] {
  return readCatalogue().map((entry) => scoreDraft(entry, readFileSync(join(CORPUS_DIR, entry.file), 'utf8')));
}

export interface Tally {
  truePositives: number;
  falseAlarms: number;
  misses: number;
  wrongMessages: number;
}

export function tally(results: readonly DraftResult[]): Tally {
  const sum: Tally = { truePositives: 0, falseAlarms: 0, misses: 0, wrongMessages: 0 };
  for (const r of results) {
    sum.truePositives += r.truePositives.length;
    sum.falseAlarms += r.falseAlarms.length;
    sum.misses += r.misses.length;
    sum.wrongMessages += r.wrongMessages.length;
  }
  return sum;
}

/** Precision and recall; 1 when there is nothing to divide (no findings, no expectations). */
export function precision(t: Tally): number {
  return t.truePositives + t.falseAlarms === 0 ? 1 : t.truePositives / (t.truePositives + t.falseAlarms);
}

export function recall(t: Tally): number {
  return t.truePositives + t.misses === 0 ? 1 : t.truePositives / (t.truePositives + t.misses);
}

/** The gaps of a result as the keys known-gaps.json uses. */
export type GapKind = 'false-alarm' | 'miss' | 'message';

export interface KnownGap {
  draft: string;
  line: number;
  code: string;
  kind: GapKind;
  category: string;
  reason: string;
}

/** The categories of issue 14 that a gap is filed under (ANALYSIS.md has one section each). */
export const GAP_CATEGORIES = [
  'own-numbering',
  'agenda-item-lines',
  'sub-numbering-and-footnotes',
  'page-furniture',
  'references-elsewhere',
  'agenda-introduction',
  'sub-items-and-languages',
  'messages',
  'new-check',
  /** A layout that issue 14 does not list (such as "Chapter I" on a line of its own). */
  'other-layouts',
  /** One defect reported twice (docs/rules.md: one defect, one diagnostic). */
  'one-defect-one-finding',
] as const;

export function gapKey(gap: { draft: string; line: number; code: string; kind: GapKind }): string {
  return `${gap.draft}:${gap.line} ${gap.code} (${gap.kind})`;
}

export function gapsOf(result: DraftResult): Array<{ draft: string; line: number; code: string; kind: GapKind; message: string }> {
  const draft = result.entry.file;
  return [
    ...result.falseAlarms.map((f) => ({ draft, line: f.line, code: f.code, kind: 'false-alarm' as const, message: f.message })),
    ...result.misses.map((m) => ({ draft, line: m.line, code: m.code, kind: 'miss' as const, message: m.note })),
    ...result.wrongMessages.map((w) => ({ draft, line: w.found.line, code: w.found.code, kind: 'message' as const, message: `"${w.found.message}" lacks "${w.expected.message}"` })),
  ];
}

export function readKnownGaps(): KnownGap[] {
  return JSON.parse(readFileSync(join(CORPUS_DIR, 'known-gaps.json'), 'utf8')) as KnownGap[];
}
