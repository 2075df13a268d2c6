// Builds the layout (model.ts) from a parsed draft: the parser's blocks in text order, and every
// stretch of text they do not cover kept as text blocks, so nothing the author wrote is lost.
// Page furniture is left out: it is not part of the published text. Footnotes are laid out after
// the block that carries their marks, also when they cut a paragraph in two (holes.ts).
import type { Draft, EmbeddedText, Heading, List, Paragraph } from '../model';
import { collapseSpace, isSpace, type Span } from '../text';
import { groupsWithin, holesOf, insideHole, linesAround, textAround, type Holes, type NoteGroup } from './holes';
import type { HeadingBlock, HeadingStyle, Layout, LayoutBlock, NotesBlock, Source } from './model';
import { quotedBlocks } from './quoted';
import { textBlocks } from './textBlocks';
import { isSubNumber } from '../parse/headings';

const HEADING_STYLES: Record<Heading['kind'], HeadingStyle> = { chapter: 'HCh', section: 'H1', subsection: 'H23', subheading: 'H4', annex: 'HCh' };


/** A part of the draft that makes blocks, placed by where it starts. */
interface Part {
  span: Span;
  blocks: () => LayoutBlock[];
  /** The part lays out the footnotes inside it itself (a note group is such a part). */
  ownNotes?: boolean;
}

/** What every part's blocks are made with. */
interface Context {
  draft: Draft;
  holes: Holes;
  source: (span: Span) => Source;
}

export function buildLayout(draft: Draft): Layout {
  const context: Context = { draft, holes: holesOf(draft), source: (span) => sourceOf(draft, span) };
  const parts = partsOf(context);
  parts.sort((a, b) => a.span.start - b.span.start || b.span.end - a.span.end);
  const blocks: LayoutBlock[] = [];
  let cursor = 0;
  for (const part of parts) {
    if (part.span.start < cursor) continue; // inside a part already laid out
    addGap(context, cursor, part.span.start, blocks);
    for (const block of part.blocks()) blocks.push(block);
    if (!part.ownNotes) for (const group of groupsWithin(context.holes.groups, part.span.start, part.span.end)) blocks.push(notesBlock(group, context.source));
    cursor = part.span.end;
  }
  addGap(context, cursor, draft.text.length, blocks);
  return { blocks, symbol: draft.masthead?.symbol?.text, jobNumber: jobNumberOf(draft) };
}

function partsOf(context: Context): Part[] {
  const { draft, source } = context;
  const text = draft.text;
  const parts: Part[] = [];
  const masthead = draft.masthead;
  if (masthead) {
    const other = masthead.lines.filter((line) => line.kind === 'other' || line.kind === 'language').map((line) => collapseSpace(line.text));
    parts.push({ span: masthead.span, blocks: () => [{ kind: 'masthead', symbol: masthead.symbol?.text, distribution: masthead.distribution, date: masthead.date, original: masthead.original, other, source: source(masthead.span) }] });
  }
  const title = draft.title;
  if (title) parts.push({ span: title.span, blocks: () => [{ kind: 'title', text: linesOf(text, title.span), source: source(title.span) }] });
  for (const heading of draft.headings) parts.push({ span: heading.span, blocks: () => [headingBlock(text, heading, source)] });
  for (const annex of draft.annexes) {
    const annexTitle = annex.title;
    if (annexTitle) parts.push({ span: annexTitle.span, blocks: () => [{ kind: 'heading', style: 'HCh', label: '', text: collapseSpace(annexTitle.text), annex: true, source: source(annexTitle.span) }] });
  }
  for (const paragraph of draft.paragraphs) parts.push({ span: paragraph.span, blocks: () => paragraphBlocks(context, paragraph) });
  for (const list of draft.looseLists) parts.push({ span: list.span, blocks: () => listBlocks(context, list) });
  for (const embedded of draft.embeddedTexts) parts.push({ span: embedded.span, blocks: () => embeddedBlocks(context, embedded) });
  for (const group of context.holes.groups) parts.push({ span: group.span, blocks: () => [notesBlock(group, source)], ownNotes: true });
  return parts;
}

function headingBlock(text: string, heading: Heading, source: (span: Span) => Source): LayoutBlock {
  const labelEnd = heading.kind === 'annex' && heading.label === '' ? heading.span.end : wordEnd(text, heading.labelSpan.end, heading.span.end);
  const label = collapseSpace(text.slice(heading.span.start, labelEnd));
  const block: HeadingBlock = { kind: 'heading', style: HEADING_STYLES[heading.kind], label, text: heading.kind === 'annex' ? '' : collapseSpace(heading.title), annex: heading.kind === 'annex', source: source(heading.span) };
  const after = text.slice(labelEnd, heading.span.end);
  const gap = after.slice(0, after.length - after.trimStart().length);
  // `Chapter II` above its title (Official Records): the title starts on a later line.
  if (heading.kind !== 'annex' && gap.includes('\n')) block.labelAbove = /\n[ \t\r]*\n/.test(gap) ? 'next-block' : 'next-line';
  return block;
}

function paragraphBlocks(context: Context, paragraph: Paragraph): LayoutBlock[] {
  const { draft, holes, source } = context;
  const text = draft.text;
  const numberSpan = paragraph.numberSpan;
  const number = numberSpan ? text.slice(numberSpan.start, wordEnd(text, numberSpan.end, paragraph.textSpan.start)).trim() : undefined;
  const ownEnd = paragraph.lists.length > 0 ? paragraph.lists[0].span.start : paragraph.span.end;
  // An unnumbered block keeps its lines (`In favour:` above the States, `Chapter II` above its title).
  const ownText = (number ? textAround : linesAround)(text, paragraph.textSpan.start, paragraph.textSpan.end, holes.spans);
  const blocks: LayoutBlock[] = [{ kind: 'paragraph', number, text: ownText, quoted: false, source: source({ start: paragraph.span.start, end: Math.max(paragraph.textSpan.end, Math.min(ownEnd, paragraph.span.end)) }) }];
  for (const list of paragraph.lists) for (const block of listBlocks(context, list)) blocks.push(block);
  return blocks;
}

function listBlocks(context: Context, list: List): LayoutBlock[] {
  const { draft, holes, source } = context;
  const text = draft.text;
  return list.items.map((item): LayoutBlock => {
    const marker = collapseSpace(text.slice(item.markerSpan.start, item.markerSpan.end));
    const itemText = textAround(text, item.textSpan.start, item.textSpan.end, holes.spans);
    const itemSource = source({ start: item.markerSpan.start, end: item.textSpan.end });
    // A UPR recommendation's sub-number (`7.1`) hangs as a paragraph's number does, as published.
    if (isSubNumber(marker)) return { kind: 'paragraph', number: marker, text: itemText, quoted: false, source: itemSource };
    return { kind: 'item', marker, text: itemText, level: item.depth, agenda: list.isAgenda, quoted: false, source: itemSource };
  });
}

function embeddedBlocks(context: Context, embedded: EmbeddedText): LayoutBlock[] {
  return quotedBlocks(context.draft.text, embedded.span, context.holes.spans, context.source);
}

function notesBlock(group: NoteGroup, source: (span: Span) => Source): NotesBlock {
  return { kind: 'notes', notes: group.notes, source: source(group.span) };
}

/** The stretch [start, end) not covered by any part: its non-blank blocks of lines, furniture left out. */
function addGap(context: Context, start: number, end: number, blocks: LayoutBlock[]): void {
  const { draft, holes, source } = context;
  for (const span of textBlocks(draft.text, start, end)) {
    if (insideHole(holes.spans, span.start, span.end)) continue;
    blocks.push({ kind: 'text', text: linesOf(draft.text, span), quoted: false, source: source(span) });
  }
}

/** The lines of text[span] as written, each with its spaces collapsed, blank ones left out, joined by `\n`. */
export function linesOf(text: string, span: Span): string {
  return linesAround(text, span.start, span.end, []);
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
