// The block walker: decides what each block of a draft is (format.md,
// "Blocks") and assembles the model. Recognizers for line shapes live in
// headings.ts; lists in lists.ts; references are found afterwards.
import type { Annex, Draft, Heading, HeadingKind, List, Paragraph } from '../model';
import { isWhiteSpace, LineMap, type Span } from '../text';
import { BlockCutter, blockSpans, type Block, type BlockLine } from './blocks';
import { parseMasthead } from './masthead';
import { hasMarker, isSubsectionText, readAnnex, readChapter, readMarker, readNumbered, readSection, type LabeledLine } from './headings';
import { ListBuilder } from './lists';
import { letterValue } from './numerals';
import { agendaFromList } from './agenda';
import { findReferences } from './scan';
import { inferImpliedNumbers } from './implied';
import type { ParseCache } from './cache';

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
  return false;
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
    };
  }

  build(): Draft {
    this.cache?.start(this.draft.text);
    // Blocks are cut as they are walked; the reference scan reads their spans afterwards.
    const cutter = new BlockCutter(this.draft.text, this.draft.lineMap);
    this.draft.furniture = cutter.furniture;
    let block = cutter.next();
    let firstSpan = 0;
    if (block) {
      const masthead = parseMasthead(block.lines.map((l) => ({ text: l.content, span: { start: l.start, end: l.end } })));
      if (masthead) {
        this.draft.masthead = masthead;
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

  private block(block: Block): void {
    const first = block.lines[0];
    if (first.indent >= 2) return this.indentedBlock(block);
    // Footnotes (format.md, "Footnotes"): a separator line, then the notes; not paragraphs.
    if (first.content.charCodeAt(0) === 95 && isNoteSeparator(first.content)) return;
    const annex = readAnnex(first.content);
    if (annex) return this.annexHeading(block, annex);
    const heading = this.readChapterOrSection(first.content);
    if (heading) return this.heading(block, heading.kind, heading.line);
    if (this.agendaList && this.continuesAgenda(block)) return this.addAgendaLines(block.lines);
    const numbered = readNumbered(first.content);
    if (numbered) {
      if (block.lines.length === 1 && isSubsectionText(numbered.text)) return this.heading(block, 'subsection', numbered);
      return this.paragraph(block, numbered);
    }
    const marker = readMarker(first.content, false);
    if (marker) return this.columnZeroList(block, marker.label, marker.length);
    this.plainBlock(block);
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
    const chapter = readChapter(line);
    const section = readSection(line);
    if (chapter && section) {
      // `I.`, `V.`, `C.`… are read as whatever they continue (like `(i)` after `(h)` in lists);
      // otherwise `I.` is a chapter and the other letters are sections.
      if (section.value === this.lastSectionValue + 1 && this.lastSectionValue > 0) return { kind: 'section', line: section };
      if (chapter.value === this.lastChapterValue + 1 || section.label === 'I') return { kind: 'chapter', line: chapter };
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
      labelSpan: { start: first.start, end: first.start + line.label.length },
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
    this.rest(block);
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
    const heading = this.draft.headings[this.draft.headings.length - 1];
    let next = 1;
    while (next < block.lines.length && /^[a-z]/.test(block.lines[next].content)) {
      heading.title += ` ${block.lines[next].content}`;
      heading.span.end = block.lines[next].end;
      next++;
    }
    if (next < block.lines.length) this.block({ lines: block.lines.slice(next), afterFurniture: false });
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
    this.open = { paragraph, list: undefined, lastLine: first, agenda: false };
    for (let i = 1; i < block.lines.length; i++) this.paragraphLine(this.open, block.lines[i]);
    // `…adopted the following agenda:` with the items in blocks of their own.
    if (!this.open.agenda && listEmpty(this.open) && introducesAgendaAt(this.draft.text, paragraph.textSpan.start, paragraph.textSpan.end)) {
      this.open.agenda = true;
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

  private columnZeroList(block: Block, label: string, markerLength: number): void {
    const first = block.lines[0];
    const text = first.content.slice(markerLength);
    const lastCode = this.open?.lastLine.content.charCodeAt(this.open.lastLine.content.length - 1);
    const introduced = lastCode === 58 || lastCode === 59;
    if (block.lines.length === 1 && isSubsectionText(text) && !introduced) {
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
    const startsLower = first.content.charAt(0) !== first.content.charAt(0).toUpperCase();
    if (block.afterFurniture && startsLower && this.open) {
      for (const line of block.lines) this.paragraphLine(this.open, line);
      return;
    }
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

/** A line of five or more underscores and nothing else: the rule above a page's footnotes. */
export function isNoteSeparator(line: string): boolean {
  if (line.length < 5) return false;
  for (let i = 0; i < line.length; i++) if (line.charCodeAt(i) !== 95) return false;
  return true;
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
