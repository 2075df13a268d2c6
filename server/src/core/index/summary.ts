// What the workspace keeps of a draft that is not open: only what
// cross-referencing needs (its symbol, title, date, agenda, documentation list,
// outgoing references and headings), with the line starts to turn spans into
// ranges. A summary is a few kilobytes where a whole model is hundreds.
import type { Range } from 'vscode-languageserver-types';
import type { Agenda, Draft, HeadingKind } from '../model';
import { collapseSpace, trimEndOf, type Span } from '../text';

export interface SummarySymbol {
  /** As written in the masthead. */
  text: string;
  /** Compared spelling (see ParsedSymbol.key). */
  key: string;
  normalized: string;
  wellFormed: boolean;
  span: Span;
}

export interface SymbolMention {
  key: string;
  span: Span;
}

export interface AgendaMention {
  /** The reference without its quoted title: `agenda item 3`. */
  span: Span;
  targets: { item: number; sub?: string }[];
}

export interface SummaryEntry {
  /** The symbol as listed (normalized), its key, and the whole entry's span. */
  symbol: string;
  key: string;
  span: Span;
  title: string;
}

export interface SummaryHeading {
  kind: HeadingKind;
  /** The heading line as one line of text: `IV. Organization of the meeting`. */
  name: string;
  span: Span;
}

export interface DraftSummary {
  uri: string;
  symbol?: SummarySymbol;
  title?: string;
  date?: string;
  distribution?: string;
  agenda?: Agenda;
  documentation: SummaryEntry[];
  /** Every symbol written in the text (masthead excluded), malformed ones by their fixed key. */
  mentions: SymbolMention[];
  agendaMentions: AgendaMention[];
  headings: SummaryHeading[];
  /** Offset at which each line starts, for ranges. */
  lineStarts: Uint32Array;
}

const keyOf = (symbol: string) => trimEndOf(symbol, '*');

/**
 * A copy of a string that does not share memory with the draft's text: a slice
 * of a string may keep the whole text alive, which a summary must not.
 */
function detach(text: string): string {
  return text.length === 0 ? text : (JSON.parse(JSON.stringify(text)) as string);
}

/** A copy of the agenda with its items' spans kept to their text (no trailing line break). */
function copyAgenda(text: string, agenda: Agenda): Agenda {
  const trim = (span: Span): Span => {
    let end = span.end;
    while (end > span.start && /\s/.test(text[end - 1])) end--;
    return { start: span.start, end };
  };
  return {
    span: { ...agenda.span },
    items: agenda.items.map((item) => ({
      number: item.number,
      title: detach(item.title),
      span: trim(item.span),
      titleSpan: { ...item.titleSpan },
      numberSpan: { ...item.numberSpan },
      subItems: item.subItems.map((sub) => ({ label: detach(sub.label), value: sub.value, title: detach(sub.title), span: trim(sub.span), titleSpan: { ...sub.titleSpan } })),
    })),
  };
}

export function summarizeDraft(uri: string, draft: Draft): DraftSummary {
  const masthead = draft.masthead;
  const own = masthead?.symbol;
  const keys = new Map<string, string>();
  /** One detached copy of each key, shared by its mentions. */
  const key = (text: string) => keys.get(text) ?? keys.set(text, detach(text)).get(text) ?? text;
  const summary: DraftSummary = {
    uri,
    documentation: draft.documentation.map((entry) => ({ symbol: detach(entry.symbol), key: key(keyOf(entry.symbol)), span: { ...entry.span }, title: detach(entry.title) })),
    mentions: [],
    agendaMentions: [],
    headings: draft.headings.map((heading) => ({ kind: heading.kind, name: detach(collapseSpace(draft.text.slice(heading.span.start, heading.span.end))), span: { ...heading.span } })),
    lineStarts: draft.lineMap.lineStarts(),
  };
  if (own) summary.symbol = { text: detach(own.text), key: key(own.parsed.key), normalized: detach(own.parsed.normalized), wellFormed: own.parsed.problems.length === 0, span: { ...own.span } };
  if (draft.title) summary.title = detach(collapseSpace(draft.title.text));
  if (masthead?.date) summary.date = detach(masthead.date);
  if (masthead?.distribution) summary.distribution = detach(masthead.distribution);
  if (draft.agenda) summary.agenda = copyAgenda(draft.text, draft.agenda);
  for (let at = 0; at < draft.references.length; at++) {
    const reference = draft.references[at];
    if (reference.kind === 'symbol') summary.mentions.push({ key: key(reference.parsed.key), span: { ...reference.span } });
    else if (reference.kind === 'agenda') {
      const targets = reference.targets.map((t) => (t.sub ? { item: t.item.value, sub: t.sub.label } : { item: t.item.value }));
      let end = reference.span.start;
      for (const t of reference.targets) end = Math.max(end, (t.sub ?? t.item).span.end);
      summary.agendaMentions.push({ span: { start: reference.span.start, end }, targets });
    }
  }
  return summary;
}

/** The LSP range of a span of the summarized text. */
export function summaryRange(summary: DraftSummary, span: Span): Range {
  return { start: summaryPosition(summary, span.start), end: summaryPosition(summary, span.end) };
}

function summaryPosition(summary: DraftSummary, offset: number): Range['start'] {
  const starts = summary.lineStarts;
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (starts[mid] <= offset) low = mid;
    else high = mid - 1;
  }
  return { line: low, character: offset - (starts[low] ?? 0) };
}

/** What other drafts can learn from a summary, as one string: when it changes, their diagnostics may. */
export function sharedFacts(summary: DraftSummary): string {
  const symbol = summary.symbol?.key ?? '';
  const listed = summary.documentation.map((entry) => `${entry.key}=${entry.title}`).join('|');
  const agenda = summary.agenda?.items.map((item) => `${item.number}.${item.title}[${item.subItems.map((s) => `${s.label}.${s.title}`).join(';')}]`).join('|') ?? '';
  return symbol || listed || agenda ? `${symbol}\n${summary.title ?? ''}\n${summary.date ?? ''}\n${listed}\n${agenda}` : '';
}
