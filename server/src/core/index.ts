// The language core's public face: parse a draft, check it, and the
// workspace of drafts checked together. No editor, protocol or file system here.
export { parseDraft, type ParseOptions } from './parse/draft';
export { ParseCache } from './parse/cache';
export { checkDraft, findDefects, EMPTY_CONTEXT, type CheckContext, type AgendaSource } from './checks';
export { FINDING_LIMITS, limitFindings, type FindingLimits } from './findingLimits';
export { Workspace, type WorkspaceDraft, type ProvisionalAgenda } from './workspace';
export { summarizeDraft, summaryRange, sharedFacts, type DraftSummary, type SymbolMention, type AgendaMention, type SummaryEntry, type SummaryHeading, type SummarySymbol } from './index/summary';
export { readSymbolName, type SymbolName } from './index/symbolName';
export { parseCatalogue, catalogueFormat, CATALOGUE_FILE, CATALOGUE_FILES, MAX_CATALOGUE_BYTES, type Catalogue, type CatalogueEntry, type CatalogueProblem, type CatalogueFormat } from './catalogue';
export { addToCatalogue, csvField, type CatalogueFile, type NewCatalogueEntry } from './catalogueEdit';
export { RULES, RULE_CODES, RULE_ENTRIES, codesTagged, hasTag, readRuleSettings, severityOf, isRuleCode, type RuleCode, type RuleEntry, type RuleTag, type RuleSettings, type Severity } from './rules';
export type { Diagnostic, Finding } from './diagnostics';
export { countWords, type WordCount } from './wordCount';
export { DEFAULT_REPORT_LENGTH, readReportLength } from './rules/length';
export type * from './model';
export { LineMap, type Span } from './text';
export { parseSymbol, describeSymbol, type ParsedSymbol } from './symbols';
export { decodeDraft, MAX_DRAFT_BYTES, type DecodedDraft } from './decode';
export * from './features';
export * from './fix';
