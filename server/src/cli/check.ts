// `rapporteur check`: reads the drafts, checks them as one workspace, reports.
// Two passes keep memory small on a large archive: the first summarizes every
// draft (symbol, title, agenda, documentation list; see core/index/summary.ts),
// the second checks each draft against those summaries and the document
// catalogue, one draft at a time. Models parsed in the first pass are kept for
// the second up to RETAINED_CHARS of text (a single large draft is parsed once);
// beyond that, drafts are read and parsed again.
import { readFileSync, statSync } from 'node:fs';
import { dirname, relative } from 'node:path';
import { decodeDraft, MAX_DRAFT_BYTES, tooLarge, type DecodedDraft } from '../core/decode';
import { summarizeDraft } from '../core/index/summary';
import { parseDraft } from '../core/parse/draft';
import { Workspace } from '../core/workspace';
import type { Draft } from '../core/model';
import { DEFAULT_REPORT_LENGTH } from '../core/rules/length';
import { countWords } from '../core/wordCount';
import { loadCatalogues } from './catalogues';
import { ConfigFinder } from './config';
import { describeFsError, findDrafts } from './files';
import type { ReportedDiagnostic } from './report';

/** Text kept parsed between the two passes: about the largest real report (10 MB). */
const RETAINED_CHARS = 16 * 1024 * 1024;

export interface CheckResult {
  diagnostics: ReportedDiagnostic[];
  /** Drafts that were read and checked. */
  checked: number;
  /** One-line problems with the input: unreadable paths, malformed settings or catalogues. */
  problems: string[];
  /** True when some input could not be read (exit status 2). */
  unreadable: boolean;
  /** With `stats`: the length of each draft checked, in the order checked. */
  drafts: DraftStats[];
}

/** A draft's length (`check --stats`): words as `report-length` counts them, and its limit. */
export interface DraftStats {
  file: string;
  /** Words of the body: masthead, page furniture and annexes not counted. */
  words: number;
  annexWords: number;
  wordLimit: number;
}

/** Called as drafts are read (`indexing`) and checked (`checking`). */
export type ProgressListener = (phase: 'indexing' | 'checking', done: number, total: number) => void;

export function checkPaths(paths: string[], cwd = process.cwd(), progress?: ProgressListener, options: { stats?: boolean } = {}): CheckResult {
  const found = findDrafts(paths);
  const result: CheckResult = { diagnostics: [], checked: 0, problems: [...found.problems], unreadable: found.problems.length > 0, drafts: [] };
  const workspace = new Workspace();
  const configs = new ConfigFinder();
  const shown = (file: string) => relative(cwd, file) || file;
  const read = (file: string): DecodedDraft | undefined => {
    try {
      // Measured before reading, so that a huge file is never read into memory.
      const size = statSync(file).size;
      if (size > MAX_DRAFT_BYTES) return { ok: false, code: 'file-too-large', line: 1, message: tooLarge(size) };
      return decodeDraft(readFileSync(file));
    } catch (error) {
      result.problems.push(`${shown(file)}: ${describeFsError(error)}`);
      result.unreadable = true;
      return undefined;
    }
  };

  const drafts: string[] = [];
  const retained = new Map<string, Draft>();
  let retainedChars = 0;
  for (const [i, file] of found.files.entries()) {
    progress?.('indexing', i + 1, found.files.length);
    const decoded = read(file);
    if (!decoded) continue;
    if (!decoded.ok) {
      result.unreadable = true;
      result.diagnostics.push({ file: shown(file), line: decoded.line, column: 1, endLine: decoded.line, endColumn: 1, code: decoded.code, severity: 'error', message: decoded.message });
      continue;
    }
    // A draft kept for the second pass is parsed in full; the others only as far as their summary needs.
    const keep = retainedChars + decoded.text.length <= RETAINED_CHARS;
    const draft = parseDraft(decoded.text, { summaryOnly: !keep });
    workspace.setSummary(summarizeDraft(file, draft));
    drafts.push(file);
    if (keep) {
      retained.set(file, draft);
      retainedChars += decoded.text.length;
    }
  }
  const catalogues = loadCatalogues(paths, drafts, configs, shown);
  for (const [file, entries] of catalogues.entries) workspace.setCatalogue(file, entries);
  for (const problem of catalogues.problems) result.problems.push(problem);
  result.unreadable ||= catalogues.unreadable;

  const reparse = (file: string): Draft | undefined => {
    const decoded = read(file);
    return decoded?.ok ? parseDraft(decoded.text) : undefined;
  };
  const configProblems = new Set<string>();
  for (const [i, file] of drafts.entries()) {
    progress?.('checking', i + 1, drafts.length);
    const draft = retained.get(file) ?? reparse(file);
    if (!draft) continue;
    retained.delete(file);
    const { config, problems: settingsProblems } = configs.forFolder(dirname(file));
    for (const problem of settingsProblems) configProblems.add(problem);
    if (options.stats) {
      const words = countWords(draft);
      result.drafts.push({ file: shown(file), words: words.body, annexWords: words.annexes, wordLimit: config.reportLength ?? DEFAULT_REPORT_LENGTH });
    }
    for (const diagnostic of workspace.checkDraft(file, draft, config.rules, config.reportLength)) {
      const start = draft.lineMap.position(diagnostic.span.start);
      const end = draft.lineMap.position(diagnostic.span.end);
      result.diagnostics.push({
        file: shown(file),
        line: start.line + 1,
        column: start.character + 1,
        endLine: end.line + 1,
        endColumn: end.character + 1,
        code: diagnostic.code,
        severity: diagnostic.severity,
        message: diagnostic.message,
      });
    }
    result.checked++;
  }
  for (const problem of configProblems) result.problems.push(problem);
  if (configProblems.size > 0) result.unreadable = true;
  result.diagnostics.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column);
  return result;
}
