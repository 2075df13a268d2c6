// The draft's structure as a tree: masthead, title, chapters ⊃ sections ⊃
// subsections ⊃ paragraphs and quoted texts (draft resolutions), and annexes. The
// outline shows it; folding folds it.
import type { Draft, EmbeddedText, Heading, HeadingKind, Paragraph } from '../model';
import { kindName } from '../parse/embedded';
import { firstWordSpan } from '../rules/paragraphs';
import { collapseSpace, type Span } from '../text';
import { paragraphText, textOf, truncate } from './common';

export type NodeKind = 'masthead' | 'title' | HeadingKind | 'paragraph' | 'embedded';

export interface StructureNode {
  kind: NodeKind;
  name: string;
  detail?: string;
  /** The whole extent, children included. */
  span: Span;
  /** What to select when the node is picked: the symbol, heading line or paragraph number. */
  selection: Span;
  children: StructureNode[];
}

/** How long a paragraph's name in the outline may be (its number excluded). */
const NAME_LENGTH = 60;
const LEVELS: Record<NodeKind, number> = { masthead: 0, title: 0, annex: 0, chapter: 1, section: 2, subsection: 3, subheading: 4, paragraph: 5, embedded: 5 };

interface Entry {
  start: number;
  node?: StructureNode;
  /** An extent with no node of its own (a list under a heading) that its heading still covers. */
  extent?: Span;
}

export function structureOf(draft: Draft): StructureNode[] {
  const roots: StructureNode[] = [];
  const masthead = mastheadNode(draft);
  if (masthead) roots.push(masthead);
  if (draft.title) roots.push(leaf('title', truncate(draft.title.text, 80), draft.title.span, draft.title.span, 'title'));
  const stack: StructureNode[] = [];
  for (const entry of entries(draft)) {
    const node = entry.node;
    if (!node) {
      for (const open of stack) open.span.end = Math.max(open.span.end, entry.extent?.end ?? 0);
      continue;
    }
    while (stack.length > 0 && LEVELS[stack[stack.length - 1].kind] >= LEVELS[node.kind]) stack.pop();
    (stack.length > 0 ? stack[stack.length - 1].children : roots).push(node);
    for (const open of stack) open.span.end = Math.max(open.span.end, node.span.end);
    if (node.kind !== 'paragraph' && node.kind !== 'embedded') stack.push(node);
  }
  return roots;
}

function entries(draft: Draft): Entry[] {
  const list: Entry[] = [];
  // A heading's `(Agenda item 3)` line is its detail.
  const agendaLines = new Map<number, Span>();
  for (const line of draft.agendaLines) if (!agendaLines.has(line.heading)) agendaLines.set(line.heading, line.span);
  draft.headings.forEach((heading, index) => {
    const node = headingNode(draft, heading);
    const agendaLine = agendaLines.get(index);
    if (agendaLine && !node.detail) node.detail = textOf(draft, agendaLine);
    list.push({ start: heading.span.start, node });
  });
  for (const paragraph of draft.paragraphs) list.push({ start: paragraph.span.start, node: paragraphNode(draft, paragraph) });
  for (const loose of draft.looseLists) list.push({ start: loose.span.start, extent: loose.span });
  for (const text of draft.embeddedTexts) list.push({ start: text.span.start, node: embeddedNode(draft, text) });
  return list.sort((a, b) => a.start - b.start);
}

function leaf(kind: NodeKind, name: string, span: Span, selection: Span, detail?: string): StructureNode {
  return { kind, name: name || kind, ...(detail ? { detail } : {}), span: { ...span }, selection, children: [] };
}

function mastheadNode(draft: Draft): StructureNode | undefined {
  const masthead = draft.masthead;
  if (!masthead) return undefined;
  const first = masthead.lines[0]?.span ?? masthead.span;
  const detail = [masthead.distribution, masthead.date].filter(Boolean).join(' · ');
  return leaf('masthead', masthead.symbol?.text ?? 'Masthead', masthead.span, masthead.symbol?.span ?? first, detail || 'masthead');
}

function headingNode(draft: Draft, heading: Heading): StructureNode {
  const name = collapseSpace(textOf(draft, heading.span));
  if (heading.kind !== 'annex') return leaf(heading.kind, name, heading.span, heading.span);
  const annex = draft.annexes[heading.annex];
  const node = leaf('annex', name, heading.span, heading.span, annex?.title ? truncate(annex.title.text, 80) : undefined);
  if (annex?.title) node.span.end = Math.max(node.span.end, annex.title.span.end);
  return node;
}

function paragraphNode(draft: Draft, paragraph: Paragraph): StructureNode {
  const text = truncate(paragraphText(draft, paragraph), NAME_LENGTH);
  if (paragraph.number !== undefined && paragraph.numberSpan) {
    return leaf('paragraph', `${paragraph.number}. ${text}`.trim(), paragraph.span, paragraph.numberSpan);
  }
  const detail = paragraph.impliedNumber !== undefined ? `should be paragraph ${paragraph.impliedNumber}` : undefined;
  return leaf('paragraph', `(unnumbered) ${text}`.trim(), paragraph.span, firstWordSpan(draft, paragraph), detail);
}

/** A quoted draft resolution or decision: one node, named by its heading or title. */
function embeddedNode(draft: Draft, text: EmbeddedText): StructureNode {
  const firstLine = { start: text.span.start, end: Math.min(text.span.end, draft.lineMap.lineEnd(draft.lineMap.lineAt(text.span.start))) };
  return leaf('embedded', truncate(text.title, 80), text.span, firstLine, kindName(text.kind));
}
