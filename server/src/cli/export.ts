// `rapporteur export DRAFT.unr [-o OUTPUT.docx] [--force]`: the draft as a Word document in the
// UN layout (docs/export.md). Without -o the document is NAME.docx beside the draft; an existing
// file is overwritten only with --force. Exit 0 written, 2 with one line naming the problem.
import { existsSync, writeFileSync } from 'node:fs';
import { basename, dirname, extname, join, resolve } from 'node:path';
import { decodeDraft, parseDraft } from '../core';
import { buildLayout } from '../core/layout';
import { escapeControls } from '../core/excerpt';
import { renderDocx } from '../export';
import { readDraftFile } from './draftFile';
import { describeFsError } from './files';

export interface ExportOptions {
  output?: string;
  force: boolean;
  cwd: string;
  out: (line: string) => void;
  err: (line: string) => void;
}

export async function exportDraft(path: string, options: ExportOptions): Promise<number> {
  const input = resolve(options.cwd, path);
  const output = options.output ? resolve(options.cwd, options.output) : join(dirname(input), `${basename(input, extname(input))}.docx`);
  const fail = (message: string) => {
    options.err(`rapporteur: ${escapeControls(message)}`);
    return 2;
  };
  if (output === input) return fail(`${path}: the output would overwrite the draft itself; name another with -o`);
  const text = readText(input);
  if (typeof text !== 'string') return fail(`${path}:${text.line}: ${text.message}`);
  if (existsSync(output) && !options.force) return fail(`${output}: already exists; use --force to overwrite it`);
  const bytes = await renderDocx(buildLayout(parseDraft(text)));
  try {
    writeFileSync(output, bytes, { flag: options.force ? 'w' : 'wx' });
  } catch (error) {
    return fail(`${output}: could not write the document: ${describeFsError(error)}`);
  }
  options.out(`Exported ${path} to ${output}`);
  return 0;
}

function readText(path: string): string | { line: number; message: string } {
  try {
    const read = readDraftFile(path);
    if (!read.ok) return { line: read.line ?? 1, message: read.message };
    const decoded = decodeDraft(read.file.bytes);
    return decoded.ok ? decoded.text : { line: decoded.line, message: decoded.message };
  } catch (error) {
    return { line: 1, message: describeFsError(error) };
  }
}
