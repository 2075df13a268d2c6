// symbol-malformed and symbol-unresolved.
import type { Finding } from '../diagnostics';
import type { Draft } from '../model';
import { trimEndOf } from '../text';
import { replacementFix, ruleFamily } from './rule';

/** Answers whether a symbol (compared by its key: well-formed, without a reissue `*`) is known. */
export type SymbolLookup = (key: string) => boolean;

export function checkSymbols(draft: Draft, isKnown: SymbolLookup, out: Finding[]): void {
  const own = new Set<string>();
  if (draft.masthead?.symbol) own.add(draft.masthead.symbol.parsed.key);
  for (const entry of draft.documentation) own.add(trimEndOf(entry.symbol, '*'));
  for (let at = 0; at < draft.references.length; at++) {
    const reference = draft.references[at];
    if (reference.kind !== 'symbol') continue;
    const parsed = reference.parsed;
    if (parsed.problems.length > 0) {
      const fix = parsed.fixable ? ` Write "${parsed.normalized}".` : '';
      out.push({
        code: 'symbol-malformed',
        message: `Malformed document symbol "${parsed.text}": ${parsed.problems.join('; ')}.${fix}`,
        span: reference.span,
        ...(parsed.fixable ? { data: { replacement: parsed.normalized } } : {}),
      });
      continue;
    }
    if (!own.has(parsed.key) && !isKnown(parsed.key)) {
      out.push({
        code: 'symbol-unresolved',
        message: `${parsed.normalized} is not a draft being checked, nor in a documentation list or the document catalogue.`,
        span: reference.span,
      });
    }
  }
}

export const symbols = ruleFamily({
  name: 'symbols',
  rules: {
    'symbol-malformed': {
      severity: 'error',
      reports: 'a document symbol written wrongly',
      setting: 'A document symbol that breaks the symbol grammar (Rev1, rev.1, A//75…).',
    },
    'symbol-unresolved': {
      severity: 'information',
      reports: 'a well-formed symbol Rapporteur does not know',
      setting: 'A well-formed symbol that neither the workspace nor the document catalogue knows.',
    },
  },
  check: (draft, context, out) => checkSymbols(draft, context.isKnownSymbol, out),
  fixes: { 'symbol-malformed': replacementFix((symbol) => `Write "${symbol}"`, true) },
});
