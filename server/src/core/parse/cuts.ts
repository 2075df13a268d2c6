// Paragraphs cut in two by page furniture (format.md, "Page furniture"): whether the
// block after a page's head or foot continues the paragraph before it. The parser
// reads the parts as one paragraph, and removing the furniture joins them, so a fix
// never numbers the second part.
import type { Block } from './blocks';
import { endsWithOneOf } from './footnoteMarkers';
import { hasMarker, isSubsectionText, readAnnex, readChapter, readChapterLine, readNumbered, readSection } from './headings';

const SENTENCE_ENDS = '.!?:;…';

/** True when a line ends a sentence (`.`, `!`, `?`, `:`, `;`, `…`), also inside closing quotes or brackets and before a footnote mark. */
export function endsSentence(line: string): boolean {
  return endsWithOneOf(line, SENTENCE_ENDS);
}

/** True when a line starts with a small letter (in any script). */
export function startsLower(line: string): boolean {
  const first = line.charAt(0);
  return first !== first.toUpperCase();
}

/**
 * Whether `block`, which comes right after page furniture, continues a paragraph whose
 * last line so far is `previous`. It does when it is text at column 0 (not a heading, an
 * annex or a list item) that starts with a small letter, or when `previous` ends
 * mid-sentence and the block is not the paragraph numbered `nextNumber`: `2021. It was
 * agreed…` after `…to meet again in` is a year, not a paragraph number (when no paragraph
 * is numbered yet, `nextNumber` is -1 and a number starts a paragraph). A one-line
 * `N. Title` is a subsection heading, never a continuation.
 */
export function continuesCut(previous: string, block: Block, nextNumber: number): boolean {
  const first = block.lines[0];
  if (!block.afterFurniture || first.indent >= 2) return false;
  const line = first.content;
  if (hasMarker(line, false) || readAnnex(line) || readChapter(line) || readChapterLine(line) || readSection(line)) return false;
  if (startsLower(line)) return true;
  if (endsSentence(previous)) return false;
  const numbered = readNumbered(line);
  if (!numbered) return true;
  if (nextNumber < 0 || (block.lines.length === 1 && isSubsectionText(numbered.text))) return false;
  return numbered.value !== nextNumber;
}
