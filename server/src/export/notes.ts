// Footnotes for the Word export: each layout notes block (a separator and its notes) becomes Word
// footnotes when every note's mark is found in the text before it, and Word would print the
// note's label (footnotes are numbered 1, 2, 3 through the document). A mark is the label in
// superscript digits (`¹²`, as the import writes them) or typed where the parser reads a mark
// (`session.2`). Otherwise the notes stay text under a rule: the numbers checked must be the
// numbers published.
import type { LayoutBlock, NotesBlock } from '../core/layout';
import { superscriptMark } from '../document/render';
import { isSuperscriptDigit, markerStart } from '../core/parse/footnoteMarkers';

/** Where a footnote's reference goes: text[start, end) of its block is the mark it replaces. */
export interface FootnoteMark {
  start: number;
  end: number;
  id: number;
}

export interface FootnotePlan {
  /** The marks of each block, in text order. */
  marks: Map<LayoutBlock, FootnoteMark[]>;
  /** Word footnotes by id (1, 2, …): their text. */
  footnotes: Map<number, string>;
  /** Notes blocks that became Word footnotes (not written as text). */
  placed: Set<NotesBlock>;
}

/** The text of a block in which a footnote mark may stand, as the export writes it. */
export function markedText(block: LayoutBlock): string {
  switch (block.kind) {
    case 'heading':
      return block.annex ? block.label || block.text : block.text;
    case 'title':
    case 'paragraph':
    case 'item':
    case 'text':
      return block.text;
    default:
      return '';
  }
}

export function placeFootnotes(blocks: readonly LayoutBlock[]): FootnotePlan {
  const plan: FootnotePlan = { marks: new Map(), footnotes: new Map(), placed: new Set() };
  // Marks are searched from just after the last mark placed: a page's notes may come after the
  // next paragraph has begun (a paragraph cut by them), so not only from the previous notes block.
  let cursor: Cursor = { block: 0, offset: 0 };
  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i];
    if (block.kind !== 'notes') continue;
    const found = findMarks(blocks, i, block, plan.footnotes.size + 1, cursor);
    if (!found) continue;
    for (const { owner, mark } of found.marks) {
      const marks = plan.marks.get(blocks[owner]) ?? [];
      marks.push(mark);
      plan.marks.set(blocks[owner], marks);
    }
    for (const note of block.notes) plan.footnotes.set(plan.footnotes.size + 1, note.text);
    plan.placed.add(block);
    cursor = found.cursor;
  }
  return plan;
}

/** A place in the blocks: the block's index and an offset into its marked text. */
interface Cursor {
  block: number;
  offset: number;
}

/** The marks of the notes, in order from `from` to the notes block `end`; undefined when one is missing. */
function findMarks(blocks: readonly LayoutBlock[], end: number, notes: NotesBlock, firstId: number, from: Cursor): { marks: Array<{ owner: number; mark: FootnoteMark }>; cursor: Cursor } | undefined {
  const marks: Array<{ owner: number; mark: FootnoteMark }> = [];
  let { block, offset } = from;
  for (let n = 0; n < notes.notes.length; n++) {
    const id = firstId + n;
    if (notes.notes[n].label !== String(id)) return undefined;
    let mark: { start: number; end: number } | undefined;
    for (; block < end; block++, offset = 0) {
      mark = findMark(markedText(blocks[block]), String(id), offset);
      if (mark) break;
    }
    if (!mark) return undefined;
    marks.push({ owner: block, mark: { ...mark, id } });
    offset = mark.end;
  }
  return { marks, cursor: { block, offset } };
}

/**
 * The first mark of `label` in text at or after `from`: the label in superscript digits, or typed
 * where the parser reads a footnote mark (parse/footnoteMarkers.ts: `session.2`, `(A/77/17),3`,
 * `Convention1`; not `version 2.1`, `G20` or `COVID-19`), and not followed by more of a word.
 */
export function findMark(text: string, label: string, from: number): { start: number; end: number } | undefined {
  const superscript = superscriptMark(label);
  const first = (form: string) => {
    for (let at = text.indexOf(form, from); at >= 0; at = text.indexOf(form, at + 1)) {
      const end = at + form.length;
      if (markerStart(text, end) === at && !continuesWord(text.charCodeAt(end))) return { start: at, end };
    }
    return undefined;
  };
  const typed = first(label);
  const raised = first(superscript);
  if (!typed) return raised;
  return raised && raised.start < typed.start ? raised : typed;
}

/** A digit, a letter or a superscript digit: the mark would be part of a longer word or number. */
function continuesWord(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || isSuperscriptDigit(c);
}
