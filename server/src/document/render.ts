// Renders the document model as a draft (docs/format.md): the masthead block, then one block per
// title, heading, paragraph and footnote block, separated by blank lines; list and agenda items
// follow their paragraph on lines of their own, indented four spaces per level.
import type { Block, Masthead, ReportDocument } from './model';
import { isSubNumber } from '../core/parse/headings';

/** The separator line that opens a block of footnotes (docs/format.md, "Footnotes"). */
export const NOTES_SEPARATOR = '__________________';

const SUPERSCRIPT_DIGITS = '⁰¹²³⁴⁵⁶⁷⁸⁹';

/** A footnote mark as it stands in the text: digits become superscript digits (`12` → `¹²`), so that they never read as numbers. */
export function superscriptMark(mark: string): string {
  let out = '';
  for (const c of mark) {
    const digit = c.charCodeAt(0) - 48;
    out += digit >= 0 && digit <= 9 ? SUPERSCRIPT_DIGITS[digit] : c;
  }
  return out;
}

/** One line: line breaks and tabs inside a block's text become spaces, runs of them one space. */
export function oneLine(text: string): string {
  let out = '';
  let space = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    // The no-break space is kept as the author typed it; only breaks and tabs are folded.
    if (c === ' ' || c === '\t' || c === '\n' || c === '\r' || c === '\v' || c === '\f') {
      space = out.length > 0;
      continue;
    }
    if (space) out += ' ';
    space = false;
    out += c;
  }
  return out;
}

function mastheadLines(masthead: Masthead): string[] {
  const lines = [masthead.symbol, masthead.distribution, masthead.date, masthead.language, masthead.original];
  return lines.filter((line): line is string => line !== undefined && line !== '').map(oneLine);
}

/** A text's lines (a title's, an unnumbered block's), each on one line, blank ones left out. */
export function keptLines(text: string): string {
  return text.split('\n').map(oneLine).filter((line) => line !== '').join('\n');
}


function blockLines(block: Block): string {
  switch (block.kind) {
    case 'title':
      return keptLines(block.text);
    case 'heading':
      // An annex's title goes on the line after `Annex I` (docs/format.md, "Headings").
      if (block.level === 'annex') return block.text ? `${oneLine(block.label)}\n${oneLine(block.text)}` : oneLine(block.label);
      if (block.level === 'subheading') return `${block.label} ${oneLine(block.text)}`;
      return `${block.label}. ${oneLine(block.text)}`;
    case 'paragraph':
      return block.number === undefined ? keptLines(block.text) : `${block.number}. ${oneLine(block.text)}`;
    case 'item':
      // A UPR recommendation (`7.1`) stands in a block of its own at column 0, as published.
      if (block.marker && isSubNumber(block.marker)) return `${block.marker} ${oneLine(block.text)}`;
      return `${'    '.repeat(block.level)}${block.marker ? `${block.marker} ` : ''}${oneLine(block.text)}`;
    case 'agenda-item':
      return `${'    '.repeat(block.level)}${block.marker} ${oneLine(block.text)}`;
    case 'notes':
      return [NOTES_SEPARATOR, ...block.notes.map((note) => `${note.mark} ${oneLine(note.text)}`)].join('\n');
  }
}

/** The draft text of a document: what `rapporteur import` writes. Ends with one line break. */
export function renderDraft(document: ReportDocument): string {
  const parts: string[] = [];
  const masthead = mastheadLines(document.masthead);
  if (masthead.length > 0) parts.push(masthead.join('\n'));
  let previous: Block | undefined;
  for (const block of document.blocks) {
    const text = blockLines(block);
    if (text === '') continue;
    const listed = (block.kind === 'item' && !(block.marker && isSubNumber(block.marker))) || block.kind === 'agenda-item';
    // Items go on the lines right after their paragraph (or the item before), in the same block.
    if (listed && previous && previous.kind !== 'heading' && previous.kind !== 'notes' && previous.kind !== 'title' && parts.length > 0) parts[parts.length - 1] += `\n${text}`;
    else parts.push(text);
    previous = block;
  }
  return parts.length === 0 ? '' : `${parts.join('\n\n')}\n`;
}
