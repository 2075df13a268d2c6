// Shape checks for request parameters, so that a malformed request gets a clean
// InvalidParams error instead of an exception inside a feature. Only what the
// handlers read is checked: `textDocument.uri` and `position`.

/** Requests whose handlers read a position. */
const NEEDS_POSITION = new Set(['textDocument/hover', 'textDocument/definition', 'textDocument/references', 'textDocument/completion']);

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isPosition(value: unknown): boolean {
  return isObject(value) && Number.isFinite(value.line) && Number.isFinite(value.character);
}

/** Why `params` cannot be the parameters of `method`, or undefined when they can. */
export function paramsProblem(method: string, params: unknown): string | undefined {
  if (params === undefined || params === null) return NEEDS_POSITION.has(method) ? 'a position is required' : undefined;
  if (!isObject(params)) return 'the parameters must be an object';
  const { textDocument, position } = params;
  if (textDocument !== undefined && !(isObject(textDocument) && typeof textDocument.uri === 'string')) return '"textDocument" must be an object with a string "uri"';
  if (position !== undefined || NEEDS_POSITION.has(method)) {
    if (!isPosition(position)) return '"position" must be an object with numeric "line" and "character"';
  }
  return undefined;
}
