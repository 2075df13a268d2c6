// Page furniture: running heads and feet left over from a PDF (`2/7 V.20-05476`,
// `V.20-05476 3/7`, `2 GE.23-15302`, Nairobi's `K2400456 3/6`, a job number alone).
// Recognized line by line with a small hand-written matcher: every loop is bounded by the
// line's length. The report's own symbol as a running head is the block cutter's (blocks.ts).

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** Length of a run of digits at `i`. */
function digitsAt(line: string, i: number): number {
  let j = i;
  while (j < line.length && isDigit(line.charCodeAt(j))) j++;
  return j - i;
}

/** Length of a Nairobi job number at `i` (`K2400456`: a capital and seven digits), or 0. */
function nairobiJobLength(line: string, i: number): number {
  const c = line.charCodeAt(i);
  if (!(c >= 65 && c <= 90) || digitsAt(line, i + 1) !== 7) return 0;
  return 8;
}

/** Length of a job number at `i` (`V.20-05476`, `GE.20-12345`, `20-12345`, `K2400456`, with an optional ` (E)`), or 0. */
function jobNumberLength(line: string, i: number): number {
  const nairobi = nairobiJobLength(line, i);
  if (nairobi > 0) return nairobi;
  let j = i;
  while (j < line.length && j - i < 3 && line.charCodeAt(j) >= 65 && line.charCodeAt(j) <= 90) j++;
  if (j > i) {
    if (line[j] !== '.') return 0;
    j++;
  }
  const digitsStart = j;
  while (j < line.length && isDigit(line.charCodeAt(j))) j++;
  if (j - digitsStart !== 2 || line[j] !== '-') return 0;
  j++;
  const serialStart = j;
  while (j < line.length && isDigit(line.charCodeAt(j))) j++;
  if (j - serialStart < 4 || j - serialStart > 6) return 0;
  if (line.startsWith(' (', j) && line[j + 3] === ')' && /[A-Z]/.test(line[j + 2] ?? '')) j += 4;
  return j - i;
}

/** True when the six digits at `i` read as a day, a month and a year (`050324`: 5 March 2024). */
function isPrintDate(line: string, i: number): boolean {
  if (digitsAt(line, i) !== 6) return false;
  const day = Number(line.slice(i, i + 2));
  const month = Number(line.slice(i + 2, i + 4));
  return day >= 1 && day <= 31 && month >= 1 && month <= 12;
}

/** Length of a page number at `i`: `2/7`, or `3` alone when `bare` (next to a job number), or 0. */
function pageNumberLength(line: string, i: number, bare: boolean): number {
  let j = i;
  while (j < line.length && j - i < 4 && isDigit(line.charCodeAt(j))) j++;
  if (j === i) return 0;
  if (line[j] !== '/') return bare && Number(line.slice(i, j)) >= 1 ? j - i : 0;
  const denominatorStart = ++j;
  while (j < line.length && j - denominatorStart < 4 && isDigit(line.charCodeAt(j))) j++;
  if (j === denominatorStart) return 0;
  const page = Number(line.slice(i, denominatorStart - 1));
  const pages = Number(line.slice(denominatorStart, j));
  return page >= 1 && page <= pages ? j - i : 0;
}

function skipSpaces(line: string, i: number): number {
  let j = i;
  while (j < line.length && (line[j] === ' ' || line[j] === '\t' || line[j] === '\u00a0')) j++;
  return j;
}

/**
 * True when the trimmed line is a page head or foot: a job number and a page number in either
 * order (`2/7 V.20-05476`, `V.20-05476 3/7`, `2 GE.23-15302`, `GE.23-15302  3`, `K2400456 3/6`),
 * a job number and its date of printing (`K2400456 050324`), or a job number alone.
 */
export function isPageFurniture(trimmed: string): boolean {
  if (trimmed.length === 0 || trimmed.length > 40) return false;
  const job = jobNumberLength(trimmed, 0);
  if (job > 0) {
    const rest = skipSpaces(trimmed, job);
    if (rest === trimmed.length) return true;
    if (rest === job) return false;
    const after = isPrintDate(trimmed, rest) ? 6 : pageNumberLength(trimmed, rest, true);
    return rest + after === trimmed.length;
  }
  const page = pageNumberLength(trimmed, 0, true);
  if (page === 0) return false;
  const rest = skipSpaces(trimmed, page);
  if (rest === page) return false;
  const jobAfter = jobNumberLength(trimmed, rest);
  return jobAfter > 0 && rest + jobAfter === trimmed.length;
}
