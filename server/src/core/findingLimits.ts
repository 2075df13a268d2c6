// How many diagnostics one draft gets. A draft of 4.8 MB can hold a million bad
// references, and a million diagnostics cost the editor 1.5 GB and a 256 MB
// notification; no one reads past the first screens. Past the limits each code
// that lost diagnostics gets one `information` diagnostic saying how many, at the
// first one not shown. Used by `checkDraft`, so the command line (text and JSON)
// and the server show the same.
import type { Diagnostic, Finding } from './diagnostics';
import type { RuleCode, Severity } from './rules';
import { colon, type Language, type Messages } from './rules/language';

export interface FindingLimits {
  perCode: number;
  perDraft: number;
}

export const FINDING_LIMITS: FindingLimits = { perCode: 1000, perDraft: 5000 };

/** The summary of the diagnostics not shown, in the draft's language (numbers grouped as it groups them). */
const SUMMARIES: Messages<(hidden: number, code: RuleCode, limits: FindingLimits) => string> = {
  en: (hidden, code, limits) => {
    const count = (n: number) => n.toLocaleString('en-US');
    return `${count(hidden)} more ${code} ${hidden === 1 ? 'finding' : 'findings'} not shown, from here on: at most ${count(limits.perCode)} are shown per code and ${count(limits.perDraft)} per draft.`;
  },
  fr: (hidden, code, limits) => {
    const count = (n: number) => n.toLocaleString('fr-FR');
    return `${count(hidden)} ${hidden === 1 ? 'autre constat' : 'autres constats'} ${code} non ${hidden === 1 ? 'affiché' : 'affichés'} à partir d'ici${colon('fr')} au plus ${count(limits.perCode)} par code et ${count(limits.perDraft)} par projet.`;
  },
  es: (hidden, code, limits) => {
    const count = (n: number) => n.toLocaleString('es-ES');
    return `${count(hidden)} ${hidden === 1 ? 'resultado' : 'resultados'} ${code} más no ${hidden === 1 ? 'mostrado' : 'mostrados'} a partir de aquí: como máximo se muestran ${count(limits.perCode)} por código y ${count(limits.perDraft)} por proyecto.`;
  },
};

/**
 * The diagnostics of `findings` (in text order) within the limits, then one summary per code cut
 * short. `severityOf` gives a code's severity, undefined when it is off: a code switched off takes
 * no place, and a diagnostic object is made only for a finding that is shown.
 */
export function limitFindings(
  findings: readonly Finding[],
  severityOf: (code: RuleCode) => Severity | undefined,
  limits: FindingLimits = FINDING_LIMITS,
  language: Language = 'en',
): Diagnostic[] {
  const shown = new Map<RuleCode, number>();
  const hidden = new Map<RuleCode, { count: number; first: Finding }>();
  const severities = new Map<RuleCode, Severity | undefined>();
  const kept: Diagnostic[] = [];
  for (let at = 0; at < findings.length; at++) {
    const finding = findings[at];
    const code = finding.code;
    if (!severities.has(code)) severities.set(code, severityOf(code));
    const severity = severities.get(code);
    if (!severity) continue;
    const ofCode = shown.get(code) ?? 0;
    if (ofCode < limits.perCode && kept.length < limits.perDraft) {
      shown.set(code, ofCode + 1);
      kept.push({ ...finding, severity });
      continue;
    }
    const cut = hidden.get(code);
    if (cut) cut.count++;
    else hidden.set(code, { count: 1, first: finding });
  }
  if (hidden.size === 0) return kept;
  const summaries = [...hidden].map(([code, cut]) => summary(code, cut.count, cut.first, limits, language));
  return merge(kept, summaries);
}

function summary(code: RuleCode, hidden: number, first: Finding, limits: FindingLimits, language: Language): Diagnostic {
  return {
    code,
    severity: 'information',
    span: { ...first.span },
    message: SUMMARIES[language](hidden, code, limits),
  };
}

/** Both lists in text order (each already is); a summary goes after the diagnostics at its place. */
function merge(kept: Diagnostic[], summaries: Diagnostic[]): Diagnostic[] {
  summaries.sort((a, b) => a.span.start - b.span.start);
  const out: Diagnostic[] = [];
  let next = 0;
  for (const diagnostic of kept) {
    while (next < summaries.length && summaries[next].span.start < diagnostic.span.start) out.push(summaries[next++]);
    out.push(diagnostic);
  }
  while (next < summaries.length) out.push(summaries[next++]);
  return out;
}
