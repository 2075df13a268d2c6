// The totality property shared by the robustness tests and `npm run fuzz`:
// parsing and checking any text never throws, and every span of the model and
// every diagnostic lies inside the text, on a position the LineMap gives back.
import * as assert from 'node:assert/strict';
import { checkDraft, EMPTY_CONTEXT, parseDraft, type Draft, type LineMap, type Span } from '../../server/src/core';

function isSpan(value: object): value is Span {
  const { start, end } = value as Partial<Span>;
  return typeof start === 'number' && typeof end === 'number';
}

/** Every span anywhere in the model (found by walking it, so new fields are covered too). */
export function spansOf(draft: Draft): Span[] {
  const spans: Span[] = [];
  const seen = new Set<object>();
  const stack: unknown[] = Object.entries(draft).filter(([key]) => key !== 'lineMap' && key !== 'text').map(([, value]) => value);
  while (stack.length > 0) {
    const value = stack.pop();
    if (typeof value !== 'object' || value === null || seen.has(value)) continue;
    seen.add(value);
    if (isSpan(value)) spans.push(value);
    for (const child of Object.values(value)) stack.push(child);
  }
  return spans;
}

/** A span is inside the text, ordered, and its ends map to positions that map back to them. */
export function assertSpan(span: Span, text: string, lineMap: LineMap, what: string): void {
  assert.ok(Number.isInteger(span.start) && Number.isInteger(span.end), `${what} ${span.start}-${span.end} is not whole offsets`);
  assert.ok(span.start >= 0 && span.start <= span.end && span.end <= text.length, `${what} ${span.start}-${span.end} outside 0-${text.length}`);
  for (const offset of [span.start, span.end]) {
    const position = lineMap.position(offset);
    assert.ok(position.line >= 0 && position.line < lineMap.lineCount && position.character >= 0, `${what}: offset ${offset} has no valid position`);
    assert.equal(lineMap.offset(position), offset, `${what}: offset ${offset} lies inside a line break`);
  }
}

/** Parses and checks `text`; asserts every span and diagnostic is well formed. */
export function assertTotal(text: string): void {
  const draft = parseDraft(text);
  assert.equal(draft.text, text, 'the model keeps the text it was given');
  const spans = spansOf(draft);
  for (const span of spans) assertSpan(span, text, draft.lineMap, 'span');
  const diagnostics = checkDraft(draft, EMPTY_CONTEXT);
  for (const diagnostic of diagnostics) {
    assertSpan(diagnostic.span, text, draft.lineMap, `${diagnostic.code} diagnostic`);
    assert.ok(diagnostic.message.trim().length > 0, `${diagnostic.code} has no message`);
  }
}
