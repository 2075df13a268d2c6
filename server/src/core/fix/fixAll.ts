// Every safe fix at once (`rapporteur fix`, `source.fixAll.rapporteur`):
// paragraphs, lists and headings renumbered (references included), malformed
// symbols rewritten, quoted agenda titles replaced, page furniture removed.
// One round's fixes can reveal another's (a list inside a paragraph that gets
// its number), so rounds repeat until nothing changes: applying twice is a no-op.
import { findDefects, EMPTY_CONTEXT } from '../checks';
import type { Finding } from '../diagnostics';
import type { Draft } from '../model';
import { parseDraft } from '../parse/draft';
import type { RuleCode } from '../rules';
import type { Span } from '../text';
import { applyEdits, mergeEdits, type TextEdit } from './edits';
import { removeAllFurniture } from './furniture';
import type { Refusal } from './labelLimits';
import { quickFixes } from './quickFixes';
import { relabelHeadings, relabelLists } from './relabel';
import { renumberParagraphs, type UnresolvedReference } from './renumber';

export interface FixAllOptions {
  /** The findings of a draft (default: checked on its own, with no workspace). */
  findings?: (draft: Draft) => Finding[];
  /** False for codes switched off in the rule settings: their fixes are not applied. */
  enabled?: (code: RuleCode) => boolean;
}

export interface FixAllResult {
  text: string;
  changed: boolean;
  /** References left as written because what they named does not exist (offsets in the original text). */
  unresolved: UnresolvedReference[];
  /** Unnumbered paragraphs left so because numbered they would read as headings, or start with a bullet and a number (offsets in the original text). */
  skipped: Span[];
  /** True when the fixes did not settle within a few rounds: the text is then returned unchanged. */
  unsettled: boolean;
  /** Renumberings not made because a label would be too large to be read back (offsets in the original text). */
  refused: Refusal[];
}

const PARAGRAPH_CODES: RuleCode[] = ['paragraph-sequence', 'paragraph-duplicate', 'paragraph-unnumbered'];
const MAX_ROUNDS = 6;

/** One round: the safe edits for a parsed draft, with what renumbering could not carry. */
export function safeEdits(draft: Draft, options: FixAllOptions = {}): { edits: TextEdit[]; unresolved: UnresolvedReference[]; skipped: Span[]; refused: Refusal[] } {
  const enabled = options.enabled ?? (() => true);
  const findings = (options.findings ?? ((d) => findDefects(d, EMPTY_CONTEXT)))(draft).filter((f) => enabled(f.code));
  const has = (codes: RuleCode[]) => findings.some((f) => codes.includes(f.code));
  const replacements: TextEdit[] = [];
  for (const finding of findings) {
    if (finding.code !== 'agenda-title-mismatch' && finding.code !== 'symbol-malformed') continue;
    for (const fix of quickFixes(draft, finding)) if (fix.safe) for (const edit of fix.edits) replacements.push(edit);
  }
  const furniture = findings.some((f) => f.code === 'page-furniture') ? removeAllFurniture(draft) : [];
  const paragraphs = has(PARAGRAPH_CODES) ? renumberParagraphs(draft) : undefined;
  const lists = has(['list-sequence']) ? relabelLists(draft) : undefined;
  const headings = has(['heading-sequence']) ? relabelHeadings(draft) : undefined;
  // Numbering first: its edits keep references true, so they must not be dropped for an overlap.
  const edits = mergeEdits(draft.text, paragraphs?.edits ?? [], lists?.edits ?? [], headings?.edits ?? [], replacements, furniture);
  const unresolved = [...(paragraphs?.unresolved ?? []), ...(lists?.unresolved ?? [])];
  const refused = [...(paragraphs?.refused ?? []), ...(lists?.refused ?? []), ...(headings?.refused ?? [])];
  return { edits, unresolved, skipped: paragraphs?.skipped ?? [], refused };
}

export function fixAll(text: string, options: FixAllOptions = {}): FixAllResult {
  let current = text;
  let first: ReturnType<typeof safeEdits> | undefined;
  for (let round = 0; round <= MAX_ROUNDS; round++) {
    const result = safeEdits(parseDraft(current), options);
    first ??= result;
    if (result.edits.length === 0) {
      return { text: current, changed: current !== text, unresolved: first.unresolved, skipped: first.skipped, unsettled: false, refused: first.refused };
    }
    if (round < MAX_ROUNDS) current = applyEdits(current, result.edits);
  }
  // The fixes did not settle (a draft so garbled that each round reads it anew): nothing is
  // changed rather than a text that a second run would change again.
  return { text, changed: false, unresolved: first?.unresolved ?? [], skipped: first?.skipped ?? [], unsettled: true, refused: first?.refused ?? [] };
}
