// The numeric LSP enumerations the features use, typed against
// vscode-languageserver-types but without importing its runtime code.
import type { CompletionItemKind, InsertTextFormat, SymbolKind } from 'vscode-languageserver-types';

export const SYMBOL_KIND = {
  File: 1,
  Module: 2,
  Namespace: 3,
  Package: 4,
  Class: 5,
  String: 15,
  Object: 19,
} as const satisfies Record<string, SymbolKind>;

export const COMPLETION_KIND = {
  Value: 12,
  Snippet: 15,
  Reference: 18,
  EnumMember: 20,
} as const satisfies Record<string, CompletionItemKind>;

export const INSERT_FORMAT = {
  PlainText: 1,
  Snippet: 2,
} as const satisfies Record<string, InsertTextFormat>;
