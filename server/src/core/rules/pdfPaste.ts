// pdf-paste: a draft that looks like text copied from a PDF (several page heads and feet,
// bullets before paragraph numbers, paragraph numbers alone on their line) is told so once,
// with the import that repairs it. One look at the start of each line.
import type { Finding } from '../diagnostics';
import type { Draft } from '../model';
import type { Span } from '../text';
import { joinList, languageOf, type Messages } from './language';
import { ruleFamily } from './rule';

/** How many of each sign make a PDF paste: one furniture line or bullet can be a slip. */
const FURNITURE_LINES = 3;
const BULLETED_NUMBERS = 2;
const HANGING_NUMBERS = 2;

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

function isBullet(c: number): boolean {
  // - • – ▪ and the Symbol font's bullet that PDF text keeps in the private use area.
  return c === 45 || c === 0x2022 || c === 0x2013 || c === 0x25aa || c === 0xf0b7;
}

function skipSpaces(text: string, i: number, end: number): number {
  let j = i;
  while (j < end && (text.charCodeAt(j) === 32 || text.charCodeAt(j) === 9 || text.charCodeAt(j) === 0xa0)) j++;
  return j;
}

/** The end of `N.` at `i` (at most four digits), or -1. */
function numberEnd(text: string, i: number, end: number): number {
  let j = i;
  while (j < end && j - i < 4 && isDigit(text.charCodeAt(j))) j++;
  return j > i && text.charCodeAt(j) === 46 ? j + 1 : -1;
}

interface PdfPasteMessages {
  furniture(count: number): string;
  bullets(count: number): string;
  hanging(count: number): string;
  found(signs: string): string;
}

/** The import command keeps its English title: VS Code shows it so. */
const COMMAND = '"rapporteur import"';
const TITLE = '"Rapporteur: Import Word or PDF Document…"';

const MESSAGES: Messages<PdfPasteMessages> = {
  en: {
    furniture: (count) => `${count} page heads or feet`,
    bullets: (count) => `${count} bullets before paragraph numbers`,
    hanging: (count) => `${count} paragraph numbers alone on their line`,
    found: (signs) => `This text looks copied from a PDF (${signs}). Import the PDF or this text with ${COMMAND} or the command ${TITLE}, which rebuilds it as a draft.`,
  },
  fr: {
    furniture: (count) => `${count} en-têtes ou pieds de page`,
    bullets: (count) => `${count} puces devant des numéros de paragraphe`,
    hanging: (count) => `${count} numéros de paragraphe seuls sur leur ligne`,
    found: (signs) => `Ce texte semble copié d’un PDF (${signs}). Importez le PDF ou ce texte avec ${COMMAND} ou la commande ${TITLE}, qui en refait un projet.`,
  },
  es: {
    furniture: (count) => `${count} encabezados o pies de página`,
    bullets: (count) => `${count} viñetas antes de números de párrafo`,
    hanging: (count) => `${count} números de párrafo solos en su línea`,
    found: (signs) => `Este texto parece copiado de un PDF (${signs}). Importe el PDF o este texto con ${COMMAND} o el comando ${TITLE}, que lo convierte en un proyecto.`,
  },
};

export function checkPdfPaste(draft: Draft, out: Finding[]): void {
  const { text, lineMap } = draft;
  let bullets = 0;
  let hanging = 0;
  let first: Span | undefined = draft.furniture.length >= FURNITURE_LINES ? draft.furniture[0].span : undefined;
  for (let line = 0; line < lineMap.lineCount; line++) {
    const lineStart = lineMap.lineStart(line);
    const c = text.charCodeAt(lineStart);
    // Most lines start with a letter: rejected on their first character.
    if (c >= 65 && c < 0x2000) continue;
    const end = lineMap.lineEnd(line);
    const start = skipSpaces(text, lineStart, end);
    if (start >= end) continue;
    let sign = false;
    if (isBullet(text.charCodeAt(start)) && skipSpaces(text, start + 1, end) > start + 1) {
      // `- 5. The summary…`
      const after = numberEnd(text, skipSpaces(text, start + 1, end), end);
      if (after > 0 && skipSpaces(text, after, end) > after) sign = ++bullets > 0;
    } else if (isDigit(text.charCodeAt(start))) {
      // `12.` alone, its text on the next line.
      const after = numberEnd(text, start, end);
      if (after > 0 && skipSpaces(text, after, end) === end) sign = ++hanging > 0;
    }
    if (sign && (!first || start < first.start)) first = { start, end };
  }
  const language = languageOf(draft);
  const say = MESSAGES[language];
  const signs: string[] = [];
  if (draft.furniture.length >= FURNITURE_LINES) signs.push(say.furniture(draft.furniture.length));
  if (bullets >= BULLETED_NUMBERS) signs.push(say.bullets(bullets));
  if (hanging >= HANGING_NUMBERS) signs.push(say.hanging(hanging));
  if (signs.length === 0 || !first) return;
  out.push({
    code: 'pdf-paste',
    message: say.found(language === 'en' ? signs.join(', ') : joinList(signs, language)),
    span: first,
  });
}

export const pdfPaste = ruleFamily({
  name: 'pdfPaste',
  rules: {
    'pdf-paste': {
      severity: 'information',
      reports: 'text that looks copied from a PDF, to import instead (a project addition)',
      setting: 'Text that looks copied from a PDF (page heads and feet, bullets before numbers): import it instead.',
    },
  },
  check: (draft, _context, out) => checkPdfPaste(draft, out),
});
