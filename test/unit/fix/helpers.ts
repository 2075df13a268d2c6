// Fix tests: a draft in, the text after the fix out, compared line by line.
import { applyEdits, parseDraft, type TextEdit, type Draft } from '../../../server/src/core';
import { report } from '../check';

export { report, lines } from '../check';

/** The body lines of a `report(...)` draft after `fix` (the masthead and title dropped). */
export function bodyAfter(body: string[], fix: (draft: Draft) => TextEdit[]): string[] {
  const text = report(...body);
  const after = applyEdits(text, fix(parseDraft(text)));
  return after.split('\n').slice(7);
}
