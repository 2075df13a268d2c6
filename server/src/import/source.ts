// What each reader (Word, PDF, pasted text) hands to the document builder: the document's
// paragraphs in reading order, each on one line, with what the source knows about it.
import type { HeadingLevel, Note } from '../document/model';

export interface SourceParagraph {
  /** The paragraph's text with its number or marker as the reader sees it (`12. The…`, `(a) …`). */
  text: string;
  /** A heading level the source states (a Word heading style); otherwise read from the text. */
  heading?: HeadingLevel;
  /** List depth the source states (Word's numbering level + 1, or an indentation): 0 for body text. */
  depth?: number;
  /** An item of a bulleted list (Word's bullet numbering, an indented bullet in pasted text): a list item without a marker. */
  bullet?: boolean;
  /** Footnotes whose marks this paragraph carries, in order. */
  notes?: Note[];
  /** A page break (and the furniture around it) came right before it: a paragraph may be cut there. */
  afterPageBreak?: boolean;
  /** A cell of the masthead table, or a paragraph the source knows belongs to the masthead. */
  masthead?: boolean;
}

export interface BuildOptions {
  /**
   * Text whose line and paragraph breaks come from a page layout (a PDF, text pasted from one):
   * a block that starts in lower case continues the one before, and an agenda item whose hanging
   * number was lost (an unmarked item between items N - 1 and N + 1) is item N.
   */
  layoutText?: boolean;
}
