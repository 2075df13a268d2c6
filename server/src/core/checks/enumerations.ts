// list-duplicate-entry: the same name twice in one enumeration ("Australia, Australia").
import type { Finding } from '../diagnostics';
import type { Draft } from '../model';

export function checkEnumerations(draft: Draft, out: Finding[]): void {
  for (let at = 0; at < draft.enumerations.length; at++) {
    const enumeration = draft.enumerations[at];
    const seen = new Set<string>();
    for (const entry of enumeration.entries) {
      const key = entry.name.replace(/\s+/g, ' ').toLowerCase();
      if (seen.has(key)) {
        out.push({ code: 'list-duplicate-entry', message: `"${entry.name}" is named twice in this list.`, span: entry.span });
      }
      seen.add(key);
    }
  }
}
