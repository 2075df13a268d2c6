// Fixes: renumbering, relabelling, quick fixes by code, fix-all, and the diffs that show them.
export { applyEdits, mergeEdits, disjoint, lineBreakOf, type TextEdit } from './edits';
export { renumberParagraphs, wouldReadAsHeading, type RenumberResult, type RenumberOptions, type UnresolvedReference } from './renumber';
export { relabelLists, relabelHeadings, type RelabelResult } from './relabel';
export { LARGEST_LABEL, type LabelKind, type Refusal } from './labelLimits';
export { removeFurniture, removeAllFurniture } from './furniture';
export { quickFixes, FIXABLE_CODES, type Fix } from './quickFixes';
export { fixAll, safeEdits, type FixAllOptions, type FixAllResult } from './fixAll';
export { insertParagraphAfter, type InsertResult } from './insert';
export { diffLines, lineEdits, unifiedDiff, linesOf, type Hunk } from './diff';
