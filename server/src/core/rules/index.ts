// The rules: codes, default severities and the rule settings users give.
export * from './settings';
