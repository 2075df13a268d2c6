// Finds and reads the document catalogues of a `rapporteur check` run. For each
// folder named on the command line (the folder of each file named) and each
// draft's folder: the file that `catalogue` names in the rapporteur.json that
// applies there (relative to that rapporteur.json); else
// `rapporteur-catalogue.csv` or `rapporteur-catalogue.json` in the folder named,
// or in the folder of that rapporteur.json. All the catalogues found apply.
// A catalogue is read only inside the folder that holds its rapporteur.json (or
// the folder where a default-named one is found), links included, and only
// when it is a regular file of at most MAX_CATALOGUE_BYTES.
import { existsSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { CATALOGUE_FILES, catalogueFormat, MAX_CATALOGUE_BYTES, parseCatalogue, type CatalogueEntry } from '../core/catalogue';
import { escapeControls, excerpt } from '../core/excerpt';
import { confine } from '../files/confine';
import { readRegularFileSync } from '../files/regularFile';
import type { ConfigFinder } from './config';

/** Problems listed per catalogue; the rest are counted. */
const MAX_PROBLEMS = 20;

export interface LoadedCatalogues {
  /** Catalogue path → its entries. */
  entries: Map<string, CatalogueEntry[]>;
  problems: string[];
  /** A configured catalogue could not be read. */
  unreadable: boolean;
}

/** A catalogue to read: where it is shown, and its real path. */
interface Candidate {
  path: string;
  real: string;
}

function folderOf(path: string): string {
  try {
    return statSync(path).isDirectory() ? path : dirname(path);
  } catch {
    return dirname(path);
  }
}

export function loadCatalogues(paths: string[], drafts: string[], configs: ConfigFinder, shown: (file: string) => string): LoadedCatalogues {
  const loaded: LoadedCatalogues = { entries: new Map(), problems: [], unreadable: false };
  const candidates = new Map<string, Candidate>();
  const refuse = (message: string) => {
    if (!loaded.problems.includes(message)) loaded.problems.push(message);
    loaded.unreadable = true;
  };
  /** The catalogue of a folder: the one its rapporteur.json names, else a default name in `fallback`. */
  const add = (folder: string, fallback: string | undefined) => {
    const { config } = configs.forFolder(folder);
    if (config.path && config.catalogue) {
      const home = dirname(resolve(config.path));
      const found = confine(home, config.catalogue, 'the folder of rapporteur.json');
      if (found.ok) candidates.set(found.real, found);
      else refuse(`${show(shown(config.path))}: the document catalogue ${excerpt(config.catalogue)} ${found.reason}; it is not read`);
      return;
    }
    const base = fallback ?? (config.path ? dirname(resolve(config.path)) : undefined);
    const name = base && CATALOGUE_FILES.find((file) => existsSync(join(base, file)));
    if (!base || !name) return;
    const found = confine(base, name, 'its folder');
    if (found.ok) candidates.set(found.real, found);
    else refuse(`${show(shown(join(base, name)))}: the document catalogue ${found.reason}; it is not read`);
  };
  for (const folder of new Set(paths.map((path) => folderOf(resolve(path))))) add(folder, folder);
  for (const folder of new Set(drafts.map((file) => dirname(file)))) add(folder, undefined);
  for (const candidate of candidates.values()) read(candidate, loaded, (file) => show(shown(file)));
  return loaded;
}

/** A path in a message: control characters escaped. */
const show = (path: string) => escapeControls(path);

function read({ path, real }: Candidate, loaded: LoadedCatalogues, shown: (file: string) => string): void {
  const file = readRegularFileSync(real, MAX_CATALOGUE_BYTES);
  if (!file.ok) {
    loaded.problems.push(`${shown(path)}: document catalogue: ${file.reason}`);
    loaded.unreadable = true;
    return;
  }
  const catalogue = parseCatalogue(file.bytes.toString('utf8'), catalogueFormat(real));
  loaded.entries.set(path, catalogue.entries);
  for (const problem of catalogue.problems.slice(0, MAX_PROBLEMS)) loaded.problems.push(`${shown(path)}:${problem.line}: ${problem.message}`);
  const more = catalogue.problems.length - MAX_PROBLEMS;
  if (more > 0) loaded.problems.push(`${shown(path)}: ${more} more problem${more === 1 ? '' : 's'} in this catalogue`);
}
