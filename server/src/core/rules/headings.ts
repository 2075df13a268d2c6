// heading-sequence: chapters I, II, III…; sections A, B, C… restarting in each
// chapter; subsections 1, 2, 3… restarting in each section; lettered
// subheadings (a), (b)… restarting under each subsection. Annexes restart all.
import type { Finding } from '../diagnostics';
import { relabelHeadings } from '../fix/relabel';
import type { Draft, Heading, HeadingKind } from '../model';
import { toRoman, toUpperLetter, toLetter } from '../parse/numerals';
import { ruleFamily, type Fix } from './rule';

const LEVELS: HeadingKind[] = ['chapter', 'section', 'subsection', 'subheading'];

function label(kind: HeadingKind, value: number): string {
  if (kind === 'chapter') return toRoman(value).toUpperCase();
  if (kind === 'section') return toUpperLetter(value);
  if (kind === 'subheading') return `(${toLetter(value)})`;
  return String(value);
}

function written(heading: Heading): string {
  return heading.kind === 'subheading' ? `(${heading.label})` : heading.label;
}

function missing(kind: HeadingKind, from: number, to: number): string {
  return from === to ? `${kind} ${label(kind, from)} is missing` : `${kind}s ${label(kind, from)} to ${label(kind, to)} are missing`;
}

export function checkHeadings(draft: Draft, out: Finding[]): void {
  const last = [0, 0, 0, 0];
  for (const heading of draft.headings) {
    if (heading.kind === 'annex') {
      last.fill(0);
      continue;
    }
    const level = LEVELS.indexOf(heading.kind);
    const previous = last[level];
    const value = heading.value;
    const name = `${heading.kind.charAt(0).toUpperCase()}${heading.kind.slice(1)} ${written(heading)}`;
    if (value !== previous + 1) {
      let message: string;
      if (previous === 0) {
        const where = level === 0 ? '' : ` under its ${LEVELS[level - 1]}`;
        message = `${name} is the first ${heading.kind}${where}: it should be ${label(heading.kind, 1)}.`;
      } else if (value <= previous) {
        message = `${name} follows ${heading.kind} ${label(heading.kind, previous)}: ${value === previous ? 'the same label is used twice' : 'the order goes backwards'}.`;
      } else {
        message = `${name} follows ${heading.kind} ${label(heading.kind, previous)}: ${missing(heading.kind, previous + 1, value - 1)}.`;
      }
      out.push({ code: 'heading-sequence', message, span: heading.labelSpan });
    }
    last[level] = value;
    for (let deeper = level + 1; deeper < last.length; deeper++) last[deeper] = 0;
  }
}

function headingFix(draft: Draft, finding: Finding): Fix[] {
  const { edits } = relabelHeadings(draft);
  return edits.length === 0 ? [] : [{ title: 'Renumber the headings', code: finding.code, edits, preferred: true, safe: true }];
}

export const headings = ruleFamily({
  name: 'headings',
  rules: {
    'heading-sequence': {
      severity: 'error',
      reports: 'chapter, section, subsection or subheading labels out of sequence',
      setting: 'Chapter numerals, section letters or subsection numbers out of sequence.',
      tags: ['numbering'],
    },
  },
  check: (draft, _context, out) => checkHeadings(draft, out),
  fixes: { 'heading-sequence': headingFix },
});
