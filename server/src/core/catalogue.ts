// The document catalogue: documents that are not drafts of the workspace (last
// year's report, a resolution, another body's document), listed in a plain
// file so that their symbols resolve. CSV (a header row naming `symbol`,
// `title` and optionally `date` and other columns; RFC 4180 quoting; a BOM and
// blank lines allowed; `;` accepted as the separator when the header uses it)
// or JSON (an array of {"symbol", "title", "date"}). Linear, never throws.
import { escapeControls, excerpt, EXCERPT_LENGTH } from './excerpt';
import { readSymbolName } from './index/symbolName';

export const CATALOGUE_FILE = 'rapporteur-catalogue.csv';
export const CATALOGUE_FILES = [CATALOGUE_FILE, 'rapporteur-catalogue.json'];
export const MAX_CATALOGUE_BYTES = 10 * 1024 * 1024;

export interface CatalogueEntry {
  symbol: string;
  /** Compared spelling (reissue `*` removed). */
  key: string;
  title: string;
  date: string;
  /** 0-based line where the entry starts. */
  line: number;
}

export interface CatalogueProblem {
  /** 1-based line. */
  line: number;
  message: string;
}

export interface Catalogue {
  entries: CatalogueEntry[];
  problems: CatalogueProblem[];
}

export type CatalogueFormat = 'csv' | 'json';

export function catalogueFormat(name: string): CatalogueFormat {
  return name.toLowerCase().endsWith('.json') ? 'json' : 'csv';
}

export function parseCatalogue(text: string, format: CatalogueFormat): Catalogue {
  if (text.length > MAX_CATALOGUE_BYTES) return { entries: [], problems: [{ line: 1, message: `the catalogue is larger than ${MAX_CATALOGUE_BYTES / 1024 / 1024} MB and is not read` }] };
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  return format === 'json' ? parseJson(body) : parseCsv(body);
}

interface Row {
  fields: string[];
  /** 0-based line where the row starts. */
  line: number;
}

/** Splits CSV text into rows (RFC 4180: quoted fields may hold separators, `""` and line breaks). */
function csvRows(text: string, separator: string, problems: CatalogueProblem[]): Row[] {
  const rows: Row[] = [];
  let fields: string[] = [];
  let field = '';
  let line = 0;
  let rowLine = 0;
  let i = 0;
  const endRow = () => {
    fields.push(field);
    if (fields.length > 1 || fields[0].trim() !== '') rows.push({ fields, line: rowLine });
    fields = [];
    field = '';
  };
  while (i < text.length) {
    const c = text[i];
    if (c === '"' && field.trim() === '') {
      const start = line;
      let closed = false;
      let value = '';
      i++;
      while (i < text.length) {
        if (text[i] === '"') {
          if (text[i + 1] === '"') { value += '"'; i += 2; continue; }
          closed = true;
          i++;
          break;
        }
        if (text[i] === '\n') line++;
        value += text[i++];
      }
      if (!closed) problems.push({ line: start + 1, message: 'a quoted field is never closed (a missing ")' });
      field = value;
      while (i < text.length && text[i] !== separator && text[i] !== '\n' && text[i] !== '\r') {
        if (text[i] !== ' ' && text[i] !== '\t') {
          problems.push({ line: line + 1, message: 'text after a closing quotation mark (write "" for a quotation mark inside a quoted field)' });
          while (i < text.length && text[i] !== separator && text[i] !== '\n' && text[i] !== '\r') i++;
          break;
        }
        i++;
      }
      continue;
    }
    if (c === separator) { fields.push(field); field = ''; i++; continue; }
    if (c === '\r' || c === '\n') {
      endRow();
      i += c === '\r' && text[i + 1] === '\n' ? 2 : 1;
      line++;
      rowLine = line;
      continue;
    }
    field += c;
    i++;
  }
  if (field !== '' || fields.length > 0) endRow();
  return rows;
}

function parseCsv(text: string): Catalogue {
  const problems: CatalogueProblem[] = [];
  const firstLine = text.slice(0, Math.max(0, text.search(/\r|\n|$/)));
  const separator = !firstLine.includes(',') && firstLine.includes(';') ? ';' : ',';
  const rows = csvRows(text, separator, problems);
  const header = rows.shift();
  if (!header) return { entries: [], problems: [{ line: 1, message: 'the catalogue is empty: its first line must be the header symbol,title,date' }] };
  const names = header.fields.map((name) => name.trim().toLowerCase());
  const column = (name: string) => names.indexOf(name);
  const [symbolAt, titleAt, dateAt] = [column('symbol'), column('title'), column('date')];
  if (symbolAt < 0 || titleAt < 0) {
    return { entries: [], problems: [{ line: header.line + 1, message: `the header must name the columns symbol and title (and optionally date), e.g. "symbol,title,date"; it reads ${excerpt(header.fields.join(separator))}` }] };
  }
  const entries: Catalogue['entries'] = [];
  const seen = new Map<string, number>();
  for (const row of rows) {
    const cell = (at: number) => (at >= 0 ? (row.fields[at] ?? '').trim() : '');
    add(entries, seen, problems, { symbol: cell(symbolAt), title: cell(titleAt), date: cell(dateAt), line: row.line });
  }
  return { entries, problems };
}

function add(entries: CatalogueEntry[], seen: Map<string, number>, problems: CatalogueProblem[], row: { symbol: string; title: string; date: string; line: number }): void {
  const where = row.line + 1;
  if (row.symbol === '') {
    problems.push({ line: where, message: 'a row without a symbol' });
    return;
  }
  const name = readSymbolName(row.symbol);
  if (!name.ok) {
    problems.push({ line: where, message: `${excerpt(row.symbol)} is not a well-formed document symbol: ${reasonOf(name.reason)}` });
    return;
  }
  const key = name.parsed.key;
  const first = seen.get(key);
  if (first !== undefined) {
    problems.push({ line: where, message: `${escapeControls(key, EXCERPT_LENGTH)} is listed twice (first on line ${first}); the first entry is used` });
    return;
  }
  seen.set(key, where);
  entries.push({ symbol: name.parsed.normalized, key, title: row.title, date: row.date, line: row.line });
}

/** Why a symbol is malformed, as the symbol grammar says, cut short: it quotes the symbol's parts. */
function reasonOf(reason: string): string {
  return escapeControls(reason, 2 * EXCERPT_LENGTH);
}

/** Counts the line breaks in text[from, to). */
function linesBetween(text: string, from: number, to: number): number {
  let lines = 0;
  for (let i = from; i < to && i < text.length; i++) if (text.charCodeAt(i) === 10) lines++;
  return lines;
}

function parseJson(text: string): Catalogue {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    // V8's message quotes the text it stopped at: only its position is used.
    const position = /position (\d+)/.exec((error as Error).message);
    const line = position ? linesBetween(text, 0, Number(position[1])) + 1 : 1;
    const near = position ? ` near ${excerpt(text.slice(Number(position[1]), Number(position[1]) + 20), 20)}` : '';
    return { entries: [], problems: [{ line, message: `not valid JSON${near}` }] };
  }
  if (!Array.isArray(value)) return { entries: [], problems: [{ line: 1, message: 'a JSON catalogue must be an array of {"symbol": …, "title": …, "date": …}' }] };
  const entries: CatalogueEntry[] = [];
  const problems: CatalogueProblem[] = [];
  const seen = new Map<string, number>();
  let from = 0;
  let fromLine = 0;
  for (const [index, item] of value.entries()) {
    const record = typeof item === 'object' && item !== null && !Array.isArray(item) ? (item as Record<string, unknown>) : undefined;
    const symbol = typeof record?.symbol === 'string' ? record.symbol.trim() : '';
    // The entry's line: where its symbol is written, searching on from the previous entry.
    const at = symbol ? text.indexOf(JSON.stringify(record?.symbol), from) : -1;
    if (at >= 0) {
      fromLine += linesBetween(text, from, at);
      from = at;
    }
    const line = fromLine;
    if (!record) {
      problems.push({ line: line + 1, message: `entry ${index + 1} is not an object with "symbol", "title" and "date"` });
      continue;
    }
    const text_ = (key: string) => (typeof record[key] === 'string' ? (record[key] as string).trim() : '');
    add(entries, seen, problems, { symbol, title: text_('title'), date: text_('date'), line });
  }
  return { entries, problems };
}
