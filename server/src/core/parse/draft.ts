// The block walker: decides what each block of a draft is (format.md,
// "Blocks") and assembles the model. Recognizers for line shapes live in
// headings.ts; lists in lists.ts; references are found afterwards.
import type { Annex, Draft, EmbeddedKind, EmbeddedText, Heading, HeadingKind, List, Paragraph, VoteList } from '../model';
import { isWhiteSpace, LineMap, type Span } from '../text';
import { BlockCutter, blockSpans, type Block, type BlockLine } from './blocks';
import { parseMasthead } from './masthead';
import { hasMarker, isHeadingText, isSubsectionText, readAnnex, readChapter, readChapterLine, readMarker, readNumbered, readSection, type LabeledLine } from './headings';
import { ListBuilder } from './lists';
import { letterValue } from './numerals';
import { agendaFromList } from './agenda';
import { findReferences } from './scan';
import { inferImpliedNumbers } from './implied';
import { continuesCut } from './cuts';
import { introducesAgendaOtherwise } from './agendaIntroduction';
import type { ParseCache } from './cache';
import { endsEveryParagraphWithFullStop, introducedKind, isTextSeparator, kindName, readEmbeddedHeading } from './embedded';
import { endsWithFullStop } from './footnoteMarkers';
import { isAgendaLine } from './agendaLines';
import { footnoteLabelLength, isFootnoteSeparator } from './footnotes';
import { readVoteLabel } from './votes';

/** Headings under which a list is an agenda (a provisional agenda). */
export const AGENDA_HEADINGS = /^(annotated )?(provisional )?agenda$|^ordre du jour( provisoire)?( annoté)?$|^programa( provisional)?$/i;

/** The endings that introduce the adopted agenda, in lower case. */
const AGENDA_ENDINGS = ['agenda:', 'ordre du jour:', 'ordre du jour :', 'ordre du jour suivant:', 'ordre du jour suivant :', 'programa:', 'programa siguiente:'];

/** True when a paragraph's own text introduces the adopted agenda. */
export function introducesAgenda(text: string): boolean {
  return introducesAgendaAt(text, 0, text.length);
}

/**
 * `introducesAgenda` of `text.slice(start, end)`, read in place: the last 40 characters,
 * without trailing white space, end with one of `AGENDA_ENDINGS` in any case. Called for
 * every paragraph; it slices and lower-cases nothing.
 */
function introducesAgendaAt(text: string, start: number, end: number): boolean {
  const floor = Math.max(start, end - 40);
  let last = end;
  while (last > floor && isWhiteSpace(text.charCodeAt(last - 1))) last--;
  // Every form ends with a colon: most paragraphs are rejected here.
  if (last === floor || text.charCodeAt(last - 1) !== 58) return false;
  for (let e = 0; e < AGENDA_ENDINGS.length; e++) if (endsWithLower(text, floor, last, AGENDA_ENDINGS[e])) return true;
  return introducesAgendaOtherwise(text, start, last);
}

/**
 * True when `text` from `floor` to `end` ends with `word` (ASCII lower case, spaces and
 * colons; a no-break space counts as a space), in any case. Only an ASCII letter lower-cases to an ASCII letter of these
 * words (the Kelvin sign gives `k`, which none has), so comparing char codes is exact.
 */
function endsWithLower(text: string, floor: number, end: number, word: string): boolean {
  const from = end - word.length;
  if (from < floor) return false;
  for (let k = 0; k < word.length; k++) {
    const c = text.charCodeAt(from + k);
    // French puts a no-break space (or a narrow one) before the colon: `suivant :`.
    const lower = c >= 65 && c <= 90 ? c + 32 : c === 0xa0 || c === 0x202f ? 32 : c;
    if (lower !== word.charCodeAt(k)) return false;
  }
  return true;
}

interface OpenParagraph {
  paragraph: Paragraph;
  /** The paragraph's list, made at its first list line (most paragraphs have none). */
  list: ListBuilder | undefined;
  /** The last line of the paragraph seen so far (for `following:` before a column-0 list). */
  lastLine: BlockLine;
  agenda: boolean;
}

/** A quoted text being read (format.md, "Texts with their own numbering"). */
interface OpenEmbedded {
  text: EmbeddedText;
  /** The number its own next numbered paragraph would have (1 before any). */
  nextOwn: number;
  /** True when its last block ends with a full stop: a final operative paragraph (never in agreed conclusions, whose every paragraph does). */
  complete: boolean;
  /** True after a line `Provisional agenda` in it: its numbered blocks are agenda items, none final. */
  inAgenda: boolean;
}

class DraftBuilder {
  readonly draft: Draft;
  private bodyStarted = false;
  private annex = -1;
  /** True once a paragraph of the current annex has a number. */
  private annexNumbered = false;
  private expectAnnexTitle = false;
  private open: OpenParagraph | undefined;
  /** An agenda list being read (after `…agenda:` or under an "Agenda" heading). */
  private agendaList: { list: ListBuilder; span: Span; underHeading: boolean } | undefined;
  private lastChapterValue = 0;
  private lastSectionValue = 0;
  /** The last numbered paragraph: its number, index and annex (for the number the next one should have). */
  private lastNumbered = { number: 0, index: -1, annex: -1 };
  private cutter: BlockCutter | undefined;
  /** True when the block just walked ended with a heading (not an annex's): page furniture may cut its title. */
  private headingLast = false;
  /** True right after a line `Chapter II` alone in its block: the next block's first line may be its title. */
  private chapterTitleNext = false;
  /** A vote's list whose label (`In favour:`) ended its block: the next block may be its States. */
  private voteStatesNext: VoteList | undefined;
  /** The quoted text being read, if any. */
  private embedded: OpenEmbedded | undefined;
  /** True while footnotes are read: after a separator, blocks that start with a footnote's label. */
  private inFootnotes = false;
  /** A report paragraph that introduces a quoted text in the blocks after it: its index and the text's kind. */
  private introduction: { paragraph: number; kind: EmbeddedKind } | undefined;

  constructor(
    text: string,
    private readonly cache?: ParseCache,
    private readonly summaryOnly = false,
  ) {
    this.draft = {
      text,
      lineMap: new LineMap(text),
      headings: [],
      annexes: [],
      paragraphs: [],
      looseLists: [],
      documentation: [],
      references: [],
      enumerations: [],
      furniture: [],
      agendaLines: [],
      footnotes: [],
      footnoteSeparators: [],
      embeddedTexts: [],
      votes: [],
    };
  }

  build(): Draft {
    this.cache?.start(this.draft.text);
    // Blocks are cut as they are walked; the reference scan reads their spans afterwards.
    const cutter = new BlockCutter(this.draft.text, this.draft.lineMap);
    this.cutter = cutter;
    this.draft.furniture = cutter.furniture;
    let block = cutter.next();
    let firstSpan = 0;
    if (block) {
      const masthead = parseMasthead(block.lines.map((l) => ({ text: l.content, span: { start: l.start, end: l.end } })));
      if (masthead) {
        this.draft.masthead = masthead;
        cutter.runningHead = masthead.symbol?.text;
        firstSpan = cutter.spansCut;
        block = cutter.next();
      }
    }
    for (; block; block = cutter.next()) this.block(block);
    this.closeAll();
    inferImpliedNumbers(this.draft);
    findReferences(this.draft, cutter.spansFrom(firstSpan), this.summaryOnly ? undefined : this.cache, this.summaryOnly);
    this.cache?.finish();
    return this.draft;
  }

  /** The rest of a block to be read as a block of its own once the current step returns. */
  private carried: Block | undefined;

  /**
   * Reads a block, and the rest of it that a step hands on (`carry`: lines after a heading,
   * an agenda line, a separator) in a loop: a block of 100,000 one-line headings recursed
   * once per line and overflowed the stack.
   */
  private block(block: Block): void {
    // Footnotes first: a separator inside a block (pasted without a blank line) cuts it there.
    // Looked for once per block: the rest a step hands on lies before any separator.
    const separator = separatorLine(block);
    if (separator > 0) {
      this.steps({ lines: block.lines.slice(0, separator), afterFurniture: block.afterFurniture, furnitureFrom: block.furnitureFrom });
      return this.footnoteBlock({ lines: block.lines.slice(separator), afterFurniture: false, furnitureFrom: 0 });
    }
    if (separator === 0) return this.footnoteBlock(block);
    this.steps(block);
  }

  private steps(block: Block): void {
    let next: Block | undefined = block;
    while (next) {
      this.carried = undefined;
      this.blockStep(next);
      next = this.carried;
    }
    this.carried = undefined;
  }

  private carry(rest: Block): void {
    this.carried = rest;
  }

  private blockStep(block: Block): void {
    if (this.inFootnotes && footnoteLabelLength(block.lines[0].content) > 0) return this.footnoteBlock(block);
    const afterFootnotes = this.inFootnotes;
    this.inFootnotes = false;
    // A paragraph that the page's footnotes (and page furniture) cut in two goes on after them.
    if (afterFootnotes && this.open && continuesCut(this.open.lastLine.content, { ...block, afterFurniture: true }, this.nextParagraphNumber())) {
      return this.continueAfterFootnotes(this.open, block);
    }
    const first = block.lines[0];
    const afterHeading = this.headingLast;
    this.headingLast = false;
    // A heading's title cut by page furniture: the lines after it that continue it (as in `rest`).
    if (afterHeading && block.afterFurniture && first.indent < 2 && continuesTitle(first.content)) {
      this.cutter?.joinAcross(block);
      return this.continueTitle(block, 0);
    }
    const chapterTitleNext = this.chapterTitleNext;
    this.chapterTitleNext = false;
    if (chapterTitleNext && isChapterTitle(first)) return this.chapterTitle(block, 0);
    const voteStatesNext = this.voteStatesNext;
    this.voteStatesNext = undefined;
    if (voteStatesNext && isStatesBlock(block)) return this.voteStates(voteStatesNext, block);
    if (first.indent < 2 && this.bodyStarted && isAgendaLine(first.content)) return this.agendaLine(block);
    if ((this.embedded || this.introduction || this.bodyStarted) && this.embeddedBlock(block)) return;
    if (this.bodyStarted && readVoteLabel(first.content)) return this.voteBlock(block);
    if (first.indent >= 2) return this.indentedBlock(block);
    const annex = readAnnex(first.content);
    if (annex) return this.annexHeading(block, annex);
    const heading = this.readChapterOrSection(first.content);
    if (heading) return this.heading(block, heading.kind, heading.line);
    if (this.open && continuesCut(this.open.lastLine.content, block, this.nextParagraphNumber())) return this.continueCut(this.open, block);
    if (this.agendaList && this.continuesAgenda(block)) return this.addAgendaLines(block.lines);
    const numbered = readNumbered(first.content);
    if (numbered) {
      if (block.lines.length === 1 && isSubsectionText(numbered.text) && !this.cutAfter(first, numbered.value)) return this.heading(block, 'subsection', numbered);
      return this.paragraph(block, numbered);
    }
    const marker = readMarker(first.content, false);
    if (marker) return this.columnZeroList(block, marker.label, marker.length, marker.sub === true);
    this.plainBlock(block);
  }

  /**
   * Footnotes: a separator line (if the block starts with one), then a footnote per line
   * that starts with a label; other lines continue the footnote before. The open paragraph
   * stays open, since a page's footnotes may cut it.
   */
  private footnoteBlock(block: Block): void {
    this.inFootnotes = true;
    // A heading's title is not continued across footnotes (only across page furniture).
    this.headingLast = false;
    const footnotes = this.draft.footnotes;
    for (const line of block.lines) {
      if (isFootnoteSeparator(line.content)) {
        this.draft.footnoteSeparators.push({ start: line.start, end: line.end });
        continue;
      }
      const label = footnoteLabelLength(line.content);
      const last = footnotes[footnotes.length - 1];
      if (label > 0 || !last) footnotes.push({ label: line.content.slice(0, label), span: { start: line.start, end: line.end } });
      else last.span.end = line.end;
    }
  }

  /** The block continues the open paragraph that the page's footnotes cut; no furniture joins it (the footnotes stay between). */
  private continueAfterFootnotes(open: OpenParagraph, block: Block): void {
    for (const line of block.lines) this.paragraphLine(open, line);
    this.openAgendaIfIntroduced(open);
  }

  /**
   * `(Agenda item 3)` under a heading: not a paragraph, and no number in the sequence (its
   * reference is found by the scan like any other). The rest of its block is a block of its own.
   */
  private agendaLine(block: Block): void {
    const first = block.lines[0];
    this.draft.agendaLines.push({ span: { start: first.start, end: first.end }, heading: this.draft.headings.length - 1 });
    if (block.lines.length > 1) this.carry(restOf(block, 1));
  }

  /**
   * A recorded vote (format.md, "Recorded votes"): each line that starts with a label (`In
   * favour:`) starts a list, the lines after it are its States. Not a paragraph, so it holds no
   * place in the paragraph sequence. A label that ends the block takes the next block as its States.
   */
  private voteBlock(block: Block): void {
    this.closeAll();
    let list: VoteList | undefined;
    for (const line of block.lines) {
      const label = readVoteLabel(line.content);
      if (label) {
        const labelEnd = line.start + label.length;
        let states = labelEnd;
        while (states < line.end && isWhiteSpace(this.draft.text.charCodeAt(states))) states++;
        list = { kind: label.kind, labelSpan: { start: line.start, end: labelEnd }, statesSpan: { start: states, end: states < line.end ? line.end : states } };
        this.draft.votes.push(list);
      } else if (list) {
        if (list.statesSpan.start === list.statesSpan.end) list.statesSpan.start = line.start;
        list.statesSpan.end = line.end;
      }
    }
    if (list && list.statesSpan.start === list.statesSpan.end) this.voteStatesNext = list;
  }

  /** The block after a lone `In favour:`: the States of its list. */
  private voteStates(list: VoteList, block: Block): void {
    list.statesSpan = spanOf(block);
  }

  /**
   * Reads the block as part of a quoted text when it is one (its heading, its first block
   * after an introduction, or a block before its end); false when the report goes on.
   */
  private embeddedBlock(block: Block): boolean {
    const first = block.lines[0];
    const line = first.content;
    if (first.indent < 2 && isTextSeparator(line)) {
      this.closeEmbedded();
      this.introduction = undefined;
      if (block.lines.length > 1) this.carry(restOf(block, 1));
      return true;
    }
    // Right after `Annex`, `Draft resolution` is the annex's title (format.md, "Headings").
    const heading = first.indent < 2 && !this.expectAnnexTitle ? readEmbeddedHeading(line) : undefined;
    if (heading) {
      const introducer = this.introduction?.paragraph ?? this.embedded?.text.introducer ?? -1;
      this.openEmbedded(block, heading, line, introducer);
      return true;
    }
    const introduction = this.introduction;
    if (introduction && !this.embedded) {
      this.introduction = undefined;
      // A list or an indented block after `…the following decisions:` is the paragraph's own list.
      if (first.indent >= 2 || hasMarker(line, false) || this.endsEmbedded(block, 1, true)) return false;
      const titled = block.lines.length === 1 && !endsWithFullStop(line);
      this.openEmbedded(block, introduction.kind, titled ? line : kindName(introduction.kind), introduction.paragraph);
      return true;
    }
    const open = this.embedded;
    if (!open) return false;
    if (this.endsEmbedded(block, open.nextOwn, open.complete)) {
      this.closeEmbedded();
      return false;
    }
    this.addEmbedded(open, block);
    return true;
  }

  /**
   * True when the block is the report's again (format.md, "Where a quoted text ends"): an
   * annex, a chapter or section heading that continues the report's, or a paragraph with the
   * report's next number that the quoted text's own numbering does not claim (it is not the
   * text's next number, or the text's last paragraph ended with a full stop).
   */
  private endsEmbedded(block: Block, nextOwn: number, complete: boolean): boolean {
    const first = block.lines[0];
    if (first.indent >= 2) return false;
    const line = first.content;
    if (readAnnex(line)) return true;
    const c = line.charCodeAt(0);
    if (c >= 65 && c <= 90) {
      const chapter = readChapter(line);
      if (chapter && chapter.value === this.lastChapterValue + 1) return true;
      // `Chapter III` says what it is: any chapter after the current one ends the text.
      const worded = readChapterLine(line);
      if (worded && worded.value > this.lastChapterValue) return true;
      const section = readSection(line);
      if (section && section.value === this.lastSectionValue + 1) return true;
    }
    const numbered = readNumbered(line);
    if (!numbered) return false;
    const expected = this.nextParagraphNumber();
    return expected > 0 && numbered.value === expected && (numbered.value !== nextOwn || complete);
  }

  private openEmbedded(block: Block, kind: EmbeddedKind, title: string, introducer: number): void {
    this.closeAll();
    const first = block.lines[0];
    const text: EmbeddedText = { kind, title, span: { start: first.start, end: first.end }, introducer };
    this.draft.embeddedTexts.push(text);
    const open: OpenEmbedded = { text, nextOwn: 1, complete: false, inAgenda: false };
    this.embedded = open;
    this.addEmbedded(open, block);
  }

  /** A block of the quoted text: it extends it, and its number (if any) moves the text's own numbering on. */
  private addEmbedded(open: OpenEmbedded, block: Block): void {
    const first = block.lines[0];
    const last = block.lines[block.lines.length - 1];
    const numbered = first.indent < 2 ? readNumbered(first.content) : undefined;
    if (numbered) open.nextOwn = numbered.value + 1;
    if (block.lines.length === 1 && AGENDA_HEADINGS.test(first.content)) {
      // A draft decision's provisional agenda: items `1. Election of officers.` number on from 1.
      open.inAgenda = true;
      open.nextOwn = 1;
    }
    open.complete = !open.inAgenda && !endsEveryParagraphWithFullStop(open.text.kind) && endsWithFullStop(last.content);
    open.text.span.end = last.end;
  }

  private closeEmbedded(): void {
    this.embedded = undefined;
  }

  /**
   * True when the block after a one-line `N. Title` continues it across page furniture
   * (then the line is the first part of paragraph N, not a subsection heading). It must
   * continue it whether the line is paragraph N or not: the block walked next reads it so.
   */
  private cutAfter(line: BlockLine, value: number): boolean {
    const next = this.cutter?.peek();
    // The page's footnotes right after it: a paragraph's first part, not a heading.
    if (next !== undefined && isFootnoteSeparator(next.lines[0].content)) return true;
    if (next === undefined || !continuesCut(line.content, next, value + 1)) return false;
    const expected = this.nextParagraphNumber();
    return expected < 0 || continuesCut(line.content, next, expected);
  }

  /** The number the next paragraph should have in the current body or annex; -1 when none is numbered yet. */
  private nextParagraphNumber(): number {
    const last = this.lastNumbered;
    if (last.annex !== this.annex || last.index < 0) return -1;
    return last.number + this.draft.paragraphs.length - last.index;
  }

  /** The block continues the open paragraph that page furniture cut: its lines are the paragraph's. */
  private continueCut(open: OpenParagraph, block: Block): void {
    this.cutter?.joinAcross(block);
    for (const line of block.lines) this.paragraphLine(open, line);
    this.openAgendaIfIntroduced(open);
  }

  /**
   * A column-0 block belongs to an open agenda when every line is an item: the
   * first block after `…agenda:`, or, under an "Agenda" heading (where no
   * paragraphs come between items), a one-line item that continues the numbering.
   */
  private continuesAgenda(block: Block): boolean {
    const agenda = this.agendaList;
    if (!agenda || !block.lines.every((l) => hasMarker(l.content, true))) return false;
    // `1. The Working Group will consider the following provisional agenda:` is a paragraph that opens it.
    if (introducesAgenda(block.lines[0].content)) return false;
    if (agenda.list.isEmpty) return true;
    if (!agenda.underHeading) return false;
    const marker = readMarker(block.lines[0].content, true);
    return block.lines.length === 1 && block.lines[0].content.length <= 250 && marker !== undefined && (!marker.numeric || Number(marker.label) === agenda.list.lastNumber + 1);
  }

  private indentedBlock(block: Block): void {
    if (this.agendaList) return this.addAgendaLines(block.lines);
    if (this.open) {
      for (const line of block.lines) this.addListLine(this.open, line);
      return;
    }
    if (!this.bodyStarted) return this.titleBlock(block);
    const list = new ListBuilder(false);
    for (const line of block.lines) list.add(line);
    this.draft.looseLists.push(list.build(spanOf(block), false));
  }

  private readChapterOrSection(line: string): { kind: HeadingKind; line: LabeledLine } | undefined {
    // Chapter numerals and section letters are capitals: most lines are rejected here.
    const c = line.charCodeAt(0);
    if (c < 65 || c > 90) return undefined;
    const worded = readChapterLine(line);
    if (worded) return { kind: 'chapter', line: worded };
    const chapter = readChapter(line);
    const section = readSection(line);
    if (chapter && section) {
      // `I.`, `V.`, `C.`… are read as whatever they continue (like `(i)` after `(h)` in lists);
      // a numeral one chapter ahead is a chapter with the one between missing (`V.` after `III.`:
      // chapter IV is missing, one defect, not a section V that also upsets the sections and
      // chapters after it). Otherwise `I.` is a chapter and the other letters are sections.
      if (section.value === this.lastSectionValue + 1 && this.lastSectionValue > 0) return { kind: 'section', line: section };
      if (chapter.value === this.lastChapterValue + 1 || section.label === 'I') return { kind: 'chapter', line: chapter };
      if (chapter.value === this.lastChapterValue + 2 && this.lastChapterValue > 0) return { kind: 'chapter', line: chapter };
      return { kind: 'section', line: section };
    }
    if (chapter) return { kind: 'chapter', line: chapter };
    if (section) return { kind: 'section', line: section };
    return undefined;
  }

  private heading(block: Block, kind: HeadingKind, line: LabeledLine): void {
    this.closeAll();
    const first = block.lines[0];
    const heading: Heading = {
      kind,
      label: line.label,
      value: line.value,
      title: line.text,
      span: { start: first.start, end: first.end },
      labelSpan: { start: first.start, end: first.start + (line.labelEnd ?? line.label.length) },
      annex: this.annex,
    };
    this.draft.headings.push(heading);
    this.bodyStarted = true;
    this.expectAnnexTitle = false;
    if (kind === 'chapter') {
      this.lastChapterValue = line.value;
      this.lastSectionValue = 0;
    } else if (kind === 'section') {
      this.lastSectionValue = line.value;
    }
    if (AGENDA_HEADINGS.test(line.text.trim())) this.agendaList = { list: new ListBuilder(true), span: { start: first.end, end: first.end }, underHeading: true };
    if (line.labelEnd !== undefined) return this.titleBelow(block);
    this.rest(block);
  }

  /**
   * `Chapter II` with its title on the line below (format.md, "Headings"): the next line of its
   * block, or the first line of the next block when it is alone in its own, unless that line
   * is something else (a section heading, a paragraph, a line with a final full stop).
   */
  private titleBelow(block: Block): void {
    if (block.lines.length === 1) {
      this.chapterTitleNext = true;
      return;
    }
    if (isChapterTitle(block.lines[1])) return this.chapterTitle(block, 1);
    this.rest(block);
  }

  /** Line `at` of the block is the title of the `Chapter II` heading above it; lines after it that start in lower case continue it. */
  private chapterTitle(block: Block, at: number): void {
    const heading = this.draft.headings[this.draft.headings.length - 1];
    const line = block.lines[at];
    heading.title = line.content;
    heading.span.end = line.end;
    this.continueTitle(block, at + 1);
  }

  private annexHeading(block: Block, annex: { label: string; value: number }): void {
    this.closeAll();
    const first = block.lines[0];
    const heading: Heading = {
      kind: 'annex',
      label: annex.label,
      value: annex.value,
      title: first.content,
      span: { start: first.start, end: first.end },
      labelSpan: { start: first.start, end: first.end },
      annex: this.draft.annexes.length,
    };
    this.draft.headings.push(heading);
    this.annex = this.draft.annexes.length;
    this.draft.annexes.push({ heading, firstParagraph: this.draft.paragraphs.length });
    this.annexNumbered = false;
    this.bodyStarted = true;
    this.lastChapterValue = 0;
    this.lastSectionValue = 0;
    this.expectAnnexTitle = true;
    this.rest(block);
  }

  /**
   * A heading is one line, unless the lines after it start in lower case (a wrapped
   * heading); whatever else follows it in the same block is read as a block of its own.
   */
  private rest(block: Block): void {
    this.continueTitle(block, 1);
  }

  /** The block's lines from `from` that start in lower case continue the last heading's title; the others are a block of their own. */
  private continueTitle(block: Block, from: number): void {
    const heading = this.draft.headings[this.draft.headings.length - 1];
    let next = from;
    while (next < block.lines.length && continuesTitle(block.lines[next].content)) {
      heading.title = heading.title ? `${heading.title} ${block.lines[next].content}` : block.lines[next].content;
      heading.span.end = block.lines[next].end;
      next++;
    }
    if (next < block.lines.length) this.carry(restOf(block, next));
    else this.headingLast = heading.kind !== 'annex';
  }

  private paragraph(block: Block, numbered: LabeledLine | undefined): void {
    this.closeAll();
    this.bodyStarted = true;
    this.expectAnnexTitle = false;
    const first = block.lines[0];
    const numberedSoFar = this.annex >= 0 ? this.annexNumbered : true;
    if (numbered) this.annexNumbered = true;
    // One literal per case, with `number` and `numberSpan` last (the order they always had):
    // adding them afterwards changed the object's shape once per paragraph.
    const paragraph: Paragraph = numbered
      ? {
          span: { start: first.start, end: first.end },
          textSpan: { start: first.start + numbered.textStart, end: first.end },
          lists: [],
          annex: this.annex,
          heading: this.draft.headings.length - 1,
          exempt: false,
          number: numbered.value,
          numberSpan: { start: first.start, end: first.start + numbered.label.length },
        }
      : {
          span: { start: first.start, end: first.end },
          textSpan: { start: first.start, end: first.end },
          lists: [],
          annex: this.annex,
          heading: this.draft.headings.length - 1,
          exempt: !numberedSoFar,
        };
    this.draft.paragraphs.push(paragraph);
    if (numbered) this.lastNumbered = { number: numbered.value, index: this.draft.paragraphs.length - 1, annex: this.annex };
    this.open = { paragraph, list: undefined, lastLine: first, agenda: false };
    for (let i = 1; i < block.lines.length; i++) this.paragraphLine(this.open, block.lines[i]);
    this.openAgendaIfIntroduced(this.open);
    this.noteIntroduction(this.open);
  }

  /** A paragraph that ends `…the adoption of the following draft resolution:` introduces the blocks after it. */
  private noteIntroduction(open: OpenParagraph): void {
    if (open.agenda || !listEmpty(open)) return;
    const kind = introducedKind(this.draft.text, open.paragraph.textSpan.start, open.paragraph.textSpan.end);
    if (kind) this.introduction = { paragraph: this.draft.paragraphs.length - 1, kind };
  }

  /** `…adopted the following agenda:` with the items in blocks of their own. */
  private openAgendaIfIntroduced(open: OpenParagraph): void {
    const paragraph = open.paragraph;
    if (!open.agenda && listEmpty(open) && introducesAgendaAt(this.draft.text, paragraph.textSpan.start, paragraph.textSpan.end)) {
      open.agenda = true;
      this.agendaList = { list: new ListBuilder(true), span: { start: paragraph.span.end, end: paragraph.span.end }, underHeading: false };
    }
  }

  private introducesAgenda(paragraph: Paragraph): boolean {
    return introducesAgendaAt(this.draft.text, paragraph.textSpan.start, paragraph.textSpan.end);
  }

  /** A continuation line of a paragraph's block: wrapped text, or a list line. */
  private paragraphLine(open: OpenParagraph, line: BlockLine): void {
    const listStarted = !listEmpty(open) || open.agenda;
    const previous = open.lastLine.content;
    const previousEnds = previous.charCodeAt(previous.length - 1);
    const agendaNext = open.agenda || (!listStarted && previousEnds === 58 && this.introducesAgenda(open.paragraph));
    const marker = hasMarker(line.content, agendaNext);
    // After `:` or `;`.
    const isList = listStarted || line.indent >= 2 ? marker || listStarted : marker && (previousEnds === 58 || previousEnds === 59);
    if (isList) return this.addListLine(open, line);
    open.paragraph.span.end = line.end;
    open.paragraph.textSpan.end = line.end;
    open.lastLine = line;
  }

  private addListLine(open: OpenParagraph, line: BlockLine): void {
    if (listEmpty(open) && !open.agenda && this.introducesAgenda(open.paragraph)) {
      open.agenda = true;
      this.agendaList = { list: new ListBuilder(true), span: { start: line.start, end: line.end }, underHeading: false };
    }
    if (open.agenda && this.agendaList) {
      this.agendaList.list.add(line);
      this.agendaList.span.end = line.end;
    } else {
      (open.list ??= new ListBuilder(false)).add(line);
    }
    open.paragraph.span.end = line.end;
    open.lastLine = line;
  }

  private addAgendaLines(lines: BlockLine[]): void {
    const agenda = this.agendaList;
    if (!agenda) return;
    for (const line of lines) {
      if (agenda.list.isEmpty) agenda.span.start = line.start;
      agenda.list.add(line);
      agenda.span.end = line.end;
    }
    if (this.open?.agenda) this.open.paragraph.span.end = agenda.span.end;
  }

  /** A block at column 0 that starts with a list marker; `sub` for `23.1`, an item of paragraph 23 (never a subheading). */
  private columnZeroList(block: Block, label: string, markerLength: number, sub: boolean): void {
    const first = block.lines[0];
    const text = first.content.slice(markerLength);
    const lastCode = this.open?.lastLine.content.charCodeAt(this.open.lastLine.content.length - 1);
    const introduced = lastCode === 58 || lastCode === 59;
    if (!sub && block.lines.length === 1 && isSubsectionText(text) && !introduced) {
      this.heading(block, 'subheading', { label, value: letterValue(label), textStart: markerLength, text });
      return;
    }
    if (this.open) {
      for (const line of block.lines) this.addListLine(this.open, line);
      return;
    }
    this.indentedBlockAsLoose(block);
  }

  private indentedBlockAsLoose(block: Block): void {
    const list = new ListBuilder(false);
    for (const line of block.lines) list.add(line);
    this.draft.looseLists.push(list.build(spanOf(block), false));
  }

  private plainBlock(block: Block): void {
    const first = block.lines[0];
    const last = block.lines[block.lines.length - 1];
    if (this.expectAnnexTitle && !last.content.endsWith('.')) {
      const annex = this.draft.annexes[this.annex];
      annex.title = { text: block.lines.map((l) => l.content).join(' '), span: { start: first.start, end: last.end } };
      this.expectAnnexTitle = false;
      return;
    }
    if (!this.bodyStarted) return this.titleBlock(block);
    this.paragraph(block, undefined);
  }

  private titleBlock(block: Block): void {
    if (this.draft.title) return;
    const first = block.lines[0];
    const last = block.lines[block.lines.length - 1];
    this.draft.title = { text: block.lines.map((l) => l.content).join(' '), span: { start: first.start, end: last.end } };
  }

  /** Ends the open agenda (first, since it may belong to the open paragraph) and the open paragraph. */
  private closeAll(): void {
    this.closeAgenda();
    this.closeParagraph();
    this.closeEmbedded();
    this.introduction = undefined;
  }

  private closeParagraph(): void {
    const open = this.open;
    if (!open) return;
    if (open.list && !open.list.isEmpty) open.paragraph.lists.push(open.list.build({ start: open.lastLine.start, end: open.paragraph.span.end }, false));
    this.open = undefined;
  }

  private closeAgenda(): void {
    const agenda = this.agendaList;
    if (!agenda) return;
    this.agendaList = undefined;
    if (agenda.list.isEmpty) return;
    const list: List = agenda.list.build(agenda.span, true);
    const owner = this.open?.agenda ? this.open.paragraph : undefined;
    if (owner) owner.lists.push(list);
    else this.draft.looseLists.push(list);
    if (!this.draft.agenda) this.draft.agenda = agendaFromList(this.draft.text, list);
  }
}

/**
 * A line that can be the title under `Chapter II`: at column 0, a heading's text (no final full
 * stop, not in lower case) and not a heading, numbered paragraph, list item or quoted text's heading of its own.
 */
function isChapterTitle(line: BlockLine): boolean {
  const text = line.content;
  if (line.indent >= 2 || !isHeadingText(text) || readNumbered(text) || hasMarker(text, false) || isAgendaLine(text) || isTextSeparator(text)) return false;
  return !readAnnex(text) && !readChapterLine(text) && !readChapter(text) && !readSection(text) && !readEmbeddedHeading(text);
}

/**
 * A block that can be the States under a lone `In favour:`: its last line ends with a full stop
 * (`Israel and United States of America.`, `None.`) and its first is not a numbered paragraph,
 * a heading or another vote's label.
 */
function isStatesBlock(block: Block): boolean {
  const first = block.lines[0].content;
  if (!endsWithFullStop(block.lines[block.lines.length - 1].content) || readNumbered(first) || readVoteLabel(first)) return false;
  return !readAnnex(first) && !readChapterLine(first) && !readChapter(first) && !readSection(first);
}

/** A line that continues a heading's wrapped title: it starts with a small (ASCII) letter. */
function continuesTitle(line: string): boolean {
  const c = line.charCodeAt(0);
  return c >= 97 && c <= 122;
}

/** The index of the block's first footnote separator line, or -1. Only lines that start with `_`, `-`, `–` or `—` are read. */
function separatorLine(block: Block): number {
  for (let k = 0; k < block.lines.length; k++) {
    const c = block.lines[k].content.charCodeAt(0);
    if ((c === 95 || c === 45 || c === 0x2013 || c === 0x2014) && isFootnoteSeparator(block.lines[k].content)) return k;
  }
  return -1;
}

/**
 * The block's lines from `from` on, as a block of their own. The block is done with, so its
 * array is shortened in place: `shift` drops a first element without copying the rest (V8
 * moves the array's start), where `slice` copied the rest for every line handed on, which
 * was quadratic for a block of one-line headings.
 */
function restOf(block: Block, from: number): Block {
  const lines = block.lines;
  for (let k = 0; k < from; k++) lines.shift();
  return { lines, afterFurniture: false, furnitureFrom: 0 };
}

function listEmpty(open: OpenParagraph): boolean {
  return open.list === undefined || open.list.isEmpty;
}

function spanOf(block: Block): Span {
  return { start: block.lines[0].start, end: block.lines[block.lines.length - 1].end };
}

export { blockSpans };

export interface ParseOptions {
  /** Results of the previous parse of the same document, reused for unchanged blocks (ARCHITECTURE.md, "Performance"). */
  cache?: ParseCache;
  /**
   * Only what `summarizeDraft` reads: no enumerations of names and no date
   * references (the workspace index and the command line's first pass; about a
   * fifth less work). Ignores `cache`.
   */
  summaryOnly?: boolean;
}

/** Parses a draft. Never throws: any text gives a model; with a cache, the same model. */
export function parseDraft(text: string, options: ParseOptions = {}): Draft {
  return new DraftBuilder(text, options.cache, options.summaryOnly).build();
}

export type { Annex };
