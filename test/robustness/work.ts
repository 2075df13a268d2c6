// Work done by the parser and the checks, counted in operations rather than
// time, so that linear scaling can be asserted without a timed assertion:
// every charCodeAt/codePointAt counts one, and every regular-expression match
// counts what it may read: for a sticky regex what it matched, for a global one
// (searching from `lastIndex`) up to the end of its match, otherwise the rest of
// its subject. Patching RegExp.prototype.exec sends every regex method (test,
// match, replace, split) through the counter. An approximation (indexOf,
// slice and the like are not counted), but a rescan per token shows at once.
import { checkDraft, EMPTY_CONTEXT, parseDraft } from '../../server/src/core';

/** Runs `fn` and returns how many operations it did. Not re-entrant. */
export function countWork(fn: () => void): number {
  let work = 0;
  const charCodeAt = String.prototype.charCodeAt;
  const codePointAt = String.prototype.codePointAt;
  const exec = RegExp.prototype.exec;
  String.prototype.charCodeAt = function (this: string, index: number) {
    work++;
    return charCodeAt.call(this, index);
  };
  String.prototype.codePointAt = function (this: string, index: number) {
    work++;
    return codePointAt.call(this, index);
  };
  RegExp.prototype.exec = function (this: RegExp, subject: string) {
    const from = this.global || this.sticky ? this.lastIndex : 0;
    const match = exec.call(this, subject);
    // A sticky regex reads what it matched (and one more); a global one that matches reads up to
    // its match's end; any other, or a global one that finds nothing, may read the rest of its subject.
    if (this.sticky) work += (match?.[0].length ?? 0) + 1;
    else if (this.global && match) work += match.index + match[0].length - from + 1;
    else work += String(subject).length - from + 1;
    return match;
  };
  try {
    fn();
  } finally {
    String.prototype.charCodeAt = charCodeAt;
    String.prototype.codePointAt = codePointAt;
    RegExp.prototype.exec = exec;
  }
  return work;
}

/** The work of parsing and checking `text`. */
export function parseWork(text: string): number {
  return countWork(() => void checkDraft(parseDraft(text), EMPTY_CONTEXT));
}
