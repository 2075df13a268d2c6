// Rename a document symbol across the workspace (a document reissued as
// `/Rev.1`, say): the masthead that carries it and every mention in every
// draft, open or not. The new name must be one well-formed symbol.
import type { Range, TextEdit, WorkspaceEdit, Position } from 'vscode-languageserver-types';
import { readSymbolName } from '../index/symbolName';
import type { Workspace } from '../workspace';
import { rangesOf, summariesAround, type FeatureDocument } from './common';
import { targetAt } from './targets';

export type RenameResult = { ok: true; edit: WorkspaceEdit } | { ok: false; message: string };

/** The symbol under the cursor and its range, or undefined where nothing can be renamed. */
export function prepareRename(doc: FeatureDocument, position: Position): { range: Range; placeholder: string } | undefined {
  const target = targetAt(doc.draft, doc.draft.lineMap.offset(position));
  if (target?.kind !== 'symbol') return undefined;
  return { range: doc.draft.lineMap.range(target.span), placeholder: target.parsed.normalized };
}

export function renameSymbol(doc: FeatureDocument, position: Position, newName: string, workspace?: Workspace): RenameResult {
  const target = targetAt(doc.draft, doc.draft.lineMap.offset(position));
  if (target?.kind !== 'symbol') return { ok: false, message: 'Only a document symbol can be renamed here.' };
  const name = readSymbolName(newName);
  if (!name.ok) return { ok: false, message: `"${newName.trim()}" is not a well-formed document symbol: ${name.reason}.` };
  const key = target.parsed.key;
  const newText = name.parsed.normalized;
  const changes: Record<string, TextEdit[]> = {};
  for (const summary of summariesAround(doc, workspace)) {
    const range = rangesOf(doc, summary);
    const spans = summary.mentions.filter((mention) => mention.key === key).map((mention) => mention.span);
    if (summary.symbol?.key === key) spans.push(summary.symbol.span);
    const seen = new Set<number>();
    const edits: TextEdit[] = [];
    for (const span of spans.sort((a, b) => a.start - b.start)) {
      if (seen.has(span.start)) continue;
      seen.add(span.start);
      edits.push({ range: range(span), newText });
    }
    if (edits.length > 0) changes[summary.uri] = edits;
  }
  return { ok: true, edit: { changes } };
}
