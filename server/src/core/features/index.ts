// The editor features: one module each, over a parsed draft (and the
// workspace where other drafts matter). Plain LSP-shaped data out.
export { documentSymbols } from './outline';
export { hover, type HoverOptions } from './hover';
export { definition } from './definition';
export { references } from './references';
export { completions } from './completion';
export { foldingRanges } from './folding';
export { documentLinks, linkBaseOf, parseLinkBase, symbolLink, DEFAULT_LINK_BASE } from './links';
export type { FeatureDocument } from './common';
export { codeActions, quickFixActions, fixAllAction, FIX_ALL_KIND, QUICK_FIX_KIND, type CodeActionQuery } from './codeActions';
export { prepareRename, renameSymbol, type RenameResult } from './rename';
export { workspaceSymbols, MAX_WORKSPACE_SYMBOLS } from './workspaceSymbols';
export { symbolFacts, knownSymbols, type SymbolFacts } from './symbolFacts';
