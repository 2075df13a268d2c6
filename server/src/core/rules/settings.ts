// The rule settings users give in rapporteur.json or the `rapporteur.rules`
// setting, read from untrusted input; the codes and their default severities
// are the registry's (rules/registry.ts).
import { isRuleCode, RULE_CODES, RULES, type RuleCode } from './registry';
import type { Severity } from './rule';
import { excerpt } from '../excerpt';

export type RuleSetting = Severity | 'off';
export type RuleSettings = Partial<Record<RuleCode, RuleSetting>>;

const SETTINGS: readonly string[] = ['error', 'warning', 'information', 'hint', 'off'];
/** Common spellings users write for a severity. */
const ALIASES: Record<string, RuleSetting> = { info: 'information', warn: 'warning', none: 'off', false: 'off', true: 'error' };

/** The severity a code has under the settings, or undefined when it is switched off. */
export function severityOf(code: RuleCode, settings: RuleSettings): Severity | undefined {
  const setting = settings[code] ?? RULES[code];
  return setting === 'off' ? undefined : setting;
}

/** At most this many problems are reported for one `rules` object; the rest are counted. */
const MAX_PROBLEMS = 10;

/** A value from untrusted settings, quoted and cut short enough for a one-line message. */
function quoted(value: unknown): string {
  if (typeof value === 'string') return excerpt(value);
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}

/**
 * Reads a `rules` object (`{ "paragraph-unnumbered": "off" }`) from untrusted input.
 * Unknown codes and values are reported in `problems` and otherwise ignored.
 */
export function readRuleSettings(value: unknown): { settings: RuleSettings; problems: string[]; keys: (string | undefined)[] } {
  const settings: RuleSettings = {};
  const problems: string[] = [];
  /** The entry of "rules" each problem is about (undefined for the whole object), to point at it. */
  const keys: (string | undefined)[] = [];
  if (value === undefined || value === null) return { settings, problems, keys };
  if (typeof value !== 'object' || Array.isArray(value)) {
    return { settings, problems: ['"rules" must be an object mapping rule codes to a severity or "off"'], keys: [undefined] };
  }
  let unreported = 0;
  const report = (key: string, problem: () => string): void => {
    if (problems.length >= MAX_PROBLEMS) {
      unreported++;
      return;
    }
    problems.push(problem());
    keys.push(key);
  };
  for (const [code, raw] of Object.entries(value as Record<string, unknown>)) {
    if (!isRuleCode(code)) {
      report(code, () => `unknown rule ${quoted(code)} (known rules: ${RULE_CODES.join(', ')})`);
      continue;
    }
    const text = typeof raw === 'boolean' ? String(raw) : typeof raw === 'string' ? raw.toLowerCase() : '';
    // hasOwnProperty: "constructor" or "__proto__" must not read through to Object.prototype.
    const setting = SETTINGS.includes(text) ? (text as RuleSetting) : Object.prototype.hasOwnProperty.call(ALIASES, text) ? ALIASES[text] : undefined;
    if (setting) settings[code] = setting;
    else report(code, () => `rule "${code}": ${quoted(raw)} is not one of error, warning, information, hint, off`);
  }
  if (unreported > 0) {
    problems.push(`and ${unreported} more problem${unreported === 1 ? '' : 's'} in "rules"`);
    keys.push(undefined);
  }
  return { settings, problems, keys };
}
