// The registry: every rule family, and what is read from them all — the codes (a
// contract: docs/rules.md), their default severities and tags, the checks, the
// quick fixes. The order of FAMILIES is the order of docs/rules.md and of the
// settings in package.json (both generated from it: `npm run generate`).
import { agenda } from './agenda';
import { dates } from './dates';
import { enumerations } from './enumerations';
import { files } from './files';
import { furniture } from './furniture';
import { headingReferences } from './headingReferences';
import { headings } from './headings';
import { length } from './length';
import { listPunctuation } from './listPunctuation';
import { lists } from './lists';
import { masthead } from './masthead';
import { paragraphs } from './paragraphs';
import { pdfPaste } from './pdfPaste';
import { references } from './references';
import type { Check, FixProvider, Rule, RuleFamily, RuleTag, Severity } from './rule';
import { states } from './states';
import { subdivisions } from './subdivisions';
import { symbols } from './symbols';

const FAMILIES = [paragraphs, headings, lists, subdivisions, listPunctuation, agenda, references, headingReferences, symbols, masthead, dates, furniture, enumerations, states, pdfPaste, length, files] as const;

type CodeOf<Family> = Family extends RuleFamily<infer Code> ? Code : never;

/** Every diagnostic code. */
export type RuleCode = CodeOf<(typeof FAMILIES)[number]>;

export interface RuleEntry extends Omit<Rule, 'tags'> {
  code: RuleCode;
  /** The name of the family that owns it. */
  family: string;
  tags: readonly RuleTag[];
}

function entriesOf(family: RuleFamily): RuleEntry[] {
  return Object.entries(family.rules).map(([code, rule]) => {
    const tags: RuleTag[] = [...(rule.tags ?? [])];
    if (family.fixes?.[code]) tags.push('fixable');
    return { ...rule, code: code as RuleCode, family: family.name, tags };
  });
}

/** Every rule, in registry order. */
export const RULE_ENTRIES: readonly RuleEntry[] = FAMILIES.flatMap((family: RuleFamily) => entriesOf(family));

export const RULE_CODES: RuleCode[] = RULE_ENTRIES.map((rule) => rule.code);

/** The default severity of each code. */
export const RULES = Object.freeze(Object.fromEntries(RULE_ENTRIES.map((rule) => [rule.code, rule.severity]))) as { readonly [code in RuleCode]: Severity };

// A Map, not an object: codes come from users' settings ("constructor" is not a rule).
const BY_CODE = new Map<string, RuleEntry>(RULE_ENTRIES.map((rule) => [rule.code, rule]));

const FIXES = new Map<string, FixProvider>();
for (const family of FAMILIES as readonly RuleFamily[]) {
  for (const [code, fix] of Object.entries(family.fixes ?? {})) if (fix) FIXES.set(code, fix);
}

/** Every family, in registry order. */
export const RULE_FAMILIES: readonly RuleFamily[] = FAMILIES;

/**
 * The order the checks run in, which is the order of findings at the same place (they are sorted
 * by position, stably): the larger structure first, then what is inside it. A family not named
 * here runs after these, in registry order.
 */
const CHECK_ORDER: readonly RuleFamily[] = [masthead, furniture, pdfPaste, headings, paragraphs, lists, agenda, references, symbols, dates, enumerations];

const UNORDERED = (FAMILIES as readonly RuleFamily[]).filter((family) => !CHECK_ORDER.includes(family));

/** The checks of every family, in CHECK_ORDER. */
export const CHECKS: readonly Check[] = [...CHECK_ORDER, ...UNORDERED].flatMap((family) => (family.check ? [family.check] : []));

export function isRuleCode(code: string): code is RuleCode {
  return BY_CODE.has(code);
}

export function ruleOf(code: RuleCode): RuleEntry {
  return BY_CODE.get(code) as RuleEntry;
}

export function hasTag(code: RuleCode, tag: RuleTag): boolean {
  return ruleOf(code).tags.includes(tag);
}

/** The codes with a tag, in registry order: `codesTagged('numbering')`. */
export function codesTagged(tag: RuleTag): RuleCode[] {
  return RULE_ENTRIES.filter((rule) => rule.tags.includes(tag)).map((rule) => rule.code);
}

/** The quick fixes of a code's family for it, if it has any. */
export function fixProviderOf(code: RuleCode): FixProvider | undefined {
  return FIXES.get(code);
}
