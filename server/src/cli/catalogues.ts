// Finds and reads the document catalogues of a `rapporteur check` run. For each
// folder named on the command line (the folder of each file named) and each
// draft's folder: the file that `catalogue` names in the rapporteur.json that
// applies there (relative to that rapporteur.json); else
// `rapporteur-catalogue.csv` or `rapporteur-catalogue.json` in the folder named,
// or in the folder of that rapporteur.json. All the catalogues found apply.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, isAbsolute, join, resolve } from 'node:path';
import { CATALOGUE_FILES, catalogueFormat, MAX_CATALOGUE_BYTES, parseCatalogue, type CatalogueEntry } from '../core/catalogue';
import type { ConfigFinder } from './config';
import { describeFsError } from './files';

export interface LoadedCatalogues {
  /** Catalogue path → its entries. */
  entries: Map<string, CatalogueEntry[]>;
  problems: string[];
  /** A configured catalogue could not be read. */
  unreadable: boolean;
}

function folderOf(path: string): string {
  try {
    return statSync(path).isDirectory() ? path : dirname(path);
  } catch {
    return dirname(path);
  }
}

export function loadCatalogues(paths: string[], drafts: string[], configs: ConfigFinder, shown: (file: string) => string): LoadedCatalogues {
  const candidates = new Set<string>();
  /** The catalogue of a folder: the one its rapporteur.json names, else a default name in `fallback`. */
  const add = (folder: string, fallback: string | undefined) => {
    const { config } = configs.forFolder(folder);
    if (config.path && config.catalogue) {
      candidates.add(isAbsolute(config.catalogue) ? config.catalogue : join(dirname(resolve(config.path)), config.catalogue));
      return;
    }
    const base = fallback ?? (config.path ? dirname(resolve(config.path)) : undefined);
    const found = base && CATALOGUE_FILES.map((file) => join(base, file)).find((file) => existsSync(file));
    if (found) candidates.add(found);
  };
  for (const folder of new Set(paths.map((path) => folderOf(resolve(path))))) add(folder, folder);
  for (const folder of new Set(drafts.map((file) => dirname(file)))) add(folder, undefined);
  const loaded: LoadedCatalogues = { entries: new Map(), problems: [], unreadable: false };
  for (const file of candidates) read(file, loaded, shown);
  return loaded;
}

function read(file: string, loaded: LoadedCatalogues, shown: (file: string) => string): void {
  let text: string;
  try {
    if (statSync(file).size > MAX_CATALOGUE_BYTES) throw new Error(`larger than ${MAX_CATALOGUE_BYTES / 1024 / 1024} MB`);
    text = readFileSync(file, 'utf8');
  } catch (error) {
    loaded.problems.push(`${shown(file)}: document catalogue: ${describeFsError(error)}`);
    loaded.unreadable = true;
    return;
  }
  const catalogue = parseCatalogue(text, catalogueFormat(file));
  loaded.entries.set(file, catalogue.entries);
  for (const problem of catalogue.problems) loaded.problems.push(`${shown(file)}:${problem.line}: ${problem.message}`);
}
