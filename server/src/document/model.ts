// The document model shared by import (Word, PDF, pasted text → draft) and export: a report as a
// sequence of blocks, each with its own text on one line. No I/O and no positions: the draft text
// is made from it by `renderDraft` (render.ts), and a parse of that text is what `check` reads.

/** The masthead's lines, as the document gives them (any of them may be missing). */
export interface Masthead {
  symbol?: string;
  distribution?: string;
  date?: string;
  /** The version's language line of a French or Spanish masthead (`Français`, `Español`). */
  language?: string;
  original?: string;
}

export type HeadingLevel = 'chapter' | 'section' | 'subsection' | 'subheading' | 'annex';

/** A footnote: its mark as the text shows it (`1`, `*`) and its text. */
export interface Note {
  mark: string;
  text: string;
}

export type Block =
  /** Title and front matter before the first heading. */
  | { kind: 'title'; text: string }
  /** `IV. Organization of the meeting`: label `IV` (without its full stop); a lettered subheading's is `(a)`; an annex's is `Annex II`. */
  | { kind: 'heading'; level: HeadingLevel; label: string; text: string }
  /** A body paragraph; `number` is undefined for an unnumbered one (a defect `check` reports). */
  | { kind: 'paragraph'; number: string | undefined; text: string }
  /** A list item of the paragraph above: level 1 is `(a)`, 2 is `(i)`; `marker` is `(a)` as printed. */
  | { kind: 'item'; level: number; marker: string | undefined; text: string }
  /** An item of an adopted agenda: level 1 is `1.`, level 2 its sub-items `(a)`. */
  | { kind: 'agenda-item'; level: number; marker: string; text: string }
  /** Footnotes, placed after the block that carries their marks. */
  | { kind: 'notes'; notes: Note[] };

export interface ReportDocument {
  masthead: Masthead;
  blocks: Block[];
  /** What the import noticed and the reader should know (tracked changes accepted, notes joined…). */
  remarks: string[];
}
