// The rules: one module per family (its codes, check and quick fixes), the
// registry that lists them, and the rule settings users give.
export * from './registry';
export * from './settings';
export { type Check, type Fix, type FixProvider, type Rule, type RuleFamily, type RuleTag, type Severity } from './rule';
