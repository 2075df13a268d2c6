// symbol-malformed and symbol-unresolved.
import type { Finding } from '../diagnostics';
import type { Draft } from '../model';
import { trimEndOf } from '../text';
import type { SymbolProblem } from '../symbols';
import { colon, languageOf, quote, type Language, type Messages } from './language';
import { replacementFix, ruleFamily } from './rule';

/** Answers whether a symbol (compared by its key: well-formed, without a reissue `*`) is known. */
export type SymbolLookup = (key: string) => boolean;

interface SymbolMessages {
  problem(problem: SymbolProblem): string;
  malformed(text: string, problems: string, normalized: string | undefined): string;
  unresolved(symbol: string): string;
  write(symbol: string): string;
}

const MESSAGES: Messages<SymbolMessages> = {
  en: {
    problem: (p) =>
      p.kind === 'spelling' ? `"${p.written}" should be "${p.fixed}"` : p.kind === 'empty-component' ? 'has an empty component (two slashes in a row)' : p.kind === 'trailing-slash' ? 'ends with a slash' : `needs a space before "${p.year}"`,
    malformed: (text, problems, normalized) => `Malformed document symbol "${text}": ${problems}.${normalized ? ` Write "${normalized}".` : ''}`,
    unresolved: (symbol) => `${symbol} is not a draft being checked, nor in a documentation list or the document catalogue.`,
    write: (symbol) => `Write "${symbol}"`,
  },
  fr: {
    problem: (p) =>
      p.kind === 'spelling' ? `${quote(p.written, 'fr')} devrait s'écrire ${quote(p.fixed, 'fr')}` : p.kind === 'empty-component' ? 'a un élément vide (deux barres obliques de suite)' : p.kind === 'trailing-slash' ? 'finit par une barre oblique' : `demande une espace avant ${quote(p.year, 'fr')}`,
    malformed: (text, problems, normalized) => `Cote mal écrite ${quote(text, 'fr')}${colon('fr')} ${problems}.${normalized ? ` Écrire ${quote(normalized, 'fr')}.` : ''}`,
    unresolved: (symbol) => `${symbol} n'est ni un projet vérifié, ni dans une liste de documents ou le catalogue de documents.`,
    write: (symbol) => `Écrire ${quote(symbol, 'fr')}`,
  },
  es: {
    problem: (p) =>
      p.kind === 'spelling' ? `"${p.written}" debería ser "${p.fixed}"` : p.kind === 'empty-component' ? 'tiene un elemento vacío (dos barras seguidas)' : p.kind === 'trailing-slash' ? 'termina en barra' : `necesita un espacio antes de "${p.year}"`,
    malformed: (text, problems, normalized) => `Signatura mal escrita "${text}": ${problems}.${normalized ? ` Escriba "${normalized}".` : ''}`,
    unresolved: (symbol) => `${symbol} no es un proyecto que se esté revisando, ni figura en una lista de documentos ni en el catálogo de documentos.`,
    write: (symbol) => `Escribir "${symbol}"`,
  },
};

/** A symbol's problems in a language's words, joined by "; " (hovers and renames use English). */
export function symbolProblemsText(problems: readonly SymbolProblem[], language: Language = 'en'): string {
  return problems.map((problem) => MESSAGES[language].problem(problem)).join('; ');
}

export function checkSymbols(draft: Draft, isKnown: SymbolLookup, out: Finding[]): void {
  const language = languageOf(draft);
  const say = MESSAGES[language];
  const own = new Set<string>();
  if (draft.masthead?.symbol) own.add(draft.masthead.symbol.parsed.key);
  for (const entry of draft.documentation) own.add(trimEndOf(entry.symbol, '*'));
  for (let at = 0; at < draft.references.length; at++) {
    const reference = draft.references[at];
    if (reference.kind !== 'symbol') continue;
    const parsed = reference.parsed;
    if (parsed.problems.length > 0) {
      out.push({
        code: 'symbol-malformed',
        message: say.malformed(parsed.text, symbolProblemsText(parsed.problems, language), parsed.fixable ? parsed.normalized : undefined),
        span: reference.span,
        ...(parsed.fixable ? { data: { replacement: parsed.normalized } } : {}),
      });
      continue;
    }
    if (!own.has(parsed.key) && !isKnown(parsed.key)) {
      out.push({
        code: 'symbol-unresolved',
        message: say.unresolved(parsed.normalized),
        span: reference.span,
      });
    }
  }
}

export const symbols = ruleFamily({
  name: 'symbols',
  rules: {
    'symbol-malformed': {
      severity: 'error',
      reports: 'a document symbol written wrongly',
      setting: 'A document symbol that breaks the symbol grammar (Rev1, rev.1, A//75…).',
    },
    'symbol-unresolved': {
      severity: 'information',
      reports: 'a well-formed symbol Rapporteur does not know',
      setting: 'A well-formed symbol that neither the workspace nor the document catalogue knows.',
    },
  },
  check: (draft, context, out) => checkSymbols(draft, context.isKnownSymbol, out),
  fixes: { 'symbol-malformed': replacementFix((symbol, language) => MESSAGES[language].write(symbol), true) },
});
