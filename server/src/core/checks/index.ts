// Runs every check family over a parsed draft and applies the rule settings.
import type { Diagnostic, Finding } from '../diagnostics';
import type { Draft } from '../model';
import { ParagraphIndex } from '../paragraphIndex';
import { severityOf, type RuleSettings } from '../rules';
import { checkAgendaReferences, type AgendaSource } from './agenda';
import { checkDates } from './dates';
import { checkEnumerations } from './enumerations';
import { checkFurniture } from './furniture';
import { checkHeadings } from './headings';
import { checkLists } from './lists';
import { checkMasthead } from './masthead';
import { checkParagraphReferences } from './paragraphRefs';
import { checkParagraphNumbers } from './paragraphs';
import { checkPdfPaste } from './pdfPaste';
import { checkSymbols, type SymbolLookup } from './symbols';

export type { AgendaSource } from './agenda';
export type { SymbolLookup } from './symbols';

/** What a check needs to know beyond the draft itself: the workspace around it. */
export interface CheckContext {
  /** True when a symbol is a draft of the workspace, in a documentation list, or in the catalogue. */
  isKnownSymbol: SymbolLookup;
  /** The agenda that applies when the draft has none of its own. */
  fallbackAgenda?: AgendaSource;
}

export const EMPTY_CONTEXT: CheckContext = { isKnownSymbol: () => false };

export function findDefects(draft: Draft, context: CheckContext): Finding[] {
  const findings: Finding[] = [];
  checkMasthead(draft, findings);
  checkFurniture(draft, findings);
  checkPdfPaste(draft, findings);
  checkHeadings(draft, findings);
  checkParagraphNumbers(draft, findings);
  checkLists(draft, findings);
  const agenda = draft.agenda ? { agenda: draft.agenda } : context.fallbackAgenda;
  checkAgendaReferences(draft, agenda, findings);
  checkParagraphReferences(draft, new ParagraphIndex(draft), findings);
  checkSymbols(draft, context.isKnownSymbol, findings);
  checkDates(draft, findings);
  checkEnumerations(draft, findings);
  return findings.sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end);
}

/** Findings with their severities; codes switched off are dropped. */
export function checkDraft(draft: Draft, context: CheckContext, settings: RuleSettings = {}): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  for (const finding of findDefects(draft, context)) {
    const severity = severityOf(finding.code, settings);
    if (severity) diagnostics.push({ ...finding, severity });
  }
  return diagnostics;
}
