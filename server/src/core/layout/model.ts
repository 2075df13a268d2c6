// The layout of a draft as the published page shows it: its blocks in reading order, each with
// its UN style and the span of the draft it comes from. Both the Word export and the preview
// render this one model, so the page previewed is the page exported.

/** Where a block comes from: offsets into the draft's text and its first and last lines (0-based). */
export interface Source {
  start: number;
  end: number;
  line: number;
  endLine: number;
}

/** The UN heading styles: chapter, section, subsection, lettered subheading. */
export type HeadingStyle = 'HCh' | 'H1' | 'H23' | 'H4';

export interface MastheadBlock {
  kind: 'masthead';
  symbol?: string;
  distribution?: string;
  date?: string;
  original?: string;
  /** Masthead lines of no known kind, as written. */
  other: string[];
  source: Source;
}

export interface TitleBlock {
  kind: 'title';
  /** The title's lines as written, joined by `\n` (each line's spaces collapsed). */
  text: string;
  source: Source;
}

export interface HeadingBlock {
  kind: 'heading';
  style: HeadingStyle;
  /** The label as written (`IV.`, `A.`, `1.`, `(a)`, `Annex II`); empty for an annex's title. */
  label: string;
  text: string;
  /** True for an annex heading and its title, which are centred on the page. */
  annex: boolean;
  /**
   * An Official Records chapter (`Chapter II`) stands on a line of its own, its title on the next
   * line (`next-line`) or after a blank line (`next-block`); both are centred. Absent otherwise.
   */
  labelAbove?: 'next-line' | 'next-block';
  source: Source;
}

export interface ParagraphBlock {
  kind: 'paragraph';
  /**
   * The number as written, with its full stop (`12.`): the number checked is the number published.
   * Without a number the text keeps its lines, joined by `\n`, as a text block does.
   * A UPR recommendation's sub-number (`7.1`) is laid out as a paragraph's number too, as published.
   */
  number?: string;
  text: string;
  /** Inside a quoted draft resolution or decision. */
  quoted: boolean;
  source: Source;
}

export interface ItemBlock {
  kind: 'item';
  /** The marker as written: `(a)`, `(ii)`, `3.`. */
  marker: string;
  text: string;
  /** 0 for (a), 1 for (i) nested in it, … */
  level: number;
  agenda: boolean;
  quoted: boolean;
  source: Source;
}

/**
 * A block that is none of the above, kept as written: its lines joined by `\n` (a line break on
 * the page: `Draft decision` above its title, `In favour:` above the States).
 */
export interface TextBlock {
  kind: 'text';
  text: string;
  quoted: boolean;
  source: Source;
}

/** A footnote: its label as written (`1`, `*`) and its text. */
export interface LayoutNote {
  label: string;
  text: string;
}

/**
 * The footnotes after a separator line, placed after the block whose text carries their marks
 * (a paragraph cut by a page's footnotes is one paragraph, its notes after it).
 */
export interface NotesBlock {
  kind: 'notes';
  notes: LayoutNote[];
  source: Source;
}

export type LayoutBlock = MastheadBlock | TitleBlock | HeadingBlock | ParagraphBlock | ItemBlock | TextBlock | NotesBlock;

export interface Layout {
  blocks: LayoutBlock[];
  /** The draft's symbol, for the running header. */
  symbol?: string;
  /** The job number (`V.20-05476`) when the draft's page furniture gives it, for the footer. */
  jobNumber?: string;
}
