// Helpers for the feature tests: inline drafts with a cursor marker (`$0`),
// a workspace to put them in, and short forms of LSP ranges.
import type { Position, Range } from 'vscode-languageserver-types';
import { parseDraft, Workspace, type FeatureDocument } from '../../../server/src/core';

export { lines, report, MASTHEAD } from '../check';

export const URI = 'file:///drafts/test.unr';
export const MARKER = '$0';

/** Removes the cursor marker; returns the text and the marker's position. */
export function withCursor(marked: string): { text: string; position: Position } {
  const at = marked.indexOf(MARKER);
  if (at < 0) throw new Error('the draft has no $0 cursor marker');
  const text = marked.slice(0, at) + marked.slice(at + MARKER.length);
  const before = text.slice(0, at).split('\n');
  return { text, position: { line: before.length - 1, character: before[before.length - 1].length } };
}

/** A draft parsed on its own. */
export function docOf(text: string, uri = URI): FeatureDocument {
  return { uri, draft: parseDraft(text) };
}

/** A workspace holding `drafts` (uri → text); returns it with the document at `uri`. */
export function workspaceOf(drafts: Record<string, string>, uri = URI): { workspace: Workspace; doc: FeatureDocument } {
  const workspace = new Workspace();
  for (const [key, text] of Object.entries(drafts)) workspace.set(key, text);
  const draft = workspace.get(uri);
  if (!draft) throw new Error(`no draft at ${uri}`);
  return { workspace, doc: { uri, draft } };
}

/** `L:C-L:C` (0-based, as LSP): a short, readable form of a range. */
export function short(range: Range): string {
  return `${range.start.line}:${range.start.character}-${range.end.line}:${range.end.character}`;
}
