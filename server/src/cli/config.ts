// rapporteur.json: rule settings for the drafts in a folder and below it.
// The nearest file up the folder tree applies. Parsed defensively: a
// malformed file gives one message naming the file and line, and defaults apply.
import { statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { findNodeAtLocation, parseTree, printParseErrorCode, type Node, type ParseError } from 'jsonc-parser';
import { readRuleSettings, type RuleSettings } from '../core/rules';
import { escapeControls } from '../core/excerpt';
import { confine } from '../files/confine';
import { readReportLength } from '../core/rules/length';
import { readRegularFileSync } from '../files/regularFile';

export const CONFIG_FILE = 'rapporteur.json';
const MAX_CONFIG_BYTES = 1024 * 1024;

export interface Config {
  path?: string;
  rules: RuleSettings;
  /** Catalogue file paths, resolved against the config's folder. */
  catalogue?: string;
  /** `reportLength`: the word limit of `report-length` (its default when unset). */
  reportLength?: number;
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
  const tree = parseTree(text, errors, { allowTrailingComma: true, disallowComments: false });
  if (errors.length > 0 || !tree) {
    const offset = errors[0]?.offset ?? 0;
    const what = errors[0] ? readable(printParseErrorCode(errors[0].error)) : 'empty file';
    return { config: { path: shown, rules: {} }, problems: [`${shown}:${lineAndColumn(text, offset)}: ${what}; using the default rule settings`] };
  }
  if (tree.type !== 'object') {
    return { config: { path: shown, rules: {} }, problems: [`${shown}:1:1: expected an object such as { "rules": { "paragraph-unnumbered": "off" } }`] };
  }
  const value = valueOf(tree) as Record<string, unknown>;
  const { settings, problems, keys } = readRuleSettings(value.rules);
  const catalogue = value.catalogue;
  const reportLength = readReportLength(value.reportLength);
  const config: Config = { path: shown, rules: settings, ...(typeof catalogue === 'string' ? { catalogue } : {}), ...(value.reportLength !== undefined ? { reportLength: reportLength.limit } : {}) };
  const rules = findNodeAtLocation(tree, ['rules']);
  /** Where a problem points: its entry of "rules" (the property, so its key), else "rules" itself. */
  const at = (key: string | undefined): number => {
    const entry = key === undefined ? undefined : rules?.type === 'object' ? rules.children?.find((property) => property.children?.[0]?.value === key) : undefined;
    return entry?.offset ?? rules?.parent?.offset ?? 0;
  };
  const found = problems.map((problem, i) => `${shown}:${lineAndColumn(text, at(keys[i]))}: ${problem}`);
  if (reportLength.problem) found.push(`${shown}:${lineAndColumn(text, findNodeAtLocation(tree, ['reportLength'])?.parent?.offset ?? 0)}: ${reportLength.problem}`);
  return { config, problems: found };
}

/** The plain value of a parsed JSON node (what `parse` would give). */
function valueOf(node: Node): unknown {
  if (node.type === 'object') return Object.fromEntries((node.children ?? []).map((property) => [property.children?.[0]?.value, property.children?.[1] ? valueOf(property.children[1]) : undefined]));
  if (node.type === 'array') return (node.children ?? []).map(valueOf);
  return node.value;
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

/** Reads a rapporteur.json: only a regular file, and only in its own folder (a link leading out is refused). */
function load(path: string): LoadedConfig {
  const inside = confine(dirname(path), CONFIG_FILE, 'its folder');
  if (!inside.ok) return { config: { path, rules: {} }, problems: [`${escapeControls(path)}: ${inside.reason}; using the default rule settings`] };
  const file = readRegularFileSync(inside.real, MAX_CONFIG_BYTES);
  if (!file.ok) return { config: { path, rules: {} }, problems: [`${escapeControls(path)}: ${file.reason}; using the default rule settings`] };
  return parseConfig(file.bytes.toString('utf8'), path);
}
