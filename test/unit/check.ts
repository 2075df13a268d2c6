// `check(draft, expected)` parses and checks an inline draft and compares its
// diagnostics as "line code" strings. Drafts written out with their expected
// findings marked under the lines use annotated.ts (`checkAnnotated`) instead.
import * as assert from 'node:assert/strict';
import { checkDraft, EMPTY_CONTEXT, parseDraft, type CheckContext, type Diagnostic, type RuleSettings } from '../../server/src/core';

/** Joins lines into a draft text. */
export function lines(...text: string[]): string {
  return text.join('\n');
}

export const MASTHEAD = lines('CTOC/COP/WG.4/2020/4', 'Distr.: General', '28 September 2020', 'Original: English');

/** A draft with a well-formed masthead and title; `body` follows (blocks separated by blank lines). */
export function report(...body: string[]): string {
  return lines(MASTHEAD, '', 'Report on the meeting of the Working Group held in Vienna on 10 and 11 September 2020', '', ...body);
}

/** The line (1-based) on which `needle` first occurs in `text`. */
export function lineOf(text: string, needle: string, occurrence = 1): number {
  let at = -1;
  for (let i = 0; i < occurrence; i++) {
    at = text.indexOf(needle, at + 1);
    if (at < 0) throw new Error(`"${needle}" not found in the draft`);
  }
  return text.slice(0, at).split('\n').length;
}

export function diagnose(text: string, context: CheckContext = EMPTY_CONTEXT, settings: RuleSettings = {}): Diagnostic[] {
  return checkDraft(parseDraft(text), context, settings);
}

/**
 * Codes most inline fragments would get, compared only when the expected findings name them
 * or `compare` asks: `symbol-unresolved` (most drafts cite unknown documents) and
 * `lone-subdivision` (fragments often have a lone section A or item (a)).
 */
const LEFT_OUT: readonly string[] = ['symbol-unresolved', 'lone-subdivision'];

/**
 * Asserts the draft's diagnostics, as `"LINE code"` strings in order.
 * The codes of `LEFT_OUT` are left out unless `expected` names them, or `compare` (or, for
 * `symbol-unresolved`, `withUnresolved`) asks for them.
 */
export function check(text: string, expected: string[], options: { context?: CheckContext; settings?: RuleSettings; withUnresolved?: boolean; compare?: string[] } = {}): Diagnostic[] {
  const compared = (code: string) =>
    !LEFT_OUT.includes(code) || expected.some((line) => line.endsWith(` ${code}`)) || options.compare?.includes(code) || (code === 'symbol-unresolved' && options.withUnresolved);
  const diagnostics = diagnose(text, options.context, options.settings).filter((d) => compared(d.code));
  const draft = parseDraft(text);
  const actual = diagnostics.map((d) => `${draft.lineMap.position(d.span.start).line + 1} ${d.code}`);
  assert.deepEqual(actual, expected, `diagnostics were:\n${diagnostics.map((d) => `  ${draft.lineMap.position(d.span.start).line + 1} ${d.code}: ${d.message}`).join('\n')}`);
  return diagnostics;
}

/** The text a diagnostic covers. */
export function covered(text: string, diagnostic: Diagnostic): string {
  return text.slice(diagnostic.span.start, diagnostic.span.end);
}
