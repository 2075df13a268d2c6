// A file named by untrusted configuration (a `catalogue` in rapporteur.json, the
// `rapporteur.catalogue` setting) must lie inside a folder: the path is resolved
// with realpath, links included, and refused when it leads out. What is read or
// written afterwards is the real path checked here, never the name again.
import { lstatSync, realpathSync } from 'node:fs';
import { basename, dirname, isAbsolute, join, relative, resolve } from 'node:path';

export type Confined =
  /** `path`: the folder as given joined with the real path's place in it (what the editor and messages show); `real`: what to read. */
  | { ok: true; path: string; real: string; exists: boolean }
  | { ok: false; reason: string };

/** True when `path` is `folder` or lies inside it (both absolute). */
export function isInside(folder: string, path: string): boolean {
  const rest = relative(folder, path);
  return rest === '' || (!isAbsolute(rest) && rest !== '..' && !rest.startsWith(`..${'/'}`) && !rest.startsWith('..\\'));
}

function code(error: unknown): string | undefined {
  return (error as NodeJS.ErrnoException)?.code;
}

/**
 * The real path of `path`; for a file not there yet, the real path of its nearest existing
 * folder joined with the rest. Undefined when a link leads nowhere or the path cannot be resolved.
 */
function realPath(path: string): { real: string; exists: boolean } | { reason: string } {
  const missing: string[] = [];
  let at = path;
  for (;;) {
    try {
      const real = realpathSync.native(at);
      return { real: missing.reduceRight((folder, name) => join(folder, name), real), exists: missing.length === 0 };
    } catch (error) {
      if (code(error) !== 'ENOENT' && code(error) !== 'ENOTDIR') return { reason: `cannot be resolved (${code(error) ?? 'error'})` };
    }
    // Not there: unless it is a link leading nowhere, whatever is created there stays where it is named.
    try {
      lstatSync(at);
      return { reason: 'is a link that leads nowhere' };
    } catch {
      // Absent indeed.
    }
    const parent = dirname(at);
    if (parent === at) return { reason: 'cannot be resolved' };
    missing.push(basename(at));
    at = parent;
  }
}

/**
 * Resolves `name` (relative to `folder`, or absolute) and keeps it inside `folder`, links included;
 * `where` names the folder in the reason for a refusal ("the workspace folder").
 */
export function confine(folder: string, name: string, where: string): Confined {
  if (name.includes('\0')) return { ok: false, reason: 'holds a NUL character' };
  const root = realPath(resolve(folder));
  if (!('real' in root)) return { ok: false, reason: `cannot be checked: ${where} ${root.reason}` };
  const target = realPath(resolve(folder, name));
  if (!('real' in target)) return { ok: false, reason: target.reason };
  if (!isInside(root.real, target.real) || target.real === root.real) return { ok: false, reason: `is outside ${where} (links included)` };
  return { ok: true, path: join(resolve(folder), relative(root.real, target.real)), real: target.real, exists: target.exists };
}
