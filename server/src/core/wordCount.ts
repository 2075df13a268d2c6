// The length of a draft in words, as the United Nations counts it against the word
// limits of documents (10,700 words for the report of an intergovernmental body): the
// body of the report — title, headings, paragraphs, lists and footnotes — without the
// masthead, the page furniture left over from a PDF, or the annexes (counted apart).
import type { Draft } from './model';

export interface WordCount {
  /** Words from the end of the masthead to the first annex. */
  body: number;
  /** Words of the annexes. */
  annexes: number;
}

export function countWords(draft: Draft): WordCount {
  const text = draft.text;
  const start = draft.masthead?.span.end ?? 0;
  const annexStart = draft.annexes.length > 0 ? draft.annexes[0].heading.span.start : text.length;
  return { body: wordsBetween(draft, start, annexStart), annexes: wordsBetween(draft, Math.max(start, annexStart), text.length) };
}

/** Words in `from`–`to`, page furniture left out: runs of non-blank characters with a letter or digit. */
function wordsBetween(draft: Draft, from: number, to: number): number {
  const text = draft.text;
  const furniture = draft.furniture;
  let f = 0;
  let words = 0;
  let inWord = false;
  let counted = false;
  for (let i = from; i < to; i++) {
    while (f < furniture.length && furniture[f].span.end <= i) f++;
    if (f < furniture.length && furniture[f].span.start <= i) {
      i = furniture[f].span.end - 1;
      inWord = false;
      continue;
    }
    const c = text.charCodeAt(i);
    if (c === 32 || c === 10 || c === 13 || c === 9 || c === 0xa0 || c === 0x2009 || c === 0x202f || c === 0x3000) {
      inWord = false;
      continue;
    }
    if (!inWord) {
      inWord = true;
      counted = false;
    }
    if (!counted && isWordCharacter(c)) {
      counted = true;
      words++;
    }
  }
  return words;
}

/** A letter or digit: ASCII alphanumerics, and letters beyond Latin-1's punctuation (not dashes or quotes). */
function isWordCharacter(c: number): boolean {
  if (c < 128) return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  return c >= 0xc0 && !(c >= 0x2000 && c <= 0x206f);
}
