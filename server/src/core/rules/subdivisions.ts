// lone-subdivision: a text is divided only into two parts or more. A chapter with a
// section A and no B, a section with a subsection 1 and no 2, a list with a single (a),
// a report whose one annex is "Annex I": the lone label is reported (information).
import type { Finding } from '../diagnostics';
import { replace } from '../fix/edits';
import type { Draft, Heading, HeadingKind, List } from '../model';
import { allLists } from '../parse/scan';
import { ruleFamily, type Fix } from './rule';

/** The heading kinds that divide another, outermost first. */
const DIVISIONS: readonly HeadingKind[] = ['chapter', 'section', 'subsection', 'subheading'];

const NAMES: Record<HeadingKind, { one: string; next: (heading: Heading) => string; parent: string }> = {
  chapter: { one: 'chapter', next: () => 'chapter II', parent: 'report' },
  section: { one: 'section', next: (h) => `section ${String.fromCharCode(h.label.charCodeAt(0) + 1)}`, parent: 'chapter' },
  subsection: { one: 'subsection', next: (h) => `subsection ${Number(h.label) + 1}`, parent: 'section' },
  subheading: { one: 'subheading', next: (h) => `subheading (${String.fromCharCode(h.label.charCodeAt(0) + 1)})`, parent: 'section' },
  annex: { one: 'annex', next: () => 'annex II', parent: 'report' },
};

/** Headings of each kind under one parent (sections of one chapter, …); a lone first one is reported. */
function checkHeadings(draft: Draft, out: Finding[]): void {
  const groups: Heading[][] = DIVISIONS.map(() => []);
  const close = (from: number) => {
    for (let level = from; level < groups.length; level++) {
      const group = groups[level];
      // Chapters are the report's own division (a report with one chapter is common): not checked.
      if (level > 0 && group.length === 1 && group[0].value === 1) out.push(loneHeading(group[0]));
      groups[level] = [];
    }
  };
  for (const heading of draft.headings) {
    if (heading.kind === 'annex') {
      close(0);
      continue;
    }
    const level = DIVISIONS.indexOf(heading.kind);
    close(level + 1);
    groups[level].push(heading);
  }
  close(0);
}

function loneHeading(heading: Heading): Finding {
  const names = NAMES[heading.kind];
  const label = heading.kind === 'subheading' ? `(${heading.label})` : heading.label;
  return {
    code: 'lone-subdivision',
    message: `${capital(names.one)} ${label} is the only ${names.one} of its ${names.parent}: divide a text only into two parts or more. Add ${names.next(heading)}, or remove the heading "${label}".`,
    span: heading.labelSpan,
  };
}

/** A list (or a level of one) whose only item is (a) or (i). */
function checkList(list: List, out: Finding[]): void {
  if (list.isAgenda) return;
  const counts = new Map<number, number>();
  for (const item of list.items) counts.set(item.parent, (counts.get(item.parent) ?? 0) + 1);
  for (const item of list.items) {
    if (counts.get(item.parent) !== 1 || item.value !== 1 || (item.marker !== 'letter' && item.marker !== 'roman')) continue;
    out.push({
      code: 'lone-subdivision',
      message: `Item (${item.label}) is the only item of its list: a list has two items or more. Add item (${item.marker === 'letter' ? 'b' : 'ii'}), or write the text without the marker.`,
      span: item.markerSpan,
    });
  }
}

/** `Annex I` with no `Annex II`: a lone annex is headed `Annex`. */
function checkAnnexes(draft: Draft, out: Finding[]): void {
  if (draft.annexes.length !== 1) return;
  const heading = draft.annexes[0].heading;
  if (heading.value !== 1) return;
  out.push({
    code: 'lone-subdivision',
    message: `The draft has one annex, headed "Annex ${heading.label}": a lone annex is headed "Annex", without a numeral (and referred to as "the annex").`,
    span: numeralSpan(draft, heading),
  });
}

/** The numeral of `Annex I` (the heading's label span covers the word "Annex" too). */
function numeralSpan(draft: Draft, heading: Heading): { start: number; end: number } {
  const start = heading.labelSpan.end - heading.label.length;
  return draft.text.slice(start, heading.labelSpan.end) === heading.label ? { start, end: heading.labelSpan.end } : heading.labelSpan;
}

/** Removes the numeral of a lone annex (`Annex I` → `Annex`); references to "annex I" are left for the editor. */
function annexFix(draft: Draft, finding: Finding): Fix[] {
  const heading = draft.annexes.length === 1 ? draft.annexes[0].heading : undefined;
  if (!heading || numeralSpan(draft, heading).start !== finding.span.start || finding.span.start === heading.labelSpan.start) return [];
  let start = finding.span.start;
  while (start > heading.span.start && (draft.text[start - 1] === ' ' || draft.text[start - 1] === '\u00a0')) start--;
  return [{ title: 'Head the annex "Annex", without a numeral', code: 'lone-subdivision', edits: [replace(start, finding.span.end, '')], preferred: true, safe: false }];
}

function capital(word: string): string {
  return word[0].toUpperCase() + word.slice(1);
}

export const subdivisions = ruleFamily({
  name: 'subdivisions',
  rules: {
    'lone-subdivision': {
      severity: 'information',
      reports: 'a section, subsection, list item or annex that is the only one of its kind',
      setting: 'A lone subdivision: a section A with no B in its chapter, a subsection 1 with no 2, a list with a single (a), an "Annex I" with no Annex II (a lone annex is headed "Annex").',
    },
  },
  check: (draft, _context, out) => {
    checkHeadings(draft, out);
    const lists = allLists(draft);
    for (let at = 0; at < lists.length; at++) checkList(lists[at], out);
    checkAnnexes(draft, out);
  },
  fixes: { 'lone-subdivision': annexFix },
});
