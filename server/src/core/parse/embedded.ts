// Texts with their own numbering quoted in a report (format.md, "Texts with their
// own numbering"): draft resolutions and decisions, agreed conclusions. They are recognised by what
// introduces them — a paragraph ending "…the adoption of the following draft
// resolution:" or a heading "Draft resolution I" — never guessed from their shape.
import type { EmbeddedKind } from '../model';
import { isWhiteSpace } from '../text';

/** How far back from a paragraph's end an introduction is looked for (its last clause). */
const INTRODUCTION_REACH = 200;

/** Phrases that introduce a quoted text, lower case, in the order they are tried (longer first). */
const INTRODUCTIONS: readonly (readonly [string, EmbeddedKind])[] = [
  ['following draft resolution', 'draft-resolution'],
  ['following draft decision', 'draft-decision'],
  ['following resolution', 'resolution'],
  ['following decision', 'decision'],
  ['following agreed conclusions', 'agreed-conclusions'],
  ['agreed conclusions read as follows', 'agreed-conclusions'],
  ['draft resolution read as follows', 'draft-resolution'],
  ['draft resolutions read as follows', 'draft-resolution'],
  ['draft decision read as follows', 'draft-decision'],
  ['draft decisions read as follows', 'draft-decision'],
  ['resolution read as follows', 'resolution'],
  ['decision read as follows', 'decision'],
  ['text read as follows', 'text'],
  ['projet de résolution suivant', 'draft-resolution'],
  ['projets de résolution suivants', 'draft-resolution'],
  ['projet de décision suivant', 'draft-decision'],
  ['projets de décision suivants', 'draft-decision'],
  ['résolution suivante', 'resolution'],
  ['décision suivante', 'decision'],
  ['conclusions concertées suivantes', 'agreed-conclusions'],
  ['projet de résolution se lisait comme suit', 'draft-resolution'],
  ['projet de décision se lisait comme suit', 'draft-decision'],
  ['siguiente proyecto de resolución', 'draft-resolution'],
  ['siguientes proyectos de resolución', 'draft-resolution'],
  ['siguiente proyecto de decisión', 'draft-decision'],
  ['siguientes proyectos de decisión', 'draft-decision'],
  ['siguiente resolución', 'resolution'],
  ['siguiente decisión', 'decision'],
  ['siguientes conclusiones convenidas', 'agreed-conclusions'],
  ['proyecto de resolución decía lo siguiente', 'draft-resolution'],
  ['proyecto de decisión decía lo siguiente', 'draft-decision'],
];

/**
 * The kind of text a paragraph introduces: its text (`start`–`end`) ends with a colon
 * and its last 200 characters name one (`…recommends … the adoption of the following
 * draft resolution:`, `The draft resolution read as follows:`), or undefined. Reads a
 * bounded tail, so it costs the same for any paragraph.
 */
export function introducedKind(text: string, start: number, end: number): EmbeddedKind | undefined {
  let last = end;
  while (last > start && isWhiteSpace(text.charCodeAt(last - 1))) last--;
  if (last === start || text.charCodeAt(last - 1) !== 58) return undefined;
  const tail = normalized(text.slice(Math.max(start, last - INTRODUCTION_REACH), last - 1));
  // The phrase belongs to the last sentence: `… draft resolution. The Committee then adopted the following:` is not one.
  const sentence = tail.slice(tail.lastIndexOf('. ') + 1);
  for (const [phrase, kind] of INTRODUCTIONS) if (sentence.includes(phrase)) return kind;
  return undefined;
}

/** Lower case, runs of white space (wrapped lines) made one space. Only for bounded strings. */
function normalized(text: string): string {
  return text.toLowerCase().replace(/\s+/g, ' ');
}

const HEADING_WORDS: readonly (readonly [string, EmbeddedKind, boolean])[] = [
  // The word, the kind, and whether a label must follow (`Resolution 67/1`, not `Resolution`).
  ['draft resolution', 'draft-resolution', false],
  ['draft decision', 'draft-decision', false],
  ['projet de résolution', 'draft-resolution', false],
  ['projet de décision', 'draft-decision', false],
  ['proyecto de resolución', 'draft-resolution', false],
  ['proyecto de decisión', 'draft-decision', false],
  ['resolution', 'resolution', true],
  ['decision', 'decision', true],
  ['résolution', 'resolution', true],
  ['décision', 'decision', true],
  ['resolución', 'resolution', true],
  ['decisión', 'decision', true],
];

/** A label after the words of a heading: `I`, `IV`, `A`, `2`, `75/101`, `2023/4`, `67/1`. */
const LABEL = /^(?:[IVXLC]{1,7}|[A-Z]|\d{1,4}(?:\/\d{1,4})?)$/;

/**
 * A line that heads a quoted text: `Draft resolution I`, `Draft decision 75/101`,
 * `Draft resolution`, `Resolution 67/1`, `Projet de résolution II`, `Proyecto de
 * decisión`. It starts with a capital letter; bare `Resolution` or `Decision` needs a label.
 */
export function readEmbeddedHeading(line: string): EmbeddedKind | undefined {
  const c = line.charCodeAt(0);
  // D(raft, ecision), R(esolution), P(rojet, royecto): other lines are rejected here.
  if (line.length > 40 || (c !== 68 && c !== 82 && c !== 80)) return undefined;
  const lower = line.toLowerCase();
  for (const [words, kind, labelled] of HEADING_WORDS) {
    if (!lower.startsWith(words)) continue;
    const rest = line.slice(words.length);
    if (rest === '') return labelled ? undefined : kind;
    if (rest[0] !== ' ') continue;
    return LABEL.test(rest.trim()) ? kind : undefined;
  }
  return undefined;
}

/** `* * *` or `***`: the line printed between quoted texts, which ends the one before. */
export function isTextSeparator(line: string): boolean {
  if (line.length > 12 || line.charCodeAt(0) !== 42) return false;
  let stars = 0;
  for (let i = 0; i < line.length; i++) {
    const c = line.charCodeAt(i);
    if (c === 42) stars++;
    else if (!isWhiteSpace(c)) return false;
  }
  return stars >= 3;
}

/** The kind in words, for a text with neither heading nor title. */
export function kindName(kind: EmbeddedKind): string {
  return kind === 'text' ? 'quoted text' : kind.replace('-', ' ');
}

/**
 * True when a full stop at the end of the text's last block says nothing about where it ends:
 * every paragraph of agreed conclusions ends with one, where a resolution's operative
 * paragraphs end with `;` and only its last with `.`.
 */
export function endsEveryParagraphWithFullStop(kind: EmbeddedKind): boolean {
  return kind === 'agreed-conclusions';
}
