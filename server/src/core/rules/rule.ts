// What a rule family is made of: its rules (code, default severity, what it
// reports, tags), the check that finds their defects, and the quick fixes that
// correct them. Each family module exports one `RuleFamily` made by
// `ruleFamily`; rules/registry.ts lists the families.
import type { CheckContext } from '../checks';
import type { Finding } from '../diagnostics';
import { replace, type TextEdit } from '../fix/edits';
import type { Draft } from '../model';
import type { Span } from '../text';
import { languageOf, type Language } from './language';
import type { RuleCode } from './registry';

export type Severity = 'error' | 'warning' | 'information' | 'hint';

/**
 * `numbering`: a defect of paragraph, heading or list numbering, which renumbering fixes
 * (`rapporteur fix` names those it leaves). `fixable`: the family has a quick fix for the
 * code; the registry gives this tag, a rule does not write it.
 */
export type RuleTag = 'numbering' | 'fixable';

export interface Rule {
  /** The severity it has unless the settings say otherwise. */
  severity: Severity;
  /** What it reports, as the table of docs/rules.md says it: "a paragraph number used twice". */
  reports: string;
  /** The description of its `rapporteur.rules` setting in package.json, before "Default: …". */
  setting: string;
  tags?: readonly Exclude<RuleTag, 'fixable'>[];
}

export interface Fix {
  title: string;
  code: RuleCode;
  edits: TextEdit[];
  /** The fix to choose when there is one obvious choice. */
  preferred: boolean;
  /** Applied by fix-all (`rapporteur fix`, `source.fixAll.rapporteur`). */
  safe: boolean;
}

/** The quick fixes for one finding (none when its fix is not knowable). */
export type FixProvider = (draft: Draft, finding: Finding) => Fix[];

/** Finds the defects of a family's rules in a draft and adds them to `out`. */
export type Check = (draft: Draft, context: CheckContext, out: Finding[]) => void;

export interface RuleFamily<Code extends string = string> {
  /** The family's name: its module's, and its test's (test/unit/rules/<name>.test.ts) when it has a check. */
  name: string;
  /** Its rules by code, in the order of docs/rules.md. */
  rules: { readonly [code in Code]: Rule };
  /** None for codes found outside the checks (`file-unreadable`, when a file is read). */
  check?: Check;
  fixes?: { readonly [code in NoInfer<Code>]?: FixProvider };
}

/** A family, with its codes kept as a type (the registry's `RuleCode` is their union). */
export function ruleFamily<Code extends string>(family: RuleFamily<Code>): RuleFamily<Code> {
  return family;
}

/** True when `inner` lies within `outer`. */
export function within(outer: Span, inner: Span): boolean {
  return outer.start <= inner.start && inner.end <= outer.end;
}

/** The fix of a finding that carries its replacement (a symbol, an agenda title, a direction word). */
export function replacementFix(title: (replacement: string, language: Language) => string, safe: boolean): FixProvider {
  return (draft, finding) => {
    const replacement = finding.data?.replacement;
    if (replacement === undefined) return [];
    return [{ title: title(replacement, languageOf(draft)), code: finding.code, edits: [replace(finding.span.start, finding.span.end, replacement)], preferred: true, safe }];
  };
}
