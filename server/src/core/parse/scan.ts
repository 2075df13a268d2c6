// The second pass: references in every block of the body, then what is built
// on them (the documentation list, enumerations of names).
import type { Draft, List, ListItem, Reference, SymbolReference } from '../model';
import type { Span } from '../text';
import { forEachSpan, type SpanRun } from './blocks';
import type { ParseCache } from './cache';
import { findDocumentationEntries } from './documentation';
import { findEnumerations } from './enumerations';
import { scanReferences } from './references';
import { Tokens } from './tokens';

/** `summaryOnly`: no dates and no enumerations (see `ParseOptions`). */
export function findReferences(draft: Draft, spans: SpanRun, cache?: ParseCache, summaryOnly = false): void {
  const text = draft.text;
  const edit = cache?.edit;
  const references: Reference[] = [];
  const annexStarts = draft.annexes.map((annex) => annex.heading.span.start);
  let annexIndex = -1;
  // One token buffer for every span: `scanReferences` keeps no token after it returns, and
  // the buffer's search for digits reads the text once over all the spans, in order.
  const tokens = new Tokens(text);
  const bodyStart = bodyStartOf(draft);
  const scanSpan = (start: number, end: number): void => {
    while (annexIndex + 1 < annexStarts.length && annexStarts[annexIndex + 1] <= start) annexIndex++;
    const inAnnex = annexIndex >= 0;
    const frontMatter = start < bodyStart;
    const tag = inAnnex ? 'annex' : frontMatter ? 'front' : 'body';
    const reused = cache?.references.reuse(edit, start, end, tag);
    if (reused) {
      for (const reference of reused) references.push(reference);
      return;
    }
    const from = references.length;
    scanReferences(text, tokens.reset(start, end), { inAnnex, dates: !summaryOnly }, references);
    if (frontMatter) dropAgendaReferences(references, from);
    cache?.references.keep(start, end, tag, references, from);
  };
  // The masthead's dates come first, in text order.
  if (!summaryOnly) scanMastheadDates(draft, references);
  forEachSpan(spans, scanSpan);
  draft.references = withoutForeignReferences(withoutForeignReferences(references, embeddedSpans(draft)), footnoteSpans(draft));
  const items = allListItems(draft);
  draft.documentation = findDocumentationEntries(draft.text, items, references.filter((r): r is SymbolReference => r.kind === 'symbol'));
  if (summaryOnly) return;
  // Indexed loops over the draft's arrays here and in the checks: a loop that runs
  // once stays in the interpreter for a while, where `for…of` allocates a result
  // object per element (about 10 MB in all for a 10 MB draft).
  for (let at = 0; at < draft.paragraphs.length; at++) enumerationsIn(draft, draft.paragraphs[at].textSpan, cache?.paragraphEnumerations, edit);
  for (let at = 0; at < items.length; at++) enumerationsIn(draft, items[at].textSpan, cache?.itemEnumerations, edit);
  // The States of a recorded vote are a list of names like any other.
  for (let at = 0; at < draft.votes.length; at++) enumerationsIn(draft, draft.votes[at].statesSpan, cache?.paragraphEnumerations, edit);
}

/**
 * Spans, in text order, where `paragraph N` and `agenda item N` point into another text:
 * quoted draft resolutions and decisions (their own paragraphs, the next session's agenda).
 */
function embeddedSpans(draft: Draft): Span[] {
  const spans: Span[] = [];
  for (let at = 0; at < draft.embeddedTexts.length; at++) spans.push(draft.embeddedTexts[at].span);
  return spans;
}

/** Footnotes, in text order: `para. 245` in one cites the document it names. */
function footnoteSpans(draft: Draft): Span[] {
  const spans: Span[] = [];
  for (let at = 0; at < draft.footnotes.length; at++) spans.push(draft.footnotes[at].span);
  return spans;
}

/** The references without the paragraph and agenda references that lie in `spans` (sorted, apart). */
function withoutForeignReferences(references: Reference[], spans: Span[]): Reference[] {
  if (spans.length === 0) return references;
  const kept: Reference[] = [];
  for (let at = 0; at < references.length; at++) {
    const reference = references[at];
    if ((reference.kind !== 'paragraph' && reference.kind !== 'agenda') || !insideAny(spans, reference.span.start)) kept.push(reference);
  }
  return kept;
}

/** True when `offset` lies in one of `spans` (sorted by start, not overlapping): a binary search. */
function insideAny(spans: Span[], offset: number): boolean {
  let low = 0;
  let high = spans.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const span = spans[middle];
    if (offset < span.start) high = middle - 1;
    else if (offset >= span.end) low = middle + 1;
    else return true;
  }
  return false;
}

/** Where the body starts: its first heading or numbered paragraph (format.md, "Title and front matter"). */
function bodyStartOf(draft: Draft): number {
  const heading = draft.headings.length > 0 ? draft.headings[0].span.start : Infinity;
  const paragraph = draft.paragraphs.length > 0 ? draft.paragraphs[0].span.start : Infinity;
  const annex = draft.annexes.length > 0 ? draft.annexes[0].heading.span.start : Infinity;
  return Math.min(heading, paragraph, annex);
}

/**
 * Drops the agenda references found from `from` on: in the front matter, "Agenda item 6" is the
 * item of the parent organ's agenda under which the report is issued, not of the report's own.
 */
function dropAgendaReferences(references: Reference[], from: number): void {
  let kept = from;
  for (let at = from; at < references.length; at++) if (references[at].kind !== 'agenda') references[kept++] = references[at];
  references.length = kept;
}

function enumerationsIn(draft: Draft, span: Span, memo: ParseCache['itemEnumerations'] | undefined, edit: ParseCache['edit']): void {
  const out = draft.enumerations;
  const reused = memo?.reuse(edit, span.start, span.end, '');
  if (reused) {
    for (const enumeration of reused) out.push(enumeration);
    return;
  }
  const from = out.length;
  findEnumerations(draft.text, span, out);
  memo?.keep(span.start, span.end, '', out, from);
}

/** The masthead's date is checked like any other (`31 September 2020` is a defect there too); appended to `references`. */
function scanMastheadDates(draft: Draft, references: Reference[]): void {
  const masthead = draft.masthead;
  if (!masthead) return;
  const dates: Reference[] = [];
  // One buffer for the lines, in order: its search for digits may read past a line without one,
  // up to the next digit, and remembers what it found (a fresh buffer per line read the rest of
  // the text for each line: quadratic, found by `npm run fuzz`).
  const tokens = new Tokens(draft.text);
  for (const line of masthead.lines) {
    if (line.kind === 'date' || line.kind === 'distribution') {
      scanReferences(draft.text, tokens.reset(line.span.start, line.span.end), { inAnnex: false, dates: true }, dates);
    }
  }
  for (const reference of dates) if (reference.kind === 'date') references.push(reference);
}

export function allLists(draft: Draft): List[] {
  const lists: List[] = [];
  for (const paragraph of draft.paragraphs) for (const list of paragraph.lists) lists.push(list);
  for (const list of draft.looseLists) lists.push(list);
  return lists;
}

function allListItems(draft: Draft): ListItem[] {
  const items: ListItem[] = [];
  for (const list of allLists(draft)) if (!list.isAgenda) for (const item of list.items) items.push(item);
  return items.sort((a, b) => a.span.start - b.span.start);
}
