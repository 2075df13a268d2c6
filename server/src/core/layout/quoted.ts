// The blocks of a quoted draft resolution or decision (Draft.embeddedTexts): the parser keeps
// them apart from the report's own, so they are laid out here from the text: numbered operative
// paragraphs with their numbers as written, lettered and Roman items (`(a)`, or `a)` in French
// and Spanish), other blocks as text with their lines kept, and page furniture and footnotes
// (holes.ts) left out.
import { collapseSpace, type Span } from '../text';
import { insideHole } from './holes';
import type { ItemBlock, LayoutBlock, ParagraphBlock, Source, TextBlock } from './model';
import { textBlocks } from './textBlocks';

const ROMAN_ITEM = /^\(?(?:i|ii|iii|iv|v|vi|vii|viii|ix|x)\)/;

export function quotedBlocks(text: string, span: Span, holes: readonly Span[], source: (span: Span) => Source): LayoutBlock[] {
  const blocks: LayoutBlock[] = [];
  for (const block of textBlocks(text, span.start, span.end)) {
    let lineStart = block.start;
    let open: { block: ParagraphBlock | ItemBlock | TextBlock; start: number } | undefined;
    for (const line of text.slice(block.start, block.end).split('\n')) {
      const at = lineStart + (line.length - line.trimStart().length);
      lineStart += line.length + 1;
      const trimmed = line.trim();
      const lineSpan = { start: at, end: at + trimmed.length };
      if (trimmed === '' || insideHole(holes, lineSpan.start, lineSpan.end)) continue;
      const marker = itemMarker(trimmed);
      if (marker) {
        const level = ROMAN_ITEM.test(trimmed) && blocks.some((b) => b.kind === 'item' && b.quoted && b.level === 0 && b.marker !== trimmed.slice(0, marker.length)) ? 1 : 0;
        const item: ItemBlock = { kind: 'item', marker, text: collapseSpace(trimmed.slice(marker.length)), level, agenda: false, quoted: true, source: source(lineSpan) };
        blocks.push(item);
        open = { block: item, start: at };
      } else if (open) {
        // A paragraph's or an item's wrapped lines are one text; a text block keeps its lines (`Draft decision` / its title).
        open.block.text = open.block.kind !== 'text' ? collapseSpace(`${open.block.text} ${trimmed}`) : `${open.block.text}\n${collapseSpace(trimmed)}`;
        open.block.source = source({ start: open.start, end: lineSpan.end });
      } else {
        const number = paragraphNumber(trimmed);
        const rest = collapseSpace(number ? trimmed.slice(number.length) : trimmed);
        const made: ParagraphBlock | TextBlock = number ? { kind: 'paragraph', number, text: rest, quoted: true, source: source(lineSpan) } : { kind: 'text', text: rest, quoted: true, source: source(lineSpan) };
        open = { block: made, start: at };
        blocks.push(made);
      }
    }
  }
  return blocks;
}

/** `(a)`, `(iv)`, `a)` at the start of a line, followed by a space. */
function itemMarker(line: string): string | undefined {
  return /^(?:\([a-z]{1,5}\)|[a-z]{1,5}\))(?=\s)/.exec(line)?.[0];
}

/** `12.` at the start of a line, followed by a space. */
function paragraphNumber(line: string): string | undefined {
  return /^\d{1,4}\.(?=\s)/.exec(line)?.[0];
}
