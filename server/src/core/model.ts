// The model of a draft: plain data produced by `parseDraft` and read by the
// checks and the editor features. Every span is a UTF-16 offset range into
// `Draft.text`; `Draft.lineMap` turns spans into LSP ranges.
import type { LineMap, Span } from './text';
import type { ParsedSymbol } from './symbols';

export type Language = 'en' | 'fr' | 'es';

export interface MastheadLine {
  kind: 'symbol' | 'distribution' | 'date' | 'original' | 'language' | 'other';
  span: Span;
  text: string;
}

export interface Masthead {
  span: Span;
  lines: MastheadLine[];
  /** The draft's own document symbol (first line), if it has one. */
  symbol?: { text: string; span: Span; parsed: ParsedSymbol };
  distribution?: string;
  date?: string;
  original?: string;
  language: Language;
}

export type HeadingKind = 'chapter' | 'section' | 'subsection' | 'subheading' | 'annex';

export interface Heading {
  kind: HeadingKind;
  /** As written: `IV`, `A`, `1`, `a`, or the annex numeral (`` for a lone `Annex`). */
  label: string;
  /** The label's position in its series: IV → 4, C → 3, (b) → 2; 0 for a lone `Annex`. */
  value: number;
  title: string;
  span: Span;
  labelSpan: Span;
  /** Index of the annex this heading belongs to (-1 for the body). */
  annex: number;
}

export interface Annex {
  heading: Heading;
  /** The annex's title line(s), when present. */
  title?: { text: string; span: Span };
  /** Index of the first paragraph in `Draft.paragraphs` that belongs to this annex. */
  firstParagraph: number;
}

/** `sub`: a sub-number `23.1`, an item of paragraph 23 (its label is the whole `23.1`, its value 1). */
export type MarkerKind = 'letter' | 'roman' | 'number' | 'sub' | 'none';

export interface ListItem {
  marker: MarkerKind;
  /** As written, without brackets or full stop: `a`, `ii`, `3`, `23.1`; empty for an unmarked line. */
  label: string;
  /** Position in the series: (c) → 3, (iv) → 4, 3. → 3; 0 when unmarked. */
  value: number;
  markerSpan: Span;
  /** The whole item including wrapped lines. */
  span: Span;
  /** The item's text after the marker, wrapped lines joined. */
  textSpan: Span;
  depth: number;
  /** Index (in the owning list's items) of the item this one is nested in, or -1. */
  parent: number;
  indent: number;
}

export interface List {
  items: ListItem[];
  span: Span;
  /** True when this list is the adopted agenda. */
  isAgenda: boolean;
}

export interface Paragraph {
  /** The number as written; undefined for an unnumbered paragraph. */
  number?: number;
  numberSpan?: Span;
  /** For an unnumbered paragraph whose place leaves exactly one number free: that number. */
  impliedNumber?: number;
  /** The whole paragraph, its lists included. */
  span: Span;
  /** The paragraph's own text (after the number), without its lists. */
  textSpan: Span;
  lists: List[];
  /** Index of the annex it belongs to, or -1 for the body. */
  annex: number;
  /** Index into `Draft.headings` of the nearest heading above, or -1. */
  heading: number;
  /** An unnumbered block the format does not number (an annex's preamble before its first numbered paragraph). */
  exempt: boolean;
}

export interface AgendaSubItem {
  label: string;
  value: number;
  title: string;
  span: Span;
  titleSpan: Span;
}

export interface AgendaItem {
  number: number;
  title: string;
  span: Span;
  titleSpan: Span;
  numberSpan: Span;
  subItems: AgendaSubItem[];
}

export interface Agenda {
  items: AgendaItem[];
  span: Span;
}

export interface DocumentationEntry {
  symbol: string;
  symbolSpan: Span;
  /** The title the list gives: the quoted title after `entitled`, or the text before the symbol. */
  title: string;
  description: string;
  span: Span;
}

export interface NumberPart {
  value: number;
  span: Span;
}

export interface AgendaTarget {
  item: NumberPart;
  sub?: { label: string; value: number; span: Span };
}

export interface AgendaReference {
  kind: 'agenda';
  span: Span;
  targets: AgendaTarget[];
  /** The quoted title after `, entitled`, quotes excluded. */
  entitled?: { text: string; span: Span };
}

/** `first` alone, or the range `first`–`last` (both ends inclusive). */
export interface ParagraphTarget {
  first: NumberPart;
  last?: NumberPart;
}

export interface ParagraphReference {
  kind: 'paragraph';
  span: Span;
  targets: ParagraphTarget[];
  direction?: { word: 'above' | 'below'; span: Span };
  /** `annex`: a paragraph of the annex the reference sits in; `body`: of the report's body. */
  scope: 'body' | 'annex';
}

export interface SymbolReference {
  kind: 'symbol';
  span: Span;
  text: string;
  parsed: ParsedSymbol;
}

export interface DecisionReference {
  kind: 'decision' | 'resolution';
  span: Span;
  /** The number as written: `4/4`, `75/1`, `1325 (2000)`. */
  label: string;
}

export interface DateReference {
  kind: 'date';
  span: Span;
  days: NumberPart[];
  /** 1..12 */
  month: number;
  year?: number;
}

export type Reference =
  | AgendaReference
  | ParagraphReference
  | SymbolReference
  | DecisionReference
  | DateReference;

export interface EnumerationEntry {
  name: string;
  span: Span;
}

export interface Enumeration {
  entries: EnumerationEntry[];
  span: Span;
}

/** A block the parser sets aside: page furniture, an unreadable region. */
export interface Furniture {
  span: Span;
  text: string;
  /** True when it cuts a paragraph in two (format.md, "Page furniture"): removing it joins the parts. */
  joins: boolean;
}

/** What a text with its own numbering quoted in the report is (format.md, "Texts with their own numbering"). */
export type EmbeddedKind = 'draft-resolution' | 'draft-decision' | 'resolution' | 'decision' | 'agreed-conclusions' | 'text';

/**
 * A text the report quotes, with its own numbering: a draft resolution or decision in a
 * "Matters calling for action" chapter or a Main Committee report, or a commission's agreed conclusions. Its blocks are not the
 * report's paragraphs, headings or lists, and references inside it point into it.
 */
export interface EmbeddedText {
  kind: EmbeddedKind;
  /** Its heading (`Draft resolution I`), else its title line, else the kind in words. */
  title: string;
  /** From its heading or first block to the end of its last block. */
  span: Span;
  /** Index in `Draft.paragraphs` of the report paragraph that introduced it, or -1 (a heading did). */
  introducer: number;
}

/** How the States of one list of a recorded vote voted. */
export type VoteKind = 'favour' | 'against' | 'abstaining';

/**
 * One list of a recorded vote (format.md, "Recorded votes"): `In favour:` and the States under
 * it. Not a paragraph: it belongs to the vote the paragraph above records.
 */
export interface VoteList {
  kind: VoteKind;
  /** The label with its colon, `In favour:`. */
  labelSpan: Span;
  /** The States, from the first after the label to the end of the list's last line; empty (at the label's end) when none follow. */
  statesSpan: Span;
}

/** A line `(Agenda item 3)` under a heading: the agenda item the part considers (format.md, "Agenda item lines"). */
export interface AgendaLine {
  span: Span;
  /** Index into `Draft.headings` of the heading above, or -1. */
  heading: number;
}

/** A footnote after a separator line (format.md, "Footnotes"). */
export interface Footnote {
  /** As written: `1`, `12`, `*`. */
  label: string;
  /** The footnote, its wrapped lines included. */
  span: Span;
}

export interface Draft {
  text: string;
  lineMap: LineMap;
  masthead?: Masthead;
  title?: { text: string; span: Span };
  headings: Heading[];
  annexes: Annex[];
  paragraphs: Paragraph[];
  /** Lists not owned by a paragraph (under a heading, before any paragraph). */
  looseLists: List[];
  agenda?: Agenda;
  documentation: DocumentationEntry[];
  references: Reference[];
  enumerations: Enumeration[];
  furniture: Furniture[];
  /** Lines `(Agenda item 3)` under headings, in order; their references are in `references`. */
  agendaLines: AgendaLine[];
  /** Footnotes, in order: not paragraphs, and the paragraphs and agenda items they cite are another document's. */
  footnotes: Footnote[];
  /** Footnote separator lines (`__________`), in order. */
  footnoteSeparators: Span[];
  /** Draft resolutions and decisions quoted in the report, in order. */
  embeddedTexts: EmbeddedText[];
  /** The lists of recorded votes, in order; their States are in `enumerations` like any list's. */
  votes: VoteList[];
}
