// Runs every rule family's check over a parsed draft (core/rules: the registry)
// and applies the rule settings.
import type { Diagnostic, Finding } from '../diagnostics';
import { FINDING_LIMITS, limitFindings } from '../findingLimits';
import type { Draft } from '../model';
import { CHECKS, severityOf, type RuleSettings } from '../rules';
import type { AgendaSource } from '../rules/agenda';
import { languageOf } from '../rules/language';
import type { SymbolLookup } from '../rules/symbols';

export type { AgendaSource } from '../rules/agenda';
export type { SymbolLookup } from '../rules/symbols';

/** What a check needs to know beyond the draft itself: the workspace around it. */
export interface CheckContext {
  /** True when a symbol is a draft of the workspace, in a documentation list, or in the catalogue. */
  isKnownSymbol: SymbolLookup;
  /** The agenda that applies when the draft has none of its own. */
  fallbackAgenda?: AgendaSource;
  /** The word limit of a report's body (`report-length`); 10,700 when unset. */
  reportLength?: number;
}

export const EMPTY_CONTEXT: CheckContext = { isKnownSymbol: () => false };

export function findDefects(draft: Draft, context: CheckContext): Finding[] {
  const findings: Finding[] = [];
  for (let at = 0; at < CHECKS.length; at++) CHECKS[at](draft, context, findings);
  return findings.sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end);
}

/** Findings with their severities; codes switched off are dropped, and the rest limited (findingLimits.ts). */
export function checkDraft(draft: Draft, context: CheckContext, settings: RuleSettings = {}): Diagnostic[] {
  return limitFindings(findDefects(draft, context), (code) => severityOf(code, settings), FINDING_LIMITS, languageOf(draft));
}
