// `rapporteur fix [--dry-run] PATH...`: applies the safe fixes of the core
// (fixAll) to each draft. With --dry-run it prints a unified diff and writes
// nothing. Reading and writing a draft's file (what is refused, links, mode,
// owner, atomic rename) is draftFile.ts.
import { dirname, relative } from 'node:path';
import { decodeDraft } from '../core/decode';
import { findDefects } from '../core/checks';
import { fixAll, unifiedDiff, type FixAllResult } from '../core/fix';
import { parseDraft } from '../core/parse/draft';
import { hasTag, severityOf, type RuleSettings } from '../core/rules';
import { Workspace } from '../core/workspace';
import { LineMap, splitLines } from '../core/text';
import { ConfigFinder } from './config';
import { readDraftFile, writeDraftFile, type DraftFile } from './draftFile';
import { describeFsError, findDrafts } from './files';

export interface FixOptions {
  dryRun: boolean;
  cwd: string;
  out: (line: string) => void;
  err: (line: string) => void;
  /** Called just before a draft is written (tests use it to change the file under the command's feet). */
  beforeWrite?: (file: string) => void;
}

interface ReadDraft {
  file: string;
  shown: string;
  onDisk: DraftFile;
  bom: boolean;
  text: string;
}

/** Exit status: 0 all clean, 1 something left (a defect, a reference to nothing, a draft changed on disk), 2 bad input or a failed write. */
export function fixPaths(paths: string[], options: FixOptions): number {
  const found = findDrafts(paths);
  let status = found.problems.length > 0 ? 2 : 0;
  for (const problem of found.problems) options.err(`rapporteur: ${problem}`);
  const shown = (file: string) => relative(options.cwd, file) || file;
  const workspace = new Workspace();
  const drafts: ReadDraft[] = [];
  // A draft named twice (through a symbolic link, say) is one file, fixed once.
  const seen = new Set<string>();
  for (const file of found.files) {
    try {
      const read = readDraftFile(file);
      if (!read.ok) {
        options.err(read.line ? `rapporteur: ${shown(file)}:${read.line}: ${read.message} Not fixed.` : `rapporteur: ${shown(file)}: ${read.message}; not fixed.`);
        status = 2;
        continue;
      }
      const { bytes, stat } = read.file;
      if (seen.has(`${stat.dev}:${stat.ino}`)) continue;
      seen.add(`${stat.dev}:${stat.ino}`);
      const decoded = decodeDraft(bytes);
      if (!decoded.ok) {
        options.err(`rapporteur: ${shown(file)}:${decoded.line}: ${decoded.message} Not fixed.`);
        status = 2;
        continue;
      }
      drafts.push({ file, shown: shown(file), onDisk: read.file, bom: bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf, text: decoded.text });
      workspace.set(file, decoded.text);
    } catch (error) {
      options.err(`rapporteur: ${shown(file)}: ${describeFsError(error)}`);
      status = 2;
    }
  }
  const configs = new ConfigFinder();
  const configProblems = new Set<string>();
  let changed = 0;
  let written = 0;
  for (const draft of drafts) {
    const { config, problems } = configs.forFolder(dirname(draft.file));
    for (const problem of problems) configProblems.add(problem);
    const result = fixAll(draft.text, {
      findings: (d) => findDefects(d, workspace.context(draft.file, d)),
      enabled: (code) => severityOf(code, config.rules) !== undefined,
    });
    status = Math.max(status, report(draft, result, config.rules, workspace, options));
    if (!result.changed) continue;
    changed++;
    if (options.dryRun) {
      options.out(unifiedDiff(draft.text, result.text, `a/${draft.shown}`, `b/${draft.shown}`));
      continue;
    }
    const outcome = write(draft, result.text, options);
    if (outcome === 0) written++;
    status = Math.max(status, outcome);
  }
  for (const problem of configProblems) options.err(`rapporteur: ${problem}`);
  if (configProblems.size > 0) status = 2;
  const noun = (n: number) => `${n} draft${n === 1 ? '' : 's'}`;
  const notWritten = changed - written;
  options.err(options.dryRun ? `${noun(changed)} of ${drafts.length} would change (dry run: nothing written).` : `Fixed ${noun(written)} of ${drafts.length}${notWritten > 0 ? `; ${notWritten} not written` : ''}.`);
  return status;
}

/** Prints references left pointing nowhere and numbering defects the fixes could not remove; 1 if any. */
function report(draft: ReadDraft, result: FixAllResult, rules: RuleSettings, workspace: Workspace, options: FixOptions): number {
  let status = 0;
  const before = new LineMap(splitLines(draft.text));
  if (result.unsettled) {
    options.out(`${draft.shown}: the fixes do not settle on this draft (each round reads it differently); it is left unchanged`);
    status = 1;
  }
  for (const refused of result.refused) {
    const at = before.position(refused.span.start);
    options.out(`${draft.shown}:${at.line + 1}:${at.character + 1}  ${refused.reason}`);
    status = 1;
  }
  for (const unresolved of result.unresolved) {
    const at = before.position(unresolved.span.start);
    const what = unresolved.kind === 'paragraph' ? `paragraph ${unresolved.number}` : `agenda item ${unresolved.number}`;
    options.out(`${draft.shown}:${at.line + 1}:${at.character + 1}  reference to ${what}, which does not exist, left as written`);
    status = 1;
  }
  const fixed = parseDraft(result.text);
  const left = findDefects(fixed, workspace.context(draft.file, fixed)).filter((f) => hasTag(f.code, 'numbering') && severityOf(f.code, rules) !== undefined);
  for (const finding of left) {
    const at = fixed.lineMap.position(finding.span.start);
    options.out(`${draft.shown}:${at.line + 1}:${at.character + 1}  ${finding.code}  not fixed: ${finding.message}`);
    status = 1;
  }
  return status;
}

/** Writes the fixed text (draftFile.ts): 0 written, 1 refused, 2 failed. */
function write(draft: ReadDraft, text: string, options: FixOptions): number {
  options.beforeWrite?.(draft.file);
  const outcome = writeDraftFile(draft.onDisk, Buffer.from((draft.bom ? '\ufeff' : '') + text, 'utf8'));
  if (outcome.status === 'written') {
    options.out(`${draft.shown}: fixed`);
    return 0;
  }
  options.err(`rapporteur: ${draft.shown}: ${outcome.message}`);
  return outcome.status === 'refused' ? 1 : 2;
}
