// Printing diagnostics: one line each (`file:line:column  severity  code  message`)
// and a summary, or the JSON array of docs/rules.md.
import { escapeControls } from '../core/excerpt';
import type { Severity } from '../core/rules';
import { groupedNumber } from '../core/rules/length';
import type { DraftStats } from './check';

export interface ReportedDiagnostic {
  file: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  code: string;
  severity: Severity;
  message: string;
}

/** One line; a draft's own text in a message (or its file's name) cannot move the cursor, clear the terminal or reorder the line. */
export function formatText(diagnostic: ReportedDiagnostic): string {
  return escapeControls(`${diagnostic.file}:${diagnostic.line}:${diagnostic.column}  ${diagnostic.severity}  ${diagnostic.code}  ${diagnostic.message}`);
}

export function formatJson(diagnostics: ReportedDiagnostic[]): string {
  return JSON.stringify(
    diagnostics.map(({ file, line, column, endLine, endColumn, code, severity, message }) => ({ file, line, column, endLine, endColumn, code, severity, message })),
    null,
    2,
  );
}

/** `check --format json --stats`: an object, so that the array of the default output stays as it is. */
export function formatJsonWithStats(diagnostics: ReportedDiagnostic[], drafts: DraftStats[]): string {
  return JSON.stringify({ diagnostics: JSON.parse(formatJson(diagnostics)), drafts }, null, 2);
}

/** `check --stats`, text: one line per draft. */
export function formatStats(stats: DraftStats): string {
  return `${stats.file}: ${groupedNumber(stats.words)} words in the body (limit ${groupedNumber(stats.wordLimit)}), ${groupedNumber(stats.annexWords)} in annexes`;
}

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 || word === 'information' ? '' : 's'}`;
}

export function summary(diagnostics: ReportedDiagnostic[], drafts: number): string {
  const count = (severity: Severity) => diagnostics.filter((d) => d.severity === severity).length;
  const checked = `Checked ${plural(drafts, 'draft')}`;
  if (diagnostics.length === 0) return `${checked}: no problems found.`;
  const parts = [plural(count('error'), 'error'), plural(count('warning'), 'warning'), plural(count('information'), 'information')];
  const hints = count('hint');
  if (hints > 0) parts.push(plural(hints, 'hint'));
  return `${checked}: ${parts.join(', ')}.`;
}
