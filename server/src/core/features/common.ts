// Small helpers the editor features share: the document a feature works on,
// the agenda that applies to it, and short readable excerpts of paragraphs.
import type { Range } from 'vscode-languageserver-types';
import { summarizeDraft, summaryRange, type DraftSummary } from '../index/summary';
import type { Agenda, Draft, Paragraph } from '../model';
import { collapseSpace, type Span } from '../text';
import type { Workspace } from '../workspace';

/** A parsed draft and the uri it lives at. */
export interface FeatureDocument {
  uri: string;
  draft: Draft;
}

/** Where the agenda that applies to a draft lives. */
export interface AgendaLocation {
  agenda: Agenda;
  uri: string;
  /** Set when the agenda is another draft's (its provisional agenda). */
  description?: string;
  /** The range of a span of the agenda's draft. */
  range(span: Span): Range;
}

/** The summary of the document a feature works on: the workspace's when it is current, else made now. */
export function summaryOf(doc: FeatureDocument, workspace?: Workspace): DraftSummary {
  const kept = workspace?.get(doc.uri) === doc.draft ? workspace.summary(doc.uri) : undefined;
  return kept ?? summarizeDraft(doc.uri, doc.draft);
}

/**
 * The document's summary first, then every other draft of the workspace by URI:
 * results do not depend on the order in which indexing happened to finish.
 */
export function* summariesAround(doc: FeatureDocument, workspace?: Workspace): Generator<DraftSummary> {
  yield summaryOf(doc, workspace);
  if (!workspace) return;
  const others = [...workspace.allSummaries()].filter((summary) => summary.uri !== doc.uri);
  others.sort((a, b) => (a.uri < b.uri ? -1 : a.uri > b.uri ? 1 : 0));
  yield* others;
}

/** A function giving the range of a span in the draft at `uri`: the document's own, else the summary's. */
export function rangesOf(doc: FeatureDocument, summary: DraftSummary): (span: Span) => Range {
  return summary.uri === doc.uri ? (span) => doc.draft.lineMap.range(span) : (span) => summaryRange(summary, span);
}

/** The draft's own agenda, else that of its provisional agenda in the workspace. */
export function agendaOf(doc: FeatureDocument, workspace?: Workspace): AgendaLocation | undefined {
  if (doc.draft.agenda) return { agenda: doc.draft.agenda, uri: doc.uri, range: (span) => doc.draft.lineMap.range(trimEnd(doc.draft, span)) };
  const source = workspace?.provisionalAgenda(summaryOf(doc, workspace));
  if (!source) return undefined;
  const owner = source.owner;
  return { agenda: source.agenda, uri: owner.uri, ...(source.description ? { description: source.description } : {}), range: (span) => summaryRange(owner, span) };
}

/** A list item's span may end on a line break of its own; keep it to the text. */
export function trimEnd(draft: Draft, span: Span): Span {
  let end = span.end;
  while (end > span.start && /\s/.test(draft.text[end - 1])) end--;
  return { start: span.start, end };
}

/** The file name at the end of a uri, decoded: `CTOC-COP-WG.4-2020-1.unr`. */
export function fileName(uri: string): string {
  const last = uri.slice(uri.lastIndexOf('/') + 1);
  try {
    return decodeURIComponent(last);
  } catch {
    return last;
  }
}

export function textOf(draft: Draft, span: Span): string {
  return draft.text.slice(span.start, span.end);
}

/** Little words a shortened text should not end on. */
const DANGLING = /(?:[\s,;:(]+(?:the|of|to|in|on|a|an|and|or|for|by|with|at|from|that|de|la|le|les|des|du|el|los|las|y|et))+$/i;

/** Cuts `text` to about `max` characters at a word boundary, adding an ellipsis. */
export function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max + 1);
  const space = cut.lastIndexOf(' ');
  const words = space > max / 2 ? cut.slice(0, space) : cut.slice(0, max);
  return `${words.replace(DANGLING, '').replace(/[\s,;:(]+$/, '')} …`;
}

/** A paragraph's own text (number and lists excluded) as one line. */
export function paragraphText(draft: Draft, paragraph: Paragraph): string {
  return collapseSpace(textOf(draft, paragraph.textSpan));
}

const ABBREVIATIONS = new Set(['mr', 'ms', 'mrs', 'dr', 'no', 'nos', 'para', 'paras', 'art', 'e.g', 'i.e', 'st', 'vol', 'p', 'pp', 'cf', 'etc', 'add', 'corr', 'rev', 'inc', 'co', 'jr', 'sr', 'prof', 'h.e', 'u.s']);

/** The run of non-space characters that ends at `end` (scanned back, at most 40 characters). */
function wordBefore(text: string, end: number): string {
  let start = end;
  while (start > 0 && end - start < 40 && !/\s/.test(text[start - 1])) start--;
  return text.slice(start, end);
}

/** The first sentence of a text (bounded), ignoring full stops of abbreviations and initials. */
export function firstSentence(text: string, max = 300): string {
  const pattern = /[.!?](?=\s+["“(]?[A-Z\u00c0-\u00de])/g;
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    if (match.index > max) break;
    const word = wordBefore(text, match.index);
    if (ABBREVIATIONS.has(word.toLowerCase()) || /^[A-Z]$/.test(word)) continue;
    return text.slice(0, match.index + 1);
  }
  return truncate(text, max);
}

/** The number a paragraph has or, when unnumbered, the one its place implies. */
export function numberOf(paragraph: Paragraph): number | undefined {
  return paragraph.number ?? paragraph.impliedNumber;
}

/** `the body` or `annex I`: the numbering segment a paragraph belongs to. */
export function segmentName(draft: Draft, annex: number): string {
  if (annex < 0) return 'body';
  const label = draft.annexes[annex]?.heading.label;
  return label ? `annex ${label}` : 'annex';
}

/** True when `offset` lies in `span`, its end included (a cursor just after a word is on it). */
export function touches(span: Span, offset: number): boolean {
  return span.start <= offset && offset <= span.end;
}

/** Line breaks, tabs and other control characters: each shown as a space, so that untrusted text stays on its line. */
const CONTROLS = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g;
/**
 * What Markdown (CommonMark with GitHub's autolinks, as VS Code renders hovers) reads as formatting,
 * HTML, an entity or a link: emphasis, code, links and images, tables, strikethrough, `&`, and
 * the starts of autolinks (`://`, `www.`, `@`).
 */
const INLINE = /[\\`*_[\]<>|~&@]|:(?=\/\/)|(?<=www)\./gi;
/** A block marker at the start of a line: heading, list, quote, setext underline, ordered list. */
const BLOCK_START = /^(?:[#+\-=]|[0-9]{1,9}[.)])/;

/**
 * Untrusted text (a title from a catalogue or a draft, a file's words) as Markdown that shows it as
 * written: on one line, with nothing read as formatting, a link, HTML, a heading, a list or a code block.
 */
export function escapeMarkdown(text: string): string {
  const line = text.replace(CONTROLS, ' ').trimStart().replace(INLINE, (c) => `\\${c}`);
  return line.replace(BLOCK_START, (marker) => `${marker.slice(0, -1)}\\${marker.slice(-1)}`);
}

/** Untrusted text as a Markdown code span: one line, without a backtick to close it early. */
export function codeSpan(text: string): string {
  return `\`${text.replace(CONTROLS, ' ').replace(/`/g, "'")}\``;
}

/** A Markdown link to `url` (an https link of `symbolLink`): escaped text, and no parenthesis to end the destination early. */
export function markdownLink(text: string, url: string): string {
  return `[${escapeMarkdown(text)}](${url.replace(/[()\s<>]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`)})`;
}
