// Quick fixes, keyed by diagnostic code: for each finding whose fix is
// knowable, the edits that make it. `safe` fixes are the ones fix-all applies
// (their result is certain); the others need a reader's judgement.
import type { Finding } from '../diagnostics';
import type { Draft, List } from '../model';
import type { RuleCode } from '../rules';
import { allLists } from '../parse/scan';
import { replace, type TextEdit } from './edits';
import { removeAllFurniture, removeFurniture } from './furniture';
import { relabelHeadings, relabelLists } from './relabel';
import { renumberParagraphs } from './renumber';

export interface Fix {
  title: string;
  code: RuleCode;
  edits: TextEdit[];
  /** The fix to choose when there is one obvious choice. */
  preferred: boolean;
  /** Applied by fix-all (`rapporteur fix`, `source.fixAll.rapporteur`). */
  safe: boolean;
}

type Provider = (draft: Draft, finding: Finding) => Fix[];

const within = (outer: { start: number; end: number }, inner: { start: number; end: number }) => outer.start <= inner.start && inner.end <= outer.end;

function paragraphFix(draft: Draft, finding: Finding): Fix[] {
  const renumbered = renumberParagraphs(draft);
  if (renumbered.edits.length === 0) return [];
  const index = draft.paragraphs.findIndex((p) => within(p.span, finding.span));
  const n = renumbered.numbers.get(index);
  const title = finding.code === 'paragraph-unnumbered'
    ? n !== undefined ? `Number this paragraph ${n} and renumber the paragraphs after it` : 'Renumber the paragraphs'
    : n !== undefined ? `Renumber the paragraphs (this one becomes ${n}), references included` : 'Renumber the paragraphs, references included';
  if (finding.code === 'paragraph-unnumbered' && n === undefined) return [];
  return [{ title, code: finding.code, edits: renumbered.edits, preferred: true, safe: true }];
}

function listOf(draft: Draft, finding: Finding): List | undefined {
  return allLists(draft).find((list) => list.items.some((item) => within(item.span, finding.span) || item.markerSpan.start === finding.span.start));
}

function listFix(draft: Draft, finding: Finding): Fix[] {
  const list = listOf(draft, finding);
  if (!list) return [];
  const { edits } = relabelLists(draft, list);
  if (edits.length === 0) return [];
  const title = list.isAgenda ? 'Renumber the agenda items, and the references to them' : list.items[0]?.marker === 'number' ? 'Renumber the list' : 'Reletter the list';
  return [{ title, code: finding.code, edits, preferred: true, safe: true }];
}

function headingFix(draft: Draft, finding: Finding): Fix[] {
  const { edits } = relabelHeadings(draft);
  return edits.length === 0 ? [] : [{ title: 'Renumber the headings', code: finding.code, edits, preferred: true, safe: true }];
}

/** Findings that carry their replacement (symbol, agenda title, direction word). */
function replacementFix(title: (replacement: string) => string, safe: boolean): Provider {
  return (_draft, finding) => {
    const replacement = finding.data?.replacement;
    if (replacement === undefined) return [];
    return [{ title: title(replacement), code: finding.code, edits: [replace(finding.span.start, finding.span.end, replacement)], preferred: true, safe }];
  };
}

function furnitureFix(draft: Draft, finding: Finding): Fix[] {
  const furniture = draft.furniture.find((f) => f.span.start === finding.span.start);
  if (!furniture) return [];
  const fixes: Fix[] = [{ title: 'Remove this page header or footer', code: finding.code, edits: [removeFurniture(draft, furniture)], preferred: true, safe: true }];
  if (draft.furniture.length > 1) {
    fixes.push({ title: `Remove all ${draft.furniture.length} page headers and footers`, code: finding.code, edits: removeAllFurniture(draft), preferred: false, safe: true });
  }
  return fixes;
}

/** Deletes the repeated name with its separator: `A, B, B, C` → `A, B, C`; `A, B and B` → `A and B`. */
function duplicateEntryFix(draft: Draft, finding: Finding): Fix[] {
  for (const enumeration of draft.enumerations) {
    const i = enumeration.entries.findIndex((entry) => entry.span.start === finding.span.start);
    if (i < 1) continue;
    const entries = enumeration.entries;
    const last = i === entries.length - 1;
    // The last entry keeps its `and`: remove the earlier copy and its comma instead.
    const edit = last && i >= 2 ? replace(entries[i - 2].span.end, entries[i - 1].span.end, '') : replace(entries[i - 1].span.end, entries[i].span.end, '');
    return [{ title: `Remove the repeated "${entries[i].name}"`, code: finding.code, edits: [edit], preferred: true, safe: false }];
  }
  return [];
}

const PROVIDERS: Partial<Record<RuleCode, Provider>> = {
  'paragraph-unnumbered': paragraphFix,
  'paragraph-sequence': paragraphFix,
  'paragraph-duplicate': paragraphFix,
  'list-sequence': listFix,
  'heading-sequence': headingFix,
  'agenda-title-mismatch': replacementFix(() => "Use the agenda's title", true),
  'symbol-malformed': replacementFix((symbol) => `Write "${symbol}"`, true),
  'paragraph-ref-direction': replacementFix((word) => `Write "${word}"`, false),
  'page-furniture': furnitureFix,
  'list-duplicate-entry': duplicateEntryFix,
};

/** The codes that have a quick fix. */
export const FIXABLE_CODES = Object.keys(PROVIDERS) as RuleCode[];

/** The quick fixes for one finding of `draft` (none when its fix is not knowable). */
export function quickFixes(draft: Draft, finding: Finding): Fix[] {
  return PROVIDERS[finding.code]?.(draft, finding) ?? [];
}
