// Finds and reads the document catalogues of a `rapporteur check` run: the file
// that `catalogue` names in the rapporteur.json applying to each draft
// (relative to that rapporteur.json), and `rapporteur-catalogue.csv` or
// `rapporteur-catalogue.json` in each folder named on the command line (the
// folder of each file named) and in the folder of each rapporteur.json found.
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
  const configured = new Set<string>();
  const defaults = new Set(paths.map((path) => folderOf(resolve(path))));
  for (const folder of new Set(drafts.map((file) => dirname(file)))) {
    const { config } = configs.forFolder(folder);
    if (!config.path) continue;
    const base = dirname(resolve(config.path));
    if (config.catalogue) configured.add(isAbsolute(config.catalogue) ? config.catalogue : join(base, config.catalogue));
    else defaults.add(base);
  }
  const candidates = new Set(configured);
  for (const folder of defaults) {
    const name = CATALOGUE_FILES.map((file) => join(folder, file)).find((file) => existsSync(file));
    if (name) candidates.add(name);
  }
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
