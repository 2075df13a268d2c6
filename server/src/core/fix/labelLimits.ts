// The largest number each kind of label can take and still be read back by the
// parser as the same number. Past it a fix would write a label the next parse does
// not read (paragraph 100000 is not a paragraph, CLXXXVIII is too long for a
// chapter, (aaa) is no list marker), so renumbering never settled; and letters
// repeat (item n is n/26 letters long), so relabelling a list of 130,000 items
// built strings of hundreds of megabytes ("Invalid string length"). Such a fix
// is refused, with a reason, before any label is made.
// test/unit/fix/labelLimits.test.ts holds these numbers to the parser's recognizers.
import type { Span } from '../text';

export type LabelKind = 'paragraph' | 'chapter' | 'section' | 'subsection' | 'subheading' | 'letter' | 'roman' | 'number';

export const LARGEST_LABEL: Readonly<Record<LabelKind, number>> = {
  paragraph: 99_999,
  chapter: 187,
  section: 26,
  subsection: 99_999,
  subheading: 52,
  letter: 52,
  roman: 37,
  number: 999,
};

/** What each limit is, as a message says it. */
const DESCRIBED: Record<LabelKind, string> = {
  paragraph: 'paragraph numbers have at most five digits (99,999)',
  chapter: 'chapter numerals are read up to CLXXXVII (187)',
  section: 'sections are lettered A to Z (26)',
  subsection: 'subsection numbers have at most five digits (99,999)',
  subheading: 'subheadings are lettered up to (zz) (52)',
  letter: 'list items are lettered up to (zz) (52)',
  roman: 'list items are numbered in Roman numerals up to (xxxvii) (37)',
  number: 'numbered items go up to 999',
};

/** A renumbering or relabelling not made, and why; `span` is the first label that could not be written. */
export interface Refusal {
  span: Span;
  reason: string;
}

const NOUN: Record<LabelKind, string> = {
  paragraph: 'paragraphs',
  chapter: 'chapters',
  section: 'sections',
  subsection: 'subsections',
  subheading: 'subheadings',
  letter: 'items',
  roman: 'items',
  number: 'items',
};

/** The refusal for a label of `kind` that would need `value`, or undefined when it can be written. */
export function refusal(kind: LabelKind, value: number, span: Span, what: string): Refusal | undefined {
  if (value <= LARGEST_LABEL[kind]) return undefined;
  return { span: { ...span }, reason: `${what} would need ${value.toLocaleString('en-US')} ${NOUN[kind]}, but ${DESCRIBED[kind]}; not renumbered` };
}
