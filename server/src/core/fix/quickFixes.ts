// Quick fixes, keyed by diagnostic code: each rule family owns the fixes of its
// codes (core/rules); this looks them up. `safe` fixes are the ones fix-all
// applies (their result is certain); the others need a reader's judgement.
import type { Finding } from '../diagnostics';
import type { Draft } from '../model';
import { codesTagged, fixProviderOf, type Fix } from '../rules';

export type { Fix } from '../rules';

/** The codes that have a quick fix. */
export const FIXABLE_CODES = codesTagged('fixable');

/** The quick fixes for one finding of `draft` (none when its fix is not knowable). */
export function quickFixes(draft: Draft, finding: Finding): Fix[] {
  return fixProviderOf(finding.code)?.(draft, finding) ?? [];
}
