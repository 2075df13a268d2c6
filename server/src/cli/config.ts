// rapporteur.json: rule settings for the drafts in a folder and below it.
// The nearest file up the folder tree applies. Parsed defensively: a
// malformed file gives one message naming the file and line, and defaults apply.
import { readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parse, printParseErrorCode, type ParseError } from 'jsonc-parser';
import { readRuleSettings, type RuleSettings } from '../core/rules';

export const CONFIG_FILE = 'rapporteur.json';
const MAX_CONFIG_BYTES = 1024 * 1024;

export interface Config {
  path?: string;
  rules: RuleSettings;
  /** Catalogue file paths, resolved against the config's folder. */
  catalogue?: string;
}

export interface LoadedConfig {
  config: Config;
  problems: string[];
}

function lineAndColumn(text: string, offset: number): string {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text[i] === '\n') {
      line++;
      lineStart = i + 1;
    }
  }
  return `${line}:${offset - lineStart + 1}`;
}

/** Parses the text of a rapporteur.json. `shown` is the path used in messages. */
export function parseConfig(text: string, shown: string): LoadedConfig {
  const errors: ParseError[] = [];
  const value = parse(text, errors, { allowTrailingComma: true, disallowComments: false });
  if (errors.length > 0) {
    const error = errors[0];
    return { config: { path: shown, rules: {} }, problems: [`${shown}:${lineAndColumn(text, error.offset)}: ${readable(printParseErrorCode(error.error))}; using the default rule settings`] };
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { config: { path: shown, rules: {} }, problems: [`${shown}:1:1: expected an object such as { "rules": { "paragraph-unnumbered": "off" } }`] };
  }
  const { settings, problems } = readRuleSettings((value as Record<string, unknown>).rules);
  const catalogue = (value as Record<string, unknown>).catalogue;
  const config: Config = { path: shown, rules: settings, ...(typeof catalogue === 'string' ? { catalogue } : {}) };
  const rulesAt = text.indexOf('"rules"');
  const where = `${shown}:${lineAndColumn(text, Math.max(0, rulesAt))}`;
  return { config, problems: problems.map((problem) => `${where}: ${problem}`) };
}

function readable(code: string): string {
  return code.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
}

/** Finds and loads the nearest rapporteur.json for files in `folder`; results are cached per folder. */
export class ConfigFinder {
  private readonly cache = new Map<string, LoadedConfig>();

  forFolder(folder: string): LoadedConfig {
    const cached = this.cache.get(folder);
    if (cached) return cached;
    const candidate = join(folder, CONFIG_FILE);
    let loaded: LoadedConfig;
    if (isFile(candidate)) loaded = load(candidate);
    else {
      const parent = dirname(folder);
      loaded = parent === folder ? { config: { rules: {} }, problems: [] } : this.forFolder(parent);
    }
    this.cache.set(folder, loaded);
    return loaded;
  }
}

function isFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

function load(path: string): LoadedConfig {
  try {
    if (statSync(path).size > MAX_CONFIG_BYTES) return { config: { path, rules: {} }, problems: [`${path}: larger than 1 MB; using the default rule settings`] };
    return parseConfig(readFileSync(path, 'utf8'), path);
  } catch (error) {
    return { config: { path, rules: {} }, problems: [`${path}: cannot be read (${(error as Error).message}); using the default rule settings`] };
  }
}
