// Small helpers the editor features share: the document a feature works on,
// the agenda that applies to it, and short readable excerpts of paragraphs.
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
}

/** The draft's own agenda, else that of its provisional agenda in the workspace. */
export function agendaOf(doc: FeatureDocument, workspace?: Workspace): AgendaLocation | undefined {
  if (doc.draft.agenda) return { agenda: doc.draft.agenda, uri: doc.uri };
  const source = workspace?.provisionalAgenda(doc.draft);
  if (!source || !workspace) return undefined;
  const owner = workspace.all().find((entry) => entry.draft.agenda === source.agenda);
  return owner ? { agenda: source.agenda, uri: owner.uri, ...(source.description ? { description: source.description } : {}) } : undefined;
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

/** The first sentence of a text (bounded), ignoring full stops of abbreviations and initials. */
export function firstSentence(text: string, max = 300): string {
  const pattern = /[.!?](?=\s+["“(]?[A-Z\u00c0-\u00de])/g;
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    if (match.index > max) break;
    const word = /(\S+)$/.exec(text.slice(0, match.index))?.[1] ?? '';
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

/** Escapes the characters Markdown would read as inline formatting (text is never at a line start). */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_[\]<>|~]/g, (c) => `\\${c}`);
}
