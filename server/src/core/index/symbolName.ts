// Whether a piece of text is exactly one well-formed document symbol: what a
// rename's new name and a catalogue row must be. Uses the parser's own symbol
// recognizer, so "well-formed" means what it means in a draft.
import { readSymbol } from '../parse/symbolRefs';
import { tokenize } from '../parse/tokens';
import { symbolProblemsText } from '../rules/symbols';
import type { ParsedSymbol } from '../symbols';

export type SymbolName = { ok: true; parsed: ParsedSymbol } | { ok: false; reason: string };

export function readSymbolName(text: string): SymbolName {
  const trimmed = text.trim();
  if (trimmed === '') return { ok: false, reason: 'it is empty' };
  if (trimmed.length > 200) return { ok: false, reason: 'it is longer than 200 characters' };
  const tokens = tokenize(trimmed, 0, trimmed.length);
  const read = tokens.has(0) ? readSymbol(trimmed, tokens, 0) : undefined;
  if (!read || read.next !== tokens.countAll() || read.reference.span.start !== 0 || read.reference.span.end !== trimmed.length) {
    return { ok: false, reason: 'it is not a document symbol (capital letters, a slash, then components such as A/75/250 or CTOC/COP/WG.4/2020/1)' };
  }
  const parsed = read.reference.parsed;
  if (parsed.problems.length > 0) {
    const fix = parsed.fixable ? `; write "${parsed.normalized}"` : '';
    return { ok: false, reason: `${symbolProblemsText(parsed.problems)}${fix}` };
  }
  return { ok: true, parsed };
}
