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

/**
 * Reads a `rules` object (`{ "paragraph-unnumbered": "off" }`) from untrusted input.
 * Unknown codes and values are reported in `problems` and otherwise ignored.
 */
export function readRuleSettings(value: unknown): { settings: RuleSettings; problems: string[] } {
  const settings: RuleSettings = {};
  const problems: string[] = [];
  if (value === undefined || value === null) return { settings, problems };
  if (typeof value !== 'object' || Array.isArray(value)) {
    return { settings, problems: ['"rules" must be an object mapping rule codes to a severity or "off"'] };
  }
  for (const [code, raw] of Object.entries(value as Record<string, unknown>)) {
    if (!isRuleCode(code)) {
      problems.push(`unknown rule "${code}" (known rules: ${RULE_CODES.join(', ')})`);
      continue;
    }
    const text = typeof raw === 'boolean' ? String(raw) : typeof raw === 'string' ? raw.toLowerCase() : '';
    const setting = SETTINGS.includes(text) ? (text as RuleSetting) : ALIASES[text];
    if (setting) settings[code] = setting;
    else problems.push(`rule "${code}": ${JSON.stringify(raw)} is not one of error, warning, information, hint, off`);
  }
  return { settings, problems };
}
