// The diagnostic codes (docs/rules.md; a contract: never rename one), their
// default severities, and the rule settings users give in rapporteur.json or
// the `rapporteur.rules` setting.

export const RULES = {
  'paragraph-sequence': 'error',
  'paragraph-duplicate': 'error',
  'paragraph-unnumbered': 'warning',
  'heading-sequence': 'error',
  'list-sequence': 'error',
  'agenda-item-unknown': 'error',
  'agenda-title-mismatch': 'warning',
  'agenda-missing': 'information',
  'paragraph-ref-missing': 'error',
  'paragraph-ref-direction': 'warning',
  'symbol-malformed': 'error',
  'symbol-unresolved': 'information',
  'masthead-incomplete': 'warning',
  'date-invalid': 'error',
  'page-furniture': 'warning',
  'list-duplicate-entry': 'warning',
  'pdf-paste': 'information',
  'file-unreadable': 'error',
  'file-too-large': 'error',
} as const satisfies Record<string, Severity>;

export type RuleCode = keyof typeof RULES;
export type Severity = 'error' | 'warning' | 'information' | 'hint';
export type RuleSetting = Severity | 'off';
export type RuleSettings = Partial<Record<RuleCode, RuleSetting>>;

export const RULE_CODES = Object.keys(RULES) as RuleCode[];
const SETTINGS: readonly string[] = ['error', 'warning', 'information', 'hint', 'off'];
/** Common spellings users write for a severity. */
const ALIASES: Record<string, RuleSetting> = { info: 'information', warn: 'warning', none: 'off', false: 'off', true: 'error' };

export function isRuleCode(code: string): code is RuleCode {
  return Object.prototype.hasOwnProperty.call(RULES, code);
}

/** The severity a code has under the settings, or undefined when it is switched off. */
export function severityOf(code: RuleCode, settings: RuleSettings): Severity | undefined {
  const setting = settings[code] ?? RULES[code];
  return setting === 'off' ? undefined : setting;
}

/** At most this many problems are reported for one `rules` object; the rest are counted. */
const MAX_PROBLEMS = 10;

/** A value from untrusted settings, quoted and cut short enough for a one-line message. */
function quoted(value: unknown): string {
  const text = typeof value === 'string' ? JSON.stringify(value) : (JSON.stringify(value) ?? String(value));
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
