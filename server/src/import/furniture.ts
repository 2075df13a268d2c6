// Running heads and feet of a PDF page, as lines of text: what the parser calls page furniture
// (`2/7 V.20-05476`, a job number alone), the other duty stations' forms (`2 GE.23-15302`,
// `GE.23-15302 3`), a page number alone, and the report's own symbol with or without a page
// number. Hand-written matchers over one short line; no regular expression runs on long text.
import { isPageFurniture } from '../core/parse/furniture';

function isDigits(text: string, min: number, max: number): boolean {
  if (text.length < min || text.length > max) return false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

/** `3`, `3/7`: a page number (or page of pages) alone. */
export function isPageNumber(text: string): boolean {
  const slash = text.indexOf('/');
  if (slash < 0) return isDigits(text, 1, 4);
  return isDigits(text.slice(0, slash), 1, 4) && isDigits(text.slice(slash + 1), 1, 4);
}

/** `GE.23-15302`, `V.20-05476`, `20-12345`, `GE.23-15302 (E)` alone. */
function isJobNumber(text: string): boolean {
  return isPageFurniture(text) && (text.indexOf(' ') < 0 || text.endsWith(')'));
}

/** True when a trimmed line is a page head or foot; `symbol` is the report's own symbol, if known. */
export function isRunningLine(text: string, symbol: string | undefined): boolean {
  if (text.length === 0 || text.length > 60) return false;
  if (isPageFurniture(text) || isPageNumber(text)) return true;
  if (symbol !== undefined && text === symbol) return true;
  const firstSpace = text.indexOf(' ');
  if (firstSpace < 0) return false;
  const lastSpace = text.lastIndexOf(' ');
  // A page number before or after a job number or the report's symbol: `2 GE.23-15302`, `A/75/1 3`.
  const before = text.slice(firstSpace + 1);
  if (isPageNumber(text.slice(0, firstSpace)) && (isJobNumber(before) || before === symbol)) return true;
  const after = text.slice(0, lastSpace);
  return isPageNumber(text.slice(lastSpace + 1)) && (isJobNumber(after) || after === symbol);
}
