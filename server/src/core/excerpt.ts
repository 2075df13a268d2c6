// Untrusted text in a message (a catalogue row, a setting, a file name): shown
// short and harmless. Control characters, line breaks and the invisible
// direction marks that reorder a terminal line are written as escapes, so a
// file cannot print a secret at length, rewrite a CI log or fake a line.

/** How many characters of untrusted text a message quotes by default. */
export const EXCERPT_LENGTH = 60;

const SHORT_ESCAPES = new Map<number, string>([[0x0a, '\\n'], [0x0d, '\\r'], [0x09, '\\t']]);

/** True for characters a message must not show as they are: C0, DEL, C1, line separators, direction and BOM marks. */
function isHidden(code: number): boolean {
  return code < 0x20 || (code >= 0x7f && code <= 0x9f) || code === 0x061c || code === 0x200e || code === 0x200f
    || (code >= 0x2028 && code <= 0x202e) || (code >= 0x2066 && code <= 0x2069) || code === 0xfeff;
}

const hex = (code: number) => `\\u${code.toString(16).padStart(4, '0')}`;

/** The character (or surrogate pair) at `i` as shown, and how many code units it takes. */
function shownAt(text: string, i: number, quoting: boolean): [string, number] {
  const code = text.charCodeAt(i);
  if (code >= 0xd800 && code <= 0xdbff) {
    const next = text.charCodeAt(i + 1);
    return next >= 0xdc00 && next <= 0xdfff ? [text.slice(i, i + 2), 2] : [hex(code), 1];
  }
  if (code >= 0xdc00 && code <= 0xdfff) return [hex(code), 1];
  if (isHidden(code)) return [SHORT_ESCAPES.get(code) ?? hex(code), 1];
  if (quoting && (code === 0x22 || code === 0x5c)) return [`\\${text[i]}`, 1];
  return [text[i], 1];
}

/** `text` as shown, cut to at most `max` characters (an ellipsis marks the cut). */
function shown(text: string, max: number, quoting: boolean): string {
  let out = '';
  let fits = 0;
  for (let i = 0; i < text.length;) {
    const [piece, width] = shownAt(text, i, quoting);
    if (out.length <= max - 1) fits = out.length;
    out += piece;
    i += width;
    if (out.length > max) return `${out.slice(0, fits)}…`;
  }
  return out;
}

/**
 * `text` in quotation marks, cut to at most `max` characters (an ellipsis marks the cut), with
 * control characters, quotation marks and backslashes escaped: `"A/75/rev1"`, `"SECRET=…"`.
 */
export function excerpt(text: string, max = EXCERPT_LENGTH): string {
  return `"${shown(text, max, true)}"`;
}

/** `text` (a file path, part of a message) with its control characters escaped, cut to `max` characters. */
export function escapeControls(text: string, max = Infinity): string {
  return shown(text, max, false);
}
