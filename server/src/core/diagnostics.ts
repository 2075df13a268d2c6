// What a check reports: a code, a message an editor reads without docs, and
// where. Severities are applied afterwards from the rule settings.
import type { RuleCode, Severity } from './rules';
import type { Span } from './text';

/** Extra facts a quick fix needs (the well-formed symbol, the agenda's title…). */
export interface FixData {
  replacement?: string;
}

export interface Finding {
  code: RuleCode;
  message: string;
  span: Span;
  data?: FixData;
}

export interface Diagnostic extends Finding {
  severity: Severity;
}
