// Builds the layout (model.ts) from a parsed draft: the parser's blocks in text order, and every
// stretch of text they do not cover kept as text blocks, so nothing the author wrote is lost.
// Page furniture is left out: it is not part of the published text.
import type { Draft, EmbeddedText, Heading, List, Paragraph } from '../model';
import { collapseSpace, isSpace, type Span } from '../text';
import type { HeadingStyle, Layout, LayoutBlock, Source } from './model';
import { quotedBlocks } from './quoted';
import { textBlocks } from './textBlocks';

const HEADING_STYLES: Record<Heading['kind'], HeadingStyle> = { chapter: 'HCh', section: 'H1', subsection: 'H23', subheading: 'H4', annex: 'HCh' };

/** A part of the draft that makes blocks, placed by where it starts. */
interface Part {
  span: Span;
  blocks: () => LayoutBlock[];
}

export function buildLayout(draft: Draft): Layout {
  const source = (span: Span): Source => sourceOf(draft, span);
  const parts = partsOf(draft, source);
  parts.sort((a, b) => a.span.start - b.span.start || b.span.end - a.span.end);
  const blocks: LayoutBlock[] = [];
  const furniture = draft.furniture.map((f) => f.span);
  let cursor = 0;
  for (const part of parts) {
    if (part.span.start < cursor) continue; // inside a part already laid out
    addGap(draft, cursor, part.span.start, furniture, blocks);
    for (const block of part.blocks()) blocks.push(block);
    cursor = part.span.end;
  }
  addGap(draft, cursor, draft.text.length, furniture, blocks);
  return { blocks, symbol: draft.masthead?.symbol?.text, jobNumber: jobNumberOf(draft) };
}

function partsOf(draft: Draft, source: (span: Span) => Source): Part[] {
  const text = draft.text;
  const parts: Part[] = [];
  const masthead = draft.masthead;
  if (masthead) {
    const other = masthead.lines.filter((line) => line.kind === 'other' || line.kind === 'language').map((line) => collapseSpace(line.text));
    parts.push({ span: masthead.span, blocks: () => [{ kind: 'masthead', symbol: masthead.symbol?.text, distribution: masthead.distribution, date: masthead.date, original: masthead.original, other, source: source(masthead.span) }] });
  }
  const title = draft.title;
  if (title) parts.push({ span: title.span, blocks: () => [{ kind: 'title', text: collapseSpace(title.text), source: source(title.span) }] });
  for (const heading of draft.headings) parts.push({ span: heading.span, blocks: () => [headingBlock(text, heading, source)] });
  for (const annex of draft.annexes) {
    const annexTitle = annex.title;
    if (annexTitle) parts.push({ span: annexTitle.span, blocks: () => [{ kind: 'heading', style: 'HCh', label: '', text: collapseSpace(annexTitle.text), annex: true, source: source(annexTitle.span) }] });
  }
  for (const paragraph of draft.paragraphs) parts.push({ span: paragraph.span, blocks: () => paragraphBlocks(text, paragraph, source) });
  for (const list of draft.looseLists) parts.push({ span: list.span, blocks: () => listBlocks(text, list, false, source) });
  for (const embedded of draft.embeddedTexts) parts.push({ span: embedded.span, blocks: () => embeddedBlocks(draft, embedded, source) });
  return parts;
}

function headingBlock(text: string, heading: Heading, source: (span: Span) => Source): LayoutBlock {
  const labelEnd = heading.kind === 'annex' && heading.label === '' ? heading.span.end : wordEnd(text, heading.labelSpan.end, heading.span.end);
  const label = collapseSpace(text.slice(heading.span.start, labelEnd));
  return { kind: 'heading', style: HEADING_STYLES[heading.kind], label, text: heading.kind === 'annex' ? '' : collapseSpace(heading.title), annex: heading.kind === 'annex', source: source(heading.span) };
}

function paragraphBlocks(text: string, paragraph: Paragraph, source: (span: Span) => Source): LayoutBlock[] {
  const numberSpan = paragraph.numberSpan;
  const number = numberSpan ? text.slice(numberSpan.start, wordEnd(text, numberSpan.end, paragraph.textSpan.start)).trim() : undefined;
  const ownEnd = paragraph.lists.length > 0 ? paragraph.lists[0].span.start : paragraph.span.end;
  const blocks: LayoutBlock[] = [{ kind: 'paragraph', number, text: collapseSpace(text.slice(paragraph.textSpan.start, paragraph.textSpan.end)), quoted: false, source: source({ start: paragraph.span.start, end: Math.max(paragraph.textSpan.end, Math.min(ownEnd, paragraph.span.end)) }) }];
  for (const list of paragraph.lists) for (const block of listBlocks(text, list, false, source)) blocks.push(block);
  return blocks;
}

function listBlocks(text: string, list: List, quoted: boolean, source: (span: Span) => Source): LayoutBlock[] {
  return list.items.map((item) => ({
    kind: 'item',
    marker: collapseSpace(text.slice(item.markerSpan.start, item.markerSpan.end)),
    text: collapseSpace(text.slice(item.textSpan.start, item.textSpan.end)),
    level: item.depth,
    agenda: list.isAgenda,
    quoted,
    source: source({ start: item.markerSpan.start, end: item.textSpan.end }),
  }));
}

function embeddedBlocks(draft: Draft, embedded: EmbeddedText, source: (span: Span) => Source): LayoutBlock[] {
  return quotedBlocks(draft.text, embedded.span, source);
}

/** The stretch [start, end) not covered by any part: its non-blank blocks of lines, furniture left out. */
function addGap(draft: Draft, start: number, end: number, furniture: Span[], blocks: LayoutBlock[]): void {
  for (const span of textBlocks(draft.text, start, end)) {
    if (furniture.some((f) => f.start <= span.start && span.end <= f.end)) continue;
    blocks.push({ kind: 'text', text: collapseSpace(draft.text.slice(span.start, span.end)), quoted: false, source: sourceOf(draft, span) });
  }
}

/** The end of the run of non-space characters at `from` (a label's full stop or bracket). */
function wordEnd(text: string, from: number, limit: number): number {
  let i = from;
  while (i < limit && !isSpace(text.charCodeAt(i)) && text[i] !== '\n' && text[i] !== '\r') i++;
  return i;
}

function sourceOf(draft: Draft, span: Span): Source {
  const end = Math.max(span.start, span.end);
  return { start: span.start, end, line: draft.lineMap.lineAt(span.start), endLine: draft.lineMap.lineAt(Math.max(span.start, end - 1)) };
}

// A job number: one or two capitals, a full stop, two digits, a hyphen and five digits (V.20-05476).
const JOB_NUMBER = /(?:^|\s)([A-Z]{1,2}\.\d{2}-\d{5})(?=\s|\(|$)/;

/** The job number page furniture gives (`2/7 V.20-05476`), for the footer. */
function jobNumberOf(draft: Draft): string | undefined {
  for (const furniture of draft.furniture) {
    const match = JOB_NUMBER.exec(furniture.text.slice(0, 200));
    if (match) return match[1];
  }
  return undefined;
}
