// The language core's public face: parse a draft, check it, and the
// workspace of drafts checked together. No editor, protocol or file system here.
export { parseDraft, type ParseOptions } from './parse/draft';
export { ParseCache } from './parse/cache';
export { checkDraft, findDefects, EMPTY_CONTEXT, type CheckContext, type AgendaSource } from './checks';
export { Workspace, type WorkspaceDraft } from './workspace';
export { RULES, RULE_CODES, readRuleSettings, severityOf, isRuleCode, type RuleCode, type RuleSettings, type Severity } from './rules';
export type { Diagnostic, Finding } from './diagnostics';
export type * from './model';
export { LineMap, type Span } from './text';
export { parseSymbol, describeSymbol, type ParsedSymbol } from './symbols';
export { decodeDraft, MAX_DRAFT_BYTES, type DecodedDraft } from './decode';
export * from './features';
