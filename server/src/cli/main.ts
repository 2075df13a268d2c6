// The command line: `rapporteur check [--format text|json] [--stats] PATH...`,
// `rapporteur fix [--dry-run] PATH...` (fix.ts), `rapporteur import INPUT [-o OUTPUT] [--force]` (import.ts)
// and `rapporteur export DRAFT [-o OUTPUT] [--force]` (export.ts).
// Exit status: 0 no errors, 1 errors found (or left), 2 usage error or unreadable input.
import { parseArgs } from 'node:util';
import { escapeControls } from '../core/excerpt';
import { checkPaths } from './check';
import { exportDraft } from './export';
import { fixPaths } from './fix';
import { importCommand } from './import';
import { progressLine } from './progress';
import { formatJson, formatJsonWithStats, formatStats, formatText, summary } from './report';
import { tuneCompiler } from './tuning';

const USAGE = `Usage: rapporteur check [--format text|json] [--stats] PATH...
       rapporteur fix [--dry-run] PATH...
       rapporteur import INPUT [-o OUTPUT.unr] [--force]
       rapporteur export DRAFT.unr [-o OUTPUT.docx] [--force]

check  Checks report drafts (.unr files; folders are searched) for numbering and
       cross-reference defects. Drafts checked together form one workspace: symbols
       and agenda items resolve across them and the document catalogue
       (rapporteur-catalogue.csv, or the file "catalogue" names in rapporteur.json).
fix    Applies the safe fixes: renumbers paragraphs, list items, headings and
       agenda items (references follow), corrects malformed symbols and quoted
       agenda titles, removes page furniture. Writes through symbolic links,
       keeping mode and owner. A draft that changed on disk since it was read,
       is read-only or has several hard links is not written.
import Reads a Word document, a PDF or text pasted from a PDF and writes it as a
       draft (NAME.unr beside INPUT, or -o OUTPUT; --force to overwrite). See
       'rapporteur import --help'.
export Writes the draft as a Word document in the UN layout (A4, Times New
       Roman, masthead, UN heading styles, numbers as written in a hanging
       indent); by default NAME.docx beside the draft.

Options:
  -f, --format text|json  output format of check (default: text)
  -s, --stats             check: also the length of each draft in words (with
                          --format json, an object { diagnostics, drafts }
                          instead of the array of diagnostics)
  -n, --dry-run           fix: print a unified diff, write nothing
  -o, --output FILE       import, export: the file to write (default: beside the input)
      --force             import, export: overwrite an existing file
  -h, --help              show this help
  -v, --version           show the version

Exit status: check: 0 no errors, 1 errors found; fix: 0 nothing left,
1 a numbering defect or a reference to nothing left, or a draft not written
(changed on disk, read-only, hard links); export: 0 written; all: 2 usage
error, unreadable input, existing output without --force or failed write.`;

const VERSION = '0.1.0';

export interface Io {
  out: (line: string) => void;
  err: (line: string) => void;
  cwd: string;
  /** Rewrites the progress line on a terminal (undefined clears it); only given when stderr is a terminal. */
  progress?: (line: string | undefined) => void;
}

class UsageError extends Error {}

export function run(argv: string[], io: Io): number | Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        format: { type: 'string', short: 'f', default: 'text' },
        'dry-run': { type: 'boolean', short: 'n' },
        stats: { type: 'boolean', short: 's' },
        output: { type: 'string', short: 'o' },
        force: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean', short: 'v' },
      },
    });
  } catch (error) {
    io.err(`rapporteur: ${(error as Error).message.split('\n')[0]}`);
    io.err("Run 'rapporteur --help' for usage.");
    return 2;
  }
  const { values, positionals } = parsed;
  if (values.help) {
    io.out(USAGE);
    return 0;
  }
  if (values.version) {
    io.out(VERSION);
    return 0;
  }
  try {
    const [command, ...paths] = positionals;
    if (command === 'import') throw new UsageError("options of import go after it: rapporteur import INPUT [-o OUTPUT.unr] [--force]");
    if (command === 'export') {
      if (paths.length !== 1) throw new UsageError('export takes one DRAFT');
      return exportDraft(paths[0], { output: values.output, force: values.force === true, cwd: io.cwd, out: io.out, err: io.err });
    }
    if (values.output !== undefined || values.force) throw new UsageError('--output and --force are options of import and export');
    if (command === 'fix') {
      if (values.stats) throw new UsageError('--stats is an option of check, not of fix');
      if (paths.length === 0) throw new UsageError('no PATH given: name the drafts or folders to fix');
      return fixPaths(paths, { dryRun: values['dry-run'] === true, cwd: io.cwd, out: io.out, err: io.err });
    }
    if (command !== 'check') throw new UsageError(command ? `unknown command '${command}'` : 'no command given');
    if (values['dry-run']) throw new UsageError('--dry-run is an option of fix, not of check');
    if (values.format !== 'text' && values.format !== 'json') throw new UsageError(`--format must be text or json, not '${values.format}'`);
    if (paths.length === 0) throw new UsageError('no PATH given: name the drafts or folders to check');
    return check(paths, values.format, values.stats === true, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.err(`rapporteur: ${error.message}`);
      io.err("Run 'rapporteur --help' for usage.");
      return 2;
    }
    throw error;
  }
}

function check(paths: string[], format: 'text' | 'json', stats: boolean, io: Io): number {
  const progress = format === 'text' && io.progress ? progressLine(io.progress) : undefined;
  const result = checkPaths(paths, io.cwd, progress?.listener, { stats });
  progress?.clear();
  for (const problem of result.problems) io.err(`rapporteur: ${escapeControls(problem)}`);
  if (format === 'json') io.out(stats ? formatJsonWithStats(result.diagnostics, result.drafts) : formatJson(result.diagnostics));
  else {
    for (const diagnostic of result.diagnostics) io.out(formatText(diagnostic));
    for (const draft of result.drafts) io.out(formatStats(draft));
    io.out(summary(result.diagnostics, result.checked));
  }
  if (result.unreadable) return 2;
  return result.diagnostics.some((d) => d.severity === 'error') ? 1 : 0;
}

/** `run`, and `import`, the one command that waits (for the PDF reader). */
export async function main(argv: string[], io: Io): Promise<number> {
  if (argv[0] === 'import') return importCommand(argv.slice(1), io);
  return run(argv, io);
}

if (require.main === module) {
  tuneCompiler();
  main(process.argv.slice(2), {
    out: (line) => process.stdout.write(`${line}\n`),
    err: (line) => process.stderr.write(`${line}\n`),
    cwd: process.cwd(),
    ...(process.stderr.isTTY ? { progress: (line: string | undefined) => process.stderr.write(line === undefined ? '\r\x1b[K' : `\r${line}\x1b[K`) } : {}),
  }).then((status) => {
    process.exitCode = status;
  }, internalError);
}

function internalError(error: unknown): void {
  process.stderr.write(`rapporteur: internal error: ${(error as Error)?.message ?? String(error)}\n`);
  process.exitCode = 2;
}
