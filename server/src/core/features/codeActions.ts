// Code actions: the quick fixes for the diagnostics in a range, and the
// fix-all source action (`source.fixAll.rapporteur`, for codeActionsOnSave).
// LSP-shaped data out; the server only sends it.
import type { CodeAction, Diagnostic as LspDiagnostic, Range, TextEdit as LspTextEdit } from 'vscode-languageserver-types';
import type { Finding } from '../diagnostics';
import { fixAll } from '../fix/fixAll';
import { lineEdits } from '../fix/diff';
import type { TextEdit } from '../fix/edits';
import { quickFixes } from '../fix/quickFixes';
import type { RuleCode } from '../rules';
import type { FeatureDocument } from './common';

export const FIX_ALL_KIND = 'source.fixAll.rapporteur';
export const QUICK_FIX_KIND = 'quickfix';

export interface CodeActionQuery {
  range: Range;
  /** The client's diagnostics in the range (attached to the actions that fix them). */
  diagnostics: LspDiagnostic[];
  /** The kinds the client asked for (`context.only`); all when absent. */
  only?: string[];
}

function lspEdits(doc: FeatureDocument, edits: TextEdit[]): LspTextEdit[] {
  return edits.map((edit) => ({ range: doc.draft.lineMap.range(edit.span), newText: edit.newText }));
}

/** True when a requested kind is `kind` or a parent of it (`source` covers `source.fixAll.rapporteur`). */
export function wants(only: string[] | undefined, kind: string): boolean {
  return !only || only.some((k) => k === kind || kind.startsWith(`${k}.`));
}

function touches(a: Range, b: Range): boolean {
  const before = (p: { line: number; character: number }, q: { line: number; character: number }) => p.line < q.line || (p.line === q.line && p.character < q.character);
  return !before(a.end, b.start) && !before(b.end, a.start);
}

function sameRange(a: Range, b: Range): boolean {
  return a.start.line === b.start.line && a.start.character === b.start.character && a.end.line === b.end.line && a.end.character === b.end.character;
}

/** The quick fixes for `findings` (the document's, with rule settings applied) that lie in the range. */
export function quickFixActions(doc: FeatureDocument, findings: Finding[], query: CodeActionQuery): CodeAction[] {
  if (!wants(query.only, QUICK_FIX_KIND)) return [];
  const actions: CodeAction[] = [];
  const seen = new Set<string>();
  for (const finding of findings) {
    const range = doc.draft.lineMap.range(finding.span);
    if (!touches(range, query.range)) continue;
    const diagnostics = query.diagnostics.filter((d) => d.code === finding.code && sameRange(d.range, range));
    const fixes = quickFixes(doc.draft, finding);
    for (const fix of fixes) {
      // One renumbering is offered once, however many diagnostics it fixes.
      const key = `${fix.title}\n${JSON.stringify(fix.edits)}`;
      if (seen.has(key)) continue;
      seen.add(key);
      actions.push({
        title: fix.title,
        kind: QUICK_FIX_KIND,
        diagnostics,
        isPreferred: fix.preferred,
        edit: { changes: { [doc.uri]: lspEdits(doc, fix.edits) } },
      });
    }
  }
  return actions;
}

/** The fix-all action: every safe fix, as line edits of the current text; none when nothing would change. */
export function fixAllAction(doc: FeatureDocument, findings: (draft: FeatureDocument['draft']) => Finding[], enabled: (code: RuleCode) => boolean, only?: string[]): CodeAction[] {
  if (!wants(only, FIX_ALL_KIND)) return [];
  const result = fixAll(doc.draft.text, { findings, enabled });
  if (!result.changed) return [];
  return [{ title: 'Fix all numbering and other safe fixes (Rapporteur)', kind: FIX_ALL_KIND, edit: { changes: { [doc.uri]: lspEdits(doc, lineEdits(doc.draft.text, result.text)) } } }];
}

/** Quick fixes in the range, then the fix-all action. */
export function codeActions(doc: FeatureDocument, findings: (draft: FeatureDocument['draft']) => Finding[], enabled: (code: RuleCode) => boolean, query: CodeActionQuery): CodeAction[] {
  return [...quickFixActions(doc, findings(doc.draft), query), ...fixAllAction(doc, findings, enabled, query.only)];
}
