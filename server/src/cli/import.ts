// `rapporteur import INPUT [-o OUTPUT.unr] [--force]`: a Word document, a PDF or text pasted
// from a PDF → a draft. Without -o the draft is NAME.unr beside the input; an existing file is
// never overwritten without --force. Exit status: 0 written, 2 usage, unreadable input or failed write.
import { writeFileSync } from 'node:fs';
import { basename, dirname, extname, join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { MAX_DRAFT_BYTES } from '../core';
import { readRegularFile } from '../files/regularFile';
import { importDocument, isImportError, sourceKind } from '../import';
import { describeFsError } from './files';

export interface ImportIo {
  out: (line: string) => void;
  err: (line: string) => void;
  cwd: string;
}

export const IMPORT_USAGE = `Usage: rapporteur import INPUT [-o OUTPUT.unr] [--force]

Reads a Word document (.docx), a PDF, or text pasted from a PDF (.txt) and writes it as a
draft: numbering as Word shows it, headings, lists, the masthead, footnotes; page heads and
feet removed, paragraphs cut by page breaks joined. Without -o the draft is written beside
INPUT with the extension .unr. An existing file is not overwritten without --force.

Options:
  -o, --output FILE  where to write the draft
      --force        overwrite FILE if it exists
  -h, --help         show this help`;

/** The draft's path: `-o` as given (relative to the working folder), else NAME.unr beside the input. */
export function defaultOutput(input: string): string {
  const extension = extname(input);
  return join(dirname(input), `${basename(input, extension)}.unr`);
}

export async function importCommand(argv: string[], io: ImportIo): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: { output: { type: 'string', short: 'o' }, force: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } },
    });
  } catch (error) {
    return usage(io, (error as Error).message.split('\n')[0]);
  }
  if (parsed.values.help) {
    io.out(IMPORT_USAGE);
    return 0;
  }
  const inputs = parsed.positionals;
  if (inputs.length !== 1) return usage(io, inputs.length === 0 ? 'no INPUT given: name the .docx, .pdf or .txt to import' : 'import reads one INPUT at a time');
  const input = resolve(io.cwd, inputs[0]);
  const output = parsed.values.output !== undefined ? resolve(io.cwd, parsed.values.output) : defaultOutput(input);
  const shown = (file: string) => relative(io.cwd, file) || file;
  if (output === input) return usage(io, `the draft would overwrite its own input ${shown(input)}: give another OUTPUT with -o`);
  // A FIFO or a device named as INPUT is refused, never read (a read would wait forever).
  const read = await readRegularFile(input, MAX_DRAFT_BYTES, true);
  if (!read.ok) {
    io.err(`rapporteur: ${shown(input)}: ${read.reason}`);
    return 2;
  }
  const bytes = read.bytes;
  let text: string;
  let remarks: string[];
  try {
    const result = await importDocument(bytes, sourceKind(bytes, input));
    text = result.text;
    remarks = result.document.remarks;
  } catch (error) {
    if (!isImportError(error)) throw error;
    io.err(`rapporteur: ${shown(input)}: ${error.message}`);
    return 2;
  }
  try {
    // `wx`: the check for an existing file and the write are one step.
    writeFileSync(output, text, { encoding: 'utf8', flag: parsed.values.force ? 'w' : 'wx' });
  } catch (error) {
    const exists = (error as NodeJS.ErrnoException).code === 'EEXIST';
    io.err(`rapporteur: ${shown(output)}: ${exists ? 'already exists; not overwritten (use --force to replace it)' : describeFsError(error)}`);
    return 2;
  }
  for (const remark of remarks) io.err(`rapporteur: ${shown(input)}: ${remark}`);
  io.out(`${shown(output)}: imported from ${shown(input)}`);
  return 0;
}

function usage(io: ImportIo, message: string): number {
  io.err(`rapporteur: ${message}`);
  io.err("Run 'rapporteur import --help' for usage.");
  return 2;
}
