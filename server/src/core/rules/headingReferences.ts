// heading-ref-missing: "chapter III of the present report", "section II.B above",
// "annex II" must name a chapter, section or annex the draft has. References to other
// texts' chapters and annexes are not read as references (parse/headingRefs.ts).
import type { Finding } from '../diagnostics';
import type { Draft, Heading } from '../model';
import { findHeadingReferences, type HeadingReference, type HeadingTarget } from '../parse/headingRefs';
import { ruleFamily } from './rule';

/** The chapters and sections of one part of the draft (the body, or one annex), by label. */
interface Outline {
  chapters: Map<string, Heading>;
  /** Sections by `CHAPTER.LETTER` (`.LETTER` before any chapter). */
  sections: Map<string, Heading>;
  /** Section letters under any chapter. */
  letters: Map<string, Heading>;
}

function outlineOf(draft: Draft, annex: number): Outline {
  const outline: Outline = { chapters: new Map(), sections: new Map(), letters: new Map() };
  let chapter = '';
  for (const heading of draft.headings) {
    if (heading.annex !== annex) continue;
    if (heading.kind === 'chapter') {
      chapter = heading.label;
      if (!outline.chapters.has(chapter)) outline.chapters.set(chapter, heading);
    } else if (heading.kind === 'section') {
      const key = `${chapter}.${heading.label}`;
      if (!outline.sections.has(key)) outline.sections.set(key, heading);
      if (!outline.letters.has(heading.label)) outline.letters.set(heading.label, heading);
    }
  }
  return outline;
}

/** The heading a target names, in the part the reference sits in or in the body; undefined when none. */
export function headingOf(draft: Draft, reference: HeadingReference, target: HeadingTarget, outlines: (annex: number) => Outline): Heading | undefined {
  if (reference.kind === 'annex') {
    const annex = draft.annexes.find((a) => a.heading.label === target.label);
    return annex?.heading ?? (target.label === '' ? draft.annexes[0]?.heading : undefined);
  }
  // A bare reference in an annex may mean the annex's own chapter; one that names the report, the body's.
  const parts = reference.annex >= 0 && !reference.ofReport ? [reference.annex, -1] : [-1];
  for (const part of parts) {
    const outline = outlines(part);
    let found: Heading | undefined;
    if (reference.kind === 'chapter') found = outline.chapters.get(target.label);
    else if (target.chapter !== undefined) found = outline.sections.get(`${target.chapter}.${target.label}`);
    else found = outline.letters.get(target.label) ?? outline.chapters.get(target.label);
    if (found) return found;
  }
  return undefined;
}

/** Outlines made once per part of the draft a reference asks about. */
export function outlineCache(draft: Draft): (annex: number) => Outline {
  const made = new Map<number, Outline>();
  return (annex) => {
    let outline = made.get(annex);
    if (!outline) made.set(annex, (outline = outlineOf(draft, annex)));
    return outline;
  };
}

function checkHeadingReferences(draft: Draft, out: Finding[]): void {
  const references = findHeadingReferences(draft);
  if (references.length === 0) return;
  const outlines = outlineCache(draft);
  for (const reference of references) {
    for (const target of reference.targets) {
      if (headingOf(draft, reference, target, outlines)) continue;
      out.push({ code: 'heading-ref-missing', message: missingMessage(draft, reference, target, outlines(-1)), span: target.span });
    }
  }
}

function missingMessage(draft: Draft, reference: HeadingReference, target: HeadingTarget, body: Outline): string {
  const fix = 'correct the reference, or add the heading it names.';
  if (reference.kind === 'annex') {
    const labels = draft.annexes.map((annex) => annex.heading.label);
    if (target.label === '') return 'The draft has no annex: correct the reference, or add the annex.';
    if (labels.length === 0) return `There is no annex ${target.label}: the draft has no annex. Correct the reference, or add the annex.`;
    if (labels.length === 1 && labels[0] === '') return `There is no annex ${target.label}: the draft's one annex is headed "Annex", without a numeral. Write "the annex".`;
    return `There is no annex ${target.label}: the draft's annexes are ${joined(labels)}. Correct the reference, or add the annex.`;
  }
  const chapters = [...body.chapters.keys()];
  const chapterList = chapters.length === 0 ? 'the draft has no numbered chapters' : `its chapters are ${joined(chapters)}`;
  if (reference.kind === 'chapter') return `There is no chapter ${target.label} in the draft (${chapterList}): ${fix}`;
  if (target.chapter === undefined) return `No chapter of the draft has a section ${target.label}: ${fix}`;
  if (!body.chapters.has(target.chapter)) return `There is no chapter ${target.chapter} in the draft (${chapterList}): ${fix}`;
  const letters = [...body.sections.keys()].filter((key) => key.startsWith(`${target.chapter}.`)).map((key) => key.slice(target.chapter!.length + 1));
  const sections = letters.length === 0 ? 'it has no sections' : `its sections are ${joined(letters)}`;
  return `Chapter ${target.chapter} has no section ${target.label} (${sections}): ${fix}`;
}

/** `I, II and III` */
function joined(labels: string[]): string {
  const shown = labels.slice(0, 12);
  if (labels.length > shown.length) return `${shown.join(', ')}, …`;
  return shown.length <= 1 ? shown.join('') : `${shown.slice(0, -1).join(', ')} and ${shown[shown.length - 1]}`;
}

export const headingReferences = ruleFamily({
  name: 'headingReferences',
  rules: {
    'heading-ref-missing': {
      severity: 'error',
      reports: 'a reference to a chapter, section or annex the draft does not have',
      setting: 'A reference to a chapter, section or annex of the present report ("chapter III above", "section II.B", "annex II") that the draft does not have. References to other documents\' chapters and annexes are not checked.',
    },
  },
  check: (draft, _context, out) => checkHeadingReferences(draft, out),
});
