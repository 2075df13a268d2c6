// Hover: what a reference points to (agenda item, paragraph, document symbol)
// and what the server understood a heading label or paragraph number to be.
import type { Hover, Position } from 'vscode-languageserver-types';
import type { Agenda, Draft, Heading } from '../model';
import { ParagraphIndex } from '../paragraphIndex';
import { symbolProblemsText } from '../rules/symbols';
import { describeSymbol, type ParsedSymbol } from '../symbols';
import type { Workspace } from '../workspace';
import { agendaOf, codeSpan, escapeMarkdown, fileName, firstSentence, markdownLink, numberOf, paragraphText, segmentName, type FeatureDocument } from './common';
import { symbolLink, DEFAULT_LINK_BASE } from './links';
import { symbolFacts } from './symbolFacts';
import { targetAt, type ItemKey, type Target } from './targets';

export interface HoverOptions {
  linkBase?: string;
}

export function hover(doc: FeatureDocument, position: Position, workspace?: Workspace, options: HoverOptions = {}): Hover | null {
  const draft = doc.draft;
  const target = targetAt(draft, draft.lineMap.offset(position));
  if (!target) return null;
  const value = describe(doc, target, workspace, options.linkBase ?? DEFAULT_LINK_BASE);
  return value ? { contents: { kind: 'markdown', value }, range: draft.lineMap.range(target.span) } : null;
}

function describe(doc: FeatureDocument, target: Target, workspace: Workspace | undefined, linkBase: string): string | undefined {
  switch (target.kind) {
    case 'agenda':
      return describeAgenda(doc, target.items, workspace);
    case 'paragraph':
      return target.paragraph !== undefined ? `Paragraph ${target.numbers[0]} (${segmentName(doc.draft, target.segment)})` : describeParagraphs(doc.draft, target.segment, target.numbers);
    case 'symbol':
      return describeSymbolAt(doc, target.parsed, workspace, linkBase);
    case 'heading':
      return describeHeading(doc.draft, target.heading);
    case 'unnumbered':
      return describeUnnumbered(doc.draft, target.paragraph);
  }
}

function describeAgenda(doc: FeatureDocument, items: ItemKey[], workspace: Workspace | undefined): string {
  const source = agendaOf(doc, workspace);
  if (!source) return 'No agenda found: this draft has no adopted agenda and no provisional agenda in the workspace.';
  const lines = items.map((key) => agendaLine(source.agenda, key));
  if (source.description) lines.push(`From ${escapeMarkdown(source.description)}.`);
  return lines.join('\n\n');
}

function agendaLine(agenda: Agenda, key: ItemKey): string {
  const item = agenda.items.find((i) => i.number === key.item);
  const label = key.sub ? `${key.item} (${key.sub})` : `${key.item}`;
  if (!item) return `Agenda item ${label} is not on the agenda.`;
  if (!key.sub) return `**Agenda item ${label}**: ${escapeMarkdown(item.title)}`;
  const sub = item.subItems.find((s) => s.label === key.sub);
  if (!sub) return `Agenda item ${key.item} (${escapeMarkdown(item.title)}) has no sub-item (${key.sub}).`;
  return `**Agenda item ${label}**: ${escapeMarkdown(sub.title)} (under item ${key.item}, ${escapeMarkdown(item.title)})`;
}

function describeParagraphs(draft: Draft, segment: number, numbers: number[]): string {
  const index = new ParagraphIndex(draft);
  const lines = numbers.map((number) => {
    const paragraph = index.paragraph(segment, number);
    if (!paragraph) return `Paragraph ${number} does not exist in the ${segmentName(draft, segment)} of this draft.`;
    const unnumbered = paragraph.number === undefined ? ' (unnumbered: its place makes it this number)' : '';
    return `**Paragraph ${number}**${unnumbered}: ${escapeMarkdown(firstSentence(paragraphText(draft, paragraph)))}`;
  });
  return lines.join('\n\n');
}

function describeSymbolAt(doc: FeatureDocument, parsed: ParsedSymbol, workspace: Workspace | undefined, linkBase: string): string {
  if (parsed.problems.length > 0) {
    const fix = parsed.fixable ? ` Write ${codeSpan(parsed.normalized)}.` : '';
    return `Malformed document symbol: ${escapeMarkdown(symbolProblemsText(parsed.problems))}.${fix}`;
  }
  const facts = symbolFacts(parsed.key, doc, workspace);
  const lines = [`**${escapeMarkdown(parsed.normalized)}**: ${escapeMarkdown(describeSymbol(parsed.normalized))}`];
  if (facts.title) lines.push(`*${escapeMarkdown(facts.title)}*`);
  const dated = [facts.date ? `Dated ${facts.date}` : '', facts.distribution ?? ''].filter(Boolean).join(' · ');
  if (dated) lines.push(escapeMarkdown(dated));
  if (facts.draft && facts.draft.uri !== doc.uri) lines.push(`Draft in this workspace: ${codeSpan(fileName(facts.draft.uri))}`);
  else if (!facts.draft && facts.catalogue) lines.push(`From the document catalogue (${codeSpan(fileName(facts.catalogue.uri))})`);
  if (!facts.title && !facts.draft && !facts.catalogue) lines.push('Not a draft of this workspace, nor in a documentation list or the document catalogue.');
  const link = symbolLink(parsed, linkBase);
  if (link) lines.push(markdownLink(`Open ${parsed.key}`, link));
  return lines.join('\n\n');
}

const HEADING_NAMES: Record<Heading['kind'], string> = {
  chapter: 'Chapter',
  section: 'Section',
  subsection: 'Subsection',
  subheading: 'Subheading',
  annex: 'Annex',
};

function describeHeading(draft: Draft, heading: Heading): string {
  if (heading.kind === 'annex') {
    const title = draft.annexes[heading.annex]?.title?.text;
    const name = heading.label ? `Annex ${heading.label}` : 'Annex';
    return title ? `${name}: ${escapeMarkdown(title)}` : `${name} (paragraphs numbered from 1 again)`;
  }
  const label = heading.kind === 'subheading' ? `(${heading.label})` : heading.label;
  const note = heading.kind === 'subsection' ? ' (a subsection heading, not a paragraph number)' : '';
  return `${HEADING_NAMES[heading.kind]} ${label}: ${escapeMarkdown(heading.title)}${note}`;
}

function describeUnnumbered(draft: Draft, index: number): string {
  const paragraph = draft.paragraphs[index];
  if (paragraph.exempt) return 'Unnumbered block before the first numbered paragraph of the annex (not numbered by the format)';
  const implied = numberOf(paragraph);
  return implied !== undefined ? `Unnumbered paragraph: should be paragraph ${implied}` : 'Unnumbered paragraph: give it a number';
}
