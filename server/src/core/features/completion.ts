// Completion: agenda items after `agenda item `, paragraph numbers after
// `paragraph `, known document symbols while one is typed, and the next
// paragraph number at the start of a new block.
import type { CompletionItem, CompletionList, Position, Range } from 'vscode-languageserver-types';
import { annexAt } from '../paragraphIndex';
import { describeSymbol } from '../symbols';
import type { Workspace } from '../workspace';
import { agendaOf, numberOf, paragraphText, truncate, type FeatureDocument } from './common';
import { COMPLETION_KIND, INSERT_FORMAT } from './lsp';
import { knownSymbols } from './symbolFacts';

interface Context {
  doc: FeatureDocument;
  offset: number;
  position: Position;
  /** The line's text up to the cursor. */
  prefix: string;
  workspace?: Workspace;
}

const AGENDA = /\b(?:agenda\s+(items?)|under\s+(items?))\s+((?:\d+(?:\s*\([a-z]{1,5}\))?\s*(?:,|and|to)\s*)*)(\d*)$/i;
const PARAGRAPH = /(?:^|[\s(])(?:paragraphs?|paras?\.|paragraphes?|párrafos?)\s+((?:\d+\s*(?:,|and|to|et|y|[–-])\s*)*)(\d*)$/i;
const SYMBOL_START = /^[A-Z]{1,10}(?:\.\d+)?\//;
const TOKEN_BREAK = /[\s("“‘'[]/;

export function completions(doc: FeatureDocument, position: Position, workspace?: Workspace): CompletionList {
  const { draft } = doc;
  const offset = draft.lineMap.offset(position);
  const line = draft.lineMap.line(position.line);
  const context: Context = { doc, offset, position, prefix: draft.text.slice(line.start, offset), ...(workspace ? { workspace } : {}) };
  const items = agendaItems(context) ?? paragraphNumbers(context) ?? symbols(context) ?? nextParagraph(context) ?? [];
  return { isIncomplete: false, items };
}

/** The range from `length` characters before the cursor to the cursor. */
function typed(context: Context, length: number): Range {
  const { line } = context.position;
  const end = context.prefix.length;
  return { start: { line, character: end - length }, end: { line, character: end } };
}

/**
 * The end of the line before the cursor that the patterns above read: enough for
 * `agenda items 1, 2 and 3 (b) and ` or `paragraphs 12–14 and `, and bounded so that a
 * 1 MB line costs no more than a short one.
 */
function recent(context: Context): string {
  return context.prefix.length <= 200 ? context.prefix : context.prefix.slice(-200);
}

const pad = (n: number) => String(n).padStart(6, '0');

function agendaItems(context: Context): CompletionItem[] | undefined {
  const match = AGENDA.exec(recent(context));
  if (!match) return undefined;
  const source = agendaOf(context.doc, context.workspace);
  if (!source) return [];
  const range = typed(context, match[4].length);
  const single = (match[1] ?? match[2]).toLowerCase() === 'item' && match[3] === '';
  const items: CompletionItem[] = [];
  for (const item of source.agenda.items) {
    const entries = [{ label: `${item.number}`, title: item.title, sort: pad(item.number) }];
    for (const sub of item.subItems) entries.push({ label: `${item.number} (${sub.label})`, title: sub.title, sort: `${pad(item.number)}${sub.label}` });
    for (const entry of entries) {
      items.push({ label: entry.label, kind: COMPLETION_KIND.EnumMember, detail: entry.title, sortText: `${entry.sort}a`, filterText: entry.label, textEdit: { range, newText: entry.label } });
      if (!single) continue;
      const entitled = `${entry.label}, entitled "${entry.title}"`;
      items.push({
        label: entitled,
        kind: COMPLETION_KIND.Snippet,
        detail: 'with the agenda title',
        sortText: `${entry.sort}b`,
        filterText: entry.label,
        insertTextFormat: INSERT_FORMAT.Snippet,
        textEdit: { range, newText: `${escapeSnippet(entitled)}$0` },
      });
    }
  }
  return items;
}

function escapeSnippet(text: string): string {
  return text.replace(/[\\$}]/g, (c) => `\\${c}`);
}

function paragraphNumbers(context: Context): CompletionItem[] | undefined {
  const match = PARAGRAPH.exec(recent(context));
  if (!match) return undefined;
  const { draft } = context.doc;
  const segment = annexAt(draft, context.offset);
  const range = typed(context, match[2].length);
  const items: CompletionItem[] = [];
  const seen = new Set<number>();
  for (const paragraph of draft.paragraphs) {
    const number = numberOf(paragraph);
    if (paragraph.annex !== segment || number === undefined || seen.has(number)) continue;
    seen.add(number);
    items.push({
      label: `${number}`,
      kind: COMPLETION_KIND.Reference,
      detail: truncate(paragraphText(draft, paragraph), 60),
      sortText: pad(number),
      filterText: `${number}`,
      textEdit: { range, newText: `${number}` },
    });
  }
  return items;
}

function symbols(context: Context): CompletionItem[] | undefined {
  let start = context.prefix.length;
  while (start > 0 && !TOKEN_BREAK.test(context.prefix[start - 1])) start--;
  const token = context.prefix.slice(start);
  if (!SYMBOL_START.test(token)) return undefined;
  const organ = token.slice(0, token.indexOf('/') + 1);
  const range = typed(context, token.length);
  const items: CompletionItem[] = [];
  const known = [...knownSymbols(context.doc, context.workspace)].sort(([a], [b]) => a.localeCompare(b));
  for (const [symbol, title] of known) {
    if (!symbol.startsWith(organ)) continue;
    items.push({
      label: symbol,
      kind: COMPLETION_KIND.Reference,
      detail: describeSymbol(symbol),
      ...(title ? { documentation: title } : {}),
      filterText: symbol,
      textEdit: { range, newText: symbol },
    });
  }
  return items;
}

/** At the start of an empty line after a blank line in the body: the next paragraph's number. */
function nextParagraph(context: Context): CompletionItem[] | undefined {
  const { draft } = context.doc;
  const { line } = context.position;
  if (line === 0 || !isBlankLine(context.doc, line) || !isBlankLine(context.doc, line - 1)) return undefined;
  const firstHeading = draft.headings[0];
  if (!firstHeading || firstHeading.span.start > context.offset) return undefined;
  const segment = annexAt(draft, context.offset);
  let last = 0;
  for (const paragraph of draft.paragraphs) {
    if (paragraph.span.start >= context.offset) break;
    if (paragraph.annex === segment) last = Math.max(last, numberOf(paragraph) ?? 0);
  }
  const label = `${last + 1}. `;
  return [{ label, kind: COMPLETION_KIND.Value, detail: 'the next paragraph number', sortText: '0', textEdit: { range: typed(context, context.prefix.length), newText: label } }];
}

function isBlankLine(doc: FeatureDocument, index: number): boolean {
  const line = doc.draft.lineMap.line(index);
  return doc.draft.text.slice(line.start, line.end).trim() === '';
}
