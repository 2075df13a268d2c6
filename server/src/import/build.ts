// Builds the document model from a reader's paragraphs (source.ts): the masthead lines first,
// then the title, then headings, numbered paragraphs, list and agenda items and footnotes, each
// read from its text the way docs/format.md reads a draft, with the source's hints where it has
// them (a Word heading style, a list level). Pure: no I/O.
import type { Block, HeadingLevel, Masthead, Note, ReportDocument } from '../document/model';
import { keptLines, oneLine } from '../document/render';
import { AGENDA_HEADINGS, introducesAgenda } from '../core/parse/draft';
import { isSubsectionText, readAnnex, readChapter, readMarker, readNumbered, readSection } from '../core/parse/headings';
import { classifyMastheadLine, readsAsDate } from '../core/parse/masthead';
import { letterValue, romanValue } from '../core/parse/numerals';
import type { BuildOptions, SourceParagraph } from './source';
import { readMastheadExtras } from './masthead';

type ListKind = 'number' | 'letter' | 'roman';

/** The kind of a list marker's label, `(i)` read as a letter only right after `(h)` (and so on). */
function markerKind(label: string, numeric: boolean, stack: ListFrame[]): ListKind {
  if (numeric) return 'number';
  const letter = letterValue(label);
  if (romanValue(label) === 0) return 'letter';
  if (letter === 0) return 'roman';
  // `(c)`, `(i)`, `(v)`: what they continue at the deepest level; else `(i)` and the longer
  // numerals (`(ii)`) start Roman numerals and the other single letters are letters.
  const top = stack[stack.length - 1];
  if (top?.kind === 'letter' && top.last + 1 === letter) return 'letter';
  if (top?.kind === 'roman' && top.last + 1 === romanValue(label)) return 'roman';
  return label.length === 1 && label !== 'i' ? 'letter' : 'roman';
}

interface ListFrame {
  kind: ListKind;
  last: number;
}

function valueOf(label: string, kind: ListKind): number {
  if (kind === 'number') return Number(label);
  return kind === 'letter' ? letterValue(label) : romanValue(label);
}

/** Ends a sentence or a clause: what a paragraph cut by a page break does not end with. */
function endsClause(text: string): boolean {
  let end = text.length;
  while (end > 0 && '"”’)]*¹²³⁴⁵⁶⁷⁸⁹⁰'.includes(text[end - 1])) end--;
  return end > 0 && '.:;!?'.includes(text[end - 1]);
}

function startsLower(text: string): boolean {
  const first = text.charAt(0);
  return first !== first.toUpperCase() && first === first.toLowerCase();
}

class DocumentBuilder {
  private readonly blocks: Block[] = [];
  private readonly masthead: Masthead = {};
  private bodyStarted = false;
  private lastChapter = 0;
  private lastSection = 0;
  private expectAnnexTitle = false;
  /** The adopted agenda is open: numbered items are agenda items. */
  private agendaOpen = false;
  /** The agenda items' level: 1 under the paragraph that adopts them, 0 (column 0) under an `Agenda` heading. */
  private agendaBase = 1;
  private lastAgendaNumber = 0;
  /** Whether the agenda's items are indented (a paragraph after the agenda is not). */
  private agendaIndented = false;
  private stack: ListFrame[] = [];
  private pendingNotes: Note[] = [];

  constructor(
    private readonly paragraphs: SourceParagraph[],
    private readonly options: BuildOptions,
  ) {}

  build(): ReportDocument {
    let i = this.readMasthead();
    for (; i < this.paragraphs.length; i++) this.paragraph(this.paragraphs[i], i);
    this.flushNotes();
    return { masthead: this.masthead, blocks: this.blocks, remarks: [] };
  }

  /** Reads the masthead's lines from the first paragraphs; returns the index of the first one after it. */
  private readMasthead(): number {
    let i = 0;
    for (; i < this.paragraphs.length && i < 16; i++) {
      const source = this.paragraphs[i];
      const text = oneLine(source.text);
      if (text === '') continue;
      if (!this.mastheadLine(text, source.masthead === true)) break;
    }
    return i;
  }

  private mastheadLine(text: string, inTable: boolean): boolean {
    const masthead = this.masthead;
    const kind = classifyMastheadLine(text);
    if (kind === 'symbol' && !masthead.symbol) masthead.symbol = text;
    else if (kind === 'distribution' && !masthead.distribution) {
      // `Distr.: General 28 September 2020`: a PDF's line can hold the date too.
      const split = splitDistribution(text);
      masthead.distribution = split.distribution;
      if (split.date && !masthead.date) masthead.date = split.date;
    } else if (kind === 'date' && !masthead.date) masthead.date = text;
    else if (kind === 'original' && !masthead.original) masthead.original = text;
    else if (kind === 'language' && !masthead.language) masthead.language = text;
    else {
      const extra = readMastheadExtras(text);
      if (extra.symbol && !masthead.symbol) masthead.symbol = extra.symbol;
      // The emblem's words and the organ's name are the page's masthead, not the draft's.
      return extra.known || (inTable && kind === 'other');
    }
    return true;
  }

  private paragraph(source: SourceParagraph, index: number): void {
    const text = oneLine(source.text);
    if (text === '') return;
    if (this.annexOrHeading(source, text, index)) return;
    if (this.agendaOpen && this.agendaItem(text, index, source.depth ?? 0)) return;
    this.agendaOpen = false;
    const numbered = readNumbered(text);
    if (numbered && numbered.text !== '') {
      this.startBlock({ kind: 'paragraph', number: numbered.label, text: numbered.text }, source);
      this.stack = [];
      this.agendaOpen = introducesAgenda(numbered.text);
      this.agendaBase = 1;
      this.lastAgendaNumber = 0;
      return;
    }
    const marker = readMarker(text, false);
    if (marker && this.subheading(text, marker.length, source)) return;
    const listOpen = this.listOpen();
    if (marker && (listOpen || (source.depth ?? 0) > 0 || this.bodyStarted)) {
      const kind = markerKind(marker.label, false, this.stack);
      const level = this.enterLevel(kind, valueOf(marker.label, kind));
      this.startBlock({ kind: 'item', level, marker: text.slice(0, marker.length).trim(), text: text.slice(marker.length) }, source);
      return;
    }
    this.plainText(source, text);
  }

  /**
   * `(a) Opening of the meeting` alone, without final punctuation, not in a list (after an item,
   * or after a paragraph ending `:` or `;`): a lettered subheading (format.md, "Headings").
   */
  private subheading(text: string, markerLength: number, source: SourceParagraph): boolean {
    const title = text.slice(markerLength);
    const last = this.blocks[this.blocks.length - 1];
    if (!this.bodyStarted || (source.depth ?? 0) > 0 || !isTitleText(title) || last?.kind === 'item') return false;
    if (last?.kind === 'paragraph' && /[:;]$/.test(last.text)) return false;
    this.heading({ kind: 'heading', level: 'subheading', label: text.slice(0, markerLength).trim(), text: title }, source);
    return true;
  }

  private plainText(source: SourceParagraph, text: string): void {
    const last = this.blocks[this.blocks.length - 1];
    if (source.bullet && this.bodyStarted && this.listOpen()) {
      this.startBlock({ kind: 'item', level: Math.min(Math.max(1, source.depth ?? 1), 6), marker: undefined, text }, source);
      return;
    }
    // A title or an unnumbered block keeps the lines a Word paragraph breaks it into (`Draft decision` above its title).
    if (!this.bodyStarted) {
      this.startBlock({ kind: 'title', text: keptLines(source.text) }, source);
      return;
    }
    // The annex's title in a paragraph of its own: on the line after `Annex I` in layout text; a
    // Word paragraph is a block of its own (the title was apart, as the author wrote it).
    if (this.options.layoutText && this.expectAnnexTitle && last?.kind === 'heading' && last.level === 'annex' && !last.text && !text.endsWith('.')) {
      last.text = text;
      this.expectAnnexTitle = false;
      return;
    }
    const joinable = last && (last.kind === 'paragraph' || last.kind === 'item' || last.kind === 'agenda-item');
    const cut = source.afterPageBreak === true && joinable && !endsClause(last.text);
    const wrapped = this.options.layoutText === true && joinable && startsLower(text);
    if (joinable && (cut || wrapped || (source.afterPageBreak === true && startsLower(text)))) {
      last.text = joinWrapped(last.text, text);
      this.takeNotes(source);
      return;
    }
    this.startBlock({ kind: 'paragraph', number: undefined, text: keptLines(source.text) }, source);
    this.stack = [];
  }

  /** An item of the open agenda (`1. Title.`, `(a) Title;`), or false when the paragraph ends it. */
  private agendaItem(text: string, index: number, depth: number): boolean {
    const marker = readMarker(text, true);
    if (!marker) return this.lostAgendaNumber(text, index);
    const kind = markerKind(marker.label, marker.numeric, this.stack);
    if (kind === 'number') {
      // `6. At its 2nd meeting…` after the agenda is the next paragraph, not item 6: it is not
      // indented as the items are, or does not continue them.
      if (this.lastAgendaNumber === 0) this.agendaIndented = depth > 0;
      else if (this.agendaIndented !== depth > 0 || (!this.agendaIndented && Number(marker.label) !== this.lastAgendaNumber + 1)) return false;
      this.lastAgendaNumber = Number(marker.label);
    }
    const level = this.agendaBase + (kind === 'number' ? 0 : 1);
    this.blocks.push({ kind: 'agenda-item', level, marker: text.slice(0, marker.length).trim(), text: text.slice(marker.length) });
    this.stack = kind === 'number' ? [{ kind, last: this.lastAgendaNumber }] : this.stack;
    return true;
  }

  /** Pasted text: an unmarked line between agenda items N - 1 and N + 1 lost its hanging number N. */
  private lostAgendaNumber(text: string, index: number): boolean {
    if (!this.options.layoutText || this.lastAgendaNumber === 0) return false;
    const next = this.nextText(index);
    const nextMarker = next === undefined ? undefined : readMarker(next, true);
    if (!nextMarker?.numeric || Number(nextMarker.label) !== this.lastAgendaNumber + 2) return false;
    this.lastAgendaNumber++;
    this.blocks.push({ kind: 'agenda-item', level: this.agendaBase, marker: `${this.lastAgendaNumber}.`, text });
    return true;
  }

  /** Layout text: the next paragraph comes after a page break and continues this one (no number, marker or heading). */
  private continuedAfterBreak(index: number): boolean {
    if (!this.options.layoutText) return false;
    const next = this.paragraphs[index + 1];
    if (!next?.afterPageBreak) return false;
    const text = oneLine(next.text);
    return readNumbered(text) === undefined && readMarker(text, true) === undefined && !readAnnex(text) && !readChapter(text) && !readSection(text);
  }

  private nextText(index: number): string | undefined {
    for (let j = index + 1; j < this.paragraphs.length; j++) {
      const text = oneLine(this.paragraphs[j].text);
      if (text !== '') return text;
    }
    return undefined;
  }

  private annexOrHeading(source: SourceParagraph, text: string, index: number): boolean {
    // `Annex I` and its title in one Word paragraph, on two lines.
    const lines = source.text.includes('\n') ? keptLines(source.text).split('\n') : [text];
    const annex = readAnnex(lines[0]);
    if (annex) {
      this.heading({ kind: 'heading', level: 'annex', label: lines[0], text: lines.slice(1).join(' ') }, source);
      this.expectAnnexTitle = true;
      this.lastChapter = 0;
      this.lastSection = 0;
      return true;
    }
    const heading = this.readHeading(text, source.heading, index);
    if (!heading) return false;
    this.heading(heading, source);
    return true;
  }

  private readHeading(text: string, stated: HeadingLevel | undefined, index: number): Extract<Block, { kind: 'heading' }> | undefined {
    const chapter = readChapter(text);
    const section = readSection(text);
    let level: HeadingLevel | undefined;
    if (chapter && section) {
      // As the parser reads them: `I.`, `V.`, `C.` continue whatever they can continue.
      if (stated === 'chapter' || stated === 'section') level = stated;
      else if (section.value === this.lastSection + 1 && this.lastSection > 0) level = 'section';
      else level = chapter.value === this.lastChapter + 1 || section.label === 'I' ? 'chapter' : 'section';
    } else if (chapter) level = 'chapter';
    else if (section) level = 'section';
    if (level === 'chapter' && chapter) {
      this.lastChapter = chapter.value;
      this.lastSection = 0;
      return { kind: 'heading', level, label: chapter.label, text: chapter.text };
    }
    if (level === 'section' && section) {
      this.lastSection = section.value;
      return { kind: 'heading', level, label: section.label, text: section.text };
    }
    const numbered = readNumbered(text);
    // `1. General discussion`: one short line without final punctuation, or a heading style.
    if (numbered && (stated !== undefined || (isTitleText(numbered.text) && !this.agendaOpen && !this.continuedAfterBreak(index)))) {
      return { kind: 'heading', level: 'subsection', label: numbered.label, text: numbered.text };
    }
    return undefined;
  }

  private heading(block: Block, source: SourceParagraph): void {
    this.startBlock(block, source);
    this.bodyStarted = true;
    // `Provisional agenda`: the items follow the heading, at column 0 (format.md, "The agenda").
    this.agendaOpen = block.kind === 'heading' && AGENDA_HEADINGS.test(block.text.trim());
    this.agendaBase = 0;
    this.lastAgendaNumber = 0;
    this.expectAnnexTitle = false;
    this.stack = [];
  }

  private listOpen(): boolean {
    const last = this.blocks[this.blocks.length - 1];
    return last !== undefined && (last.kind === 'item' || (last.kind === 'paragraph' && last.text.length > 0));
  }

  /** The level of a marker of `kind`: back to the level that has that kind, or one deeper. */
  private enterLevel(kind: ListKind, value: number): number {
    let at = this.stack.length - 1;
    while (at >= 0 && this.stack[at].kind !== kind) at--;
    if (at >= 0) this.stack.length = at + 1;
    else this.stack.push({ kind, last: 0 });
    this.stack[this.stack.length - 1].last = value;
    return Math.min(this.stack.length, 6);
  }

  private startBlock(block: Block, source: SourceParagraph): void {
    const listed = block.kind === 'item' || block.kind === 'agenda-item';
    if (!listed) this.flushNotes();
    if (block.kind === 'paragraph' && block.number !== undefined) this.bodyStarted = true;
    if (block.kind === 'paragraph' && this.bodyStarted) this.expectAnnexTitle = false;
    this.blocks.push(block);
    this.takeNotes(source);
  }

  private takeNotes(source: SourceParagraph): void {
    if (source.notes) for (const note of source.notes) this.pendingNotes.push(note);
  }

  private flushNotes(): void {
    if (this.pendingNotes.length === 0) return;
    this.blocks.push({ kind: 'notes', notes: this.pendingNotes });
    this.pendingNotes = [];
  }
}

/** Joins a wrapped line to the text before it: `multi-` + `stakeholder` keeps its hyphen and no space. */
export function joinWrapped(before: string, after: string): string {
  const hyphen = before.endsWith('-') && before.length > 1 && /\p{L}/u.test(before[before.length - 2]) && /^\p{Ll}/u.test(after);
  return hyphen ? before + after : `${before} ${after}`;
}

/** Words a title does not end with, but a line cut in the middle of a sentence may. */
const OPEN_ENDINGS = new Set(['a', 'an', 'and', 'at', 'by', 'for', 'from', 'in', 'of', 'on', 'or', 'the', 'to', 'with', 'de', 'des', 'du', 'et', 'la', 'le', 'les', 'del', 'el', 'en', 'los', 'las', 'y']);

/** A subsection's title: a heading's text without final punctuation, not ending in `of` or `the`. */
export function isTitleText(text: string): boolean {
  if (!isSubsectionText(text)) return false;
  const lastSpace = text.lastIndexOf(' ');
  return !OPEN_ENDINGS.has(text.slice(lastSpace + 1));
}

/** `Distr.: General 28 September 2020` → the distribution and the date. */
export function splitDistribution(text: string): { distribution: string; date?: string } {
  const match = /\s(\d{1,2}(?:er)?\s)/.exec(text);
  if (!match) return { distribution: text };
  const date = text.slice(match.index + 1).trim();
  return readsAsDate(date) ? { distribution: text.slice(0, match.index).trim(), date } : { distribution: text };
}

/** The document model of a reader's paragraphs. */
export function buildDocument(paragraphs: SourceParagraph[], options: BuildOptions = {}): ReportDocument {
  return new DocumentBuilder(paragraphs, options).build();
}
