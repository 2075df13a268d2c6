// `rapporteur check`: reads the drafts, checks them as one workspace, reports.
import { readFileSync, statSync } from 'node:fs';
import { dirname, relative } from 'node:path';
import { decodeDraft, MAX_DRAFT_BYTES, tooLarge } from '../core/decode';
import { Workspace } from '../core/workspace';
import { ConfigFinder } from './config';
import { describeFsError, findDrafts } from './files';
import type { ReportedDiagnostic } from './report';

export interface CheckResult {
  diagnostics: ReportedDiagnostic[];
  /** Drafts that were read and checked. */
  checked: number;
  /** One-line problems with the input: unreadable paths, malformed settings. */
  problems: string[];
  /** True when some input could not be read (exit status 2). */
  unreadable: boolean;
}

export function checkPaths(paths: string[], cwd = process.cwd()): CheckResult {
  const found = findDrafts(paths);
  const problems = [...found.problems];
  let unreadable = found.problems.length > 0;
  const diagnostics: ReportedDiagnostic[] = [];
  const workspace = new Workspace();
  const configs = new ConfigFinder();
  const shown = (file: string) => relative(cwd, file) || file;

  for (const file of found.files) {
    let bytes: Uint8Array;
    try {
      // Measured before reading, so that a huge file is never read into memory.
      const size = statSync(file).size;
      if (size > MAX_DRAFT_BYTES) {
        unreadable = true;
        diagnostics.push({ file: shown(file), line: 1, column: 1, endLine: 1, endColumn: 1, code: 'file-too-large', severity: 'error', message: tooLarge(size) });
        continue;
      }
      bytes = readFileSync(file);
    } catch (error) {
      problems.push(`${shown(file)}: ${describeFsError(error)}`);
      unreadable = true;
      continue;
    }
    const decoded = decodeDraft(bytes);
    if (!decoded.ok) {
      unreadable = true;
      diagnostics.push({ file: shown(file), line: decoded.line, column: 1, endLine: decoded.line, endColumn: 1, code: decoded.code, severity: 'error', message: decoded.message });
      continue;
    }
    workspace.set(file, decoded.text);
  }

  const configProblems = new Set<string>();
  for (const { uri, draft } of workspace.all()) {
    const { config, problems: settingsProblems } = configs.forFolder(dirname(uri));
    for (const problem of settingsProblems) configProblems.add(problem);
    for (const diagnostic of workspace.check(uri, config.rules)) {
      const start = draft.lineMap.position(diagnostic.span.start);
      const end = draft.lineMap.position(diagnostic.span.end);
      diagnostics.push({
        file: shown(uri),
        line: start.line + 1,
        column: start.character + 1,
        endLine: end.line + 1,
        endColumn: end.character + 1,
        code: diagnostic.code,
        severity: diagnostic.severity,
        message: diagnostic.message,
      });
    }
  }
  problems.push(...configProblems);
  if (configProblems.size > 0) unreadable = true;
  diagnostics.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column);
  return { diagnostics, checked: workspace.all().length, problems, unreadable };
}
