// The `rapporteur.*` settings: pulled with workspace/configuration when the
// client supports it, else taken from didChangeConfiguration. Malformed values
// are reported once (window/showMessage) and replaced by the defaults.
import { MessageType, ShowMessageNotification, type Connection } from 'vscode-languageserver';
import { DEFAULT_LINK_BASE, DEFAULT_REPORT_LENGTH, parseLinkBase, readReportLength, readRuleSettings, type RuleSettings } from '../core';
import { excerpt } from '../core/excerpt';
import { describeError, type Log } from './safeHandler';

export interface ServerSettings {
  rules: RuleSettings;
  linkBase: string;
  /** `rapporteur.catalogue`: the catalogue file, relative to each workspace folder; empty for the default. */
  catalogue: string;
  /** `rapporteur.reportLength`: the word limit of `report-length`. */
  reportLength: number;
}

/** How long the first configuration pull may take before the defaults are used. */
const FIRST_PULL_TIMEOUT = 3000;

function sameSettings(a: ServerSettings, b: ServerSettings): boolean {
  return a.linkBase === b.linkBase && a.catalogue === b.catalogue && a.reportLength === b.reportLength && JSON.stringify(a.rules) === JSON.stringify(b.rules);
}

export class Settings {
  current: ServerSettings = { rules: {}, linkBase: DEFAULT_LINK_BASE, catalogue: '', reportLength: DEFAULT_REPORT_LENGTH };
  /** Bumped on every change: diagnostics are keyed by it. */
  generation = 0;
  readonly ready: Promise<void>;
  private markReady: () => void = () => undefined;
  private readonly shown = new Set<string>();
  /** True once results may have been computed with the settings in force (the first pull answered or timed out). */
  private settled = false;

  constructor(
    private readonly connection: Connection,
    private readonly log: Log,
    private readonly pullSupported: boolean,
  ) {
    this.ready = pullSupported ? new Promise((resolve) => (this.markReady = resolve)) : Promise.resolve();
    if (pullSupported) setTimeout(() => this.settle(), FIRST_PULL_TIMEOUT).unref();
    else this.settled = true;
  }

  /** Pulls the settings (when supported); returns true when results computed before now are out of date. */
  async load(): Promise<boolean> {
    if (!this.pullSupported) return false;
    try {
      const value: unknown = await this.connection.workspace.getConfiguration('rapporteur');
      const settled = this.settled;
      return this.apply(value) && settled;
    } catch (error) {
      this.log.error(`Could not read the rapporteur settings: ${describeError(error)}`);
      return false;
    } finally {
      this.settle();
    }
  }

  private settle(): void {
    this.settled = true;
    this.markReady();
  }

  /** didChangeConfiguration: pull again, or read the pushed `rapporteur` section. */
  async changed(pushed: unknown): Promise<boolean> {
    if (this.pullSupported) return this.load();
    const section = isObject(pushed) ? pushed.rapporteur : undefined;
    return this.apply(section);
  }

  /** Reads a `rapporteur` settings object; returns true when the effective settings changed. */
  apply(value: unknown): boolean {
    const section = isObject(value) ? value : {};
    const { settings, problems } = readRuleSettings(section.rules);
    for (const problem of problems) this.warn(`Rapporteur: the "rapporteur.rules" setting is malformed: ${problem}. The default is used instead.`);
    const base = section.documentLinkBase;
    const parsed = parseLinkBase(base);
    if (base !== undefined && base !== null && base !== '' && parsed === undefined) {
      const shown = typeof base === 'string' ? excerpt(base) : 'the value given';
      this.warn(`Rapporteur: "rapporteur.documentLinkBase" must be an https:// address without credentials, spaces, brackets, parentheses or quotation marks; ${shown} is ignored and ${DEFAULT_LINK_BASE} is used.`);
    }
    const linkBase = parsed ?? DEFAULT_LINK_BASE;
    const catalogue = typeof section.catalogue === 'string' ? section.catalogue.trim() : '';
    if (section.catalogue !== undefined && section.catalogue !== null && typeof section.catalogue !== 'string') {
      this.warn('Rapporteur: "rapporteur.catalogue" must be a file name such as "rapporteur-catalogue.csv"; the default is used instead.');
    }
    const reportLength = readReportLength(section.reportLength);
    if (reportLength.problem) this.warn(`Rapporteur: the "rapporteur.reportLength" setting is malformed: ${reportLength.problem}.`);
    const next: ServerSettings = { rules: settings, linkBase, catalogue, reportLength: reportLength.limit };
    if (sameSettings(next, this.current)) return false;
    this.current = next;
    this.generation++;
    return true;
  }

  private warn(message: string): void {
    this.log.error(message);
    if (this.shown.has(message)) return;
    if (this.shown.size >= 100) this.shown.clear(); // bounded, whatever a client keeps sending
    this.shown.add(message);
    this.connection.sendNotification(ShowMessageNotification.type, { type: MessageType.Warning, message }).catch(() => undefined);
  }
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
