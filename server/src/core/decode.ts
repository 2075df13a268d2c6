// Turns the bytes of a file into draft text, or into a clear reason why not:
// binary data, UTF-16, invalid UTF-8 (with the line of the first bad byte), too large.
// Pure: the caller reads the bytes.

/** Drafts larger than this are not analysed (a 20,000-paragraph report is about 10 MB). */
export const MAX_DRAFT_BYTES = 50 * 1024 * 1024;

export type DecodedDraft =
  | { ok: true; text: string }
  | { ok: false; code: 'file-unreadable' | 'file-too-large'; line: number; message: string };

function lineOfOffset(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset; i++) if (bytes[i] === 10) line++;
  return line;
}

/** Offset of the first byte that breaks UTF-8, or -1. */
function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i];
    let extra: number;
    let min: number;
    if (b < 0x80) { i++; continue; }
    else if (b >= 0xc2 && b <= 0xdf) { extra = 1; min = 0x80; }
    else if (b >= 0xe0 && b <= 0xef) { extra = 2; min = 0x800; }
    else if (b >= 0xf0 && b <= 0xf4) { extra = 3; min = 0x10000; }
    else return i;
    let code = b & (0x3f >> extra);
    for (let k = 1; k <= extra; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
      code = (code << 6) | (c & 0x3f);
    }
    if (code < min || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return i;
    i += extra + 1;
  }
  return -1;
}

/** The message for a file of `size` bytes, over the limit. */
export function tooLarge(size: number): string {
  return `The file is ${(size / 1024 / 1024).toFixed(1)} MB; drafts over ${MAX_DRAFT_BYTES / 1024 / 1024} MB are not analysed.`;
}

/** True when zero bytes fall on one parity only, as in UTF-16 text without a byte-order mark. */
function looksLikeUtf16(bytes: Uint8Array, probe: number): boolean {
  const zeros = [0, 0];
  for (let i = 0; i < probe; i++) if (bytes[i] === 0) zeros[i % 2]++;
  const pairs = probe / 2;
  return pairs >= 2 && (zeros[0] >= pairs * 0.3 || zeros[1] >= pairs * 0.3) && Math.min(zeros[0], zeros[1]) === 0;
}

export function decodeDraft(bytes: Uint8Array): DecodedDraft {
  if (bytes.length > MAX_DRAFT_BYTES) return { ok: false, code: 'file-too-large', line: 1, message: tooLarge(bytes.length) };
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return { ok: false, code: 'file-unreadable', line: 1, message: 'The file is in UTF-16; save it as UTF-8 to check it.' };
  }
  const probe = Math.min(bytes.length, 8192);
  if (looksLikeUtf16(bytes, probe)) {
    return { ok: false, code: 'file-unreadable', line: 1, message: 'The file looks like UTF-16 without a byte-order mark; save it as UTF-8 to check it.' };
  }
  for (let i = 0; i < probe; i++) {
    if (bytes[i] === 0) return { ok: false, code: 'file-unreadable', line: lineOfOffset(bytes, i), message: 'The file is binary, not a text draft.' };
  }
  let text: string;
  try {
    // The native decoder rejects what firstInvalidUtf8 rejects (overlong forms, surrogates,
    // code points over U+10FFFF); the slower scan only runs to find where.
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    const bad = Math.max(0, firstInvalidUtf8(bytes));
    return { ok: false, code: 'file-unreadable', line: lineOfOffset(bytes, bad), message: 'The file is not valid UTF-8 text (perhaps Windows-1252 or Latin-1); save it as UTF-8 to check it.' };
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  return { ok: true, text };
}
