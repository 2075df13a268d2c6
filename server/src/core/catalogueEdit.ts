// The edit that adds a symbol to the document catalogue (the quick fix of
// symbol-unresolved): a CSV line appended, or a JSON object added to the array;
// the file is created, with its header, when it does not exist yet.
import type { Position, TextDocumentEdit, CreateFile, WorkspaceEdit } from 'vscode-languageserver-types';
import { catalogueFormat } from './catalogue';

export interface CatalogueFile {
  uri: string;
  /** The file's text; undefined when the file does not exist. */
  text?: string;
}

export interface NewCatalogueEntry {
  symbol: string;
  title?: string;
  date?: string;
}

function positionAt(text: string, offset: number): Position {
  let line = 0;
  let start = 0;
  for (let i = 0; i < offset; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      start = i + 1;
    }
  }
  return { line, character: offset - start };
}

/** A CSV field, quoted when it holds a separator, a quotation mark or a line break. */
export function csvField(value: string): string {
  return /[",;\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

function insertion(file: CatalogueFile, offset: number, newText: string): TextDocumentEdit {
  const at = positionAt(file.text ?? '', offset);
  return { textDocument: { uri: file.uri, version: null }, edits: [{ range: { start: at, end: at }, newText }] };
}

function jsonObject(entry: NewCatalogueEntry): string {
  return `{ "symbol": ${JSON.stringify(entry.symbol)}, "title": ${JSON.stringify(entry.title ?? '')}, "date": ${JSON.stringify(entry.date ?? '')} }`;
}

/** The edit adding `entry` to the catalogue `file`; undefined when a JSON file has no array to add to. */
export function addToCatalogue(file: CatalogueFile, entry: NewCatalogueEntry): WorkspaceEdit | undefined {
  const json = catalogueFormat(file.uri) === 'json';
  if (file.text === undefined) {
    const create: CreateFile = { kind: 'create', uri: file.uri, options: { ignoreIfExists: true } };
    const content = json ? `[\n  ${jsonObject(entry)}\n]\n` : `symbol,title,date\n${csvLine(entry)}\n`;
    return { documentChanges: [create, insertion({ uri: file.uri, text: '' }, 0, content)] };
  }
  const text = file.text;
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  if (!json) {
    const separator = text.length === 0 || text.endsWith('\n') || text.endsWith('\r') ? '' : eol;
    const header = text.trim() === '' ? `symbol,title,date${eol}` : '';
    return { documentChanges: [insertion(file, text.length, `${separator}${header}${csvLine(entry)}${eol}`)] };
  }
  const close = text.lastIndexOf(']');
  const open = text.indexOf('[');
  if (close < 0 || open < 0 || open > close) return undefined;
  const empty = text.slice(open + 1, close).trim() === '';
  let end = close;
  while (end > open + 1 && /\s/.test(text[end - 1])) end--;
  return { documentChanges: [insertion(file, end, empty ? `${eol}  ${jsonObject(entry)}${eol}` : `,${eol}  ${jsonObject(entry)}`)] };
}

function csvLine(entry: NewCatalogueEntry): string {
  return [entry.symbol, entry.title ?? '', entry.date ?? ''].map(csvField).join(',');
}
