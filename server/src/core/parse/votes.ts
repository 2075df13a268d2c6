// Recorded votes (format.md, "Recorded votes"): after "The voting was as follows:", a
// line `In favour:` with the States that voted so on the lines below it, then
// `Against:` and `Abstaining:` (French `Ont voté pour :`, `Ont voté contre :`,
// `Se sont abstenus :`; Spanish `Votos a favor:`, `Votos en contra:`, `Abstenciones:`).
// Such a block is part of the vote the paragraph above records, not a paragraph of its own.
import type { VoteKind } from '../model';

/** The labels, as printed; a no-break space may stand for the space before a French colon. */
const LABELS: readonly (readonly [string, VoteKind])[] = [
  ['In favour', 'favour'],
  ['In favor', 'favour'],
  ['Against', 'against'],
  ['Abstaining', 'abstaining'],
  ['Ont voté pour', 'favour'],
  ['Ont voté contre', 'against'],
  ['Se sont abstenus', 'abstaining'],
  ['Votos a favor', 'favour'],
  ['Votos en contra', 'against'],
  ['Abstenciones', 'abstaining'],
];

export interface VoteLabel {
  kind: VoteKind;
  /** The label's length with its colon: `In favour:` → 10, `Ont voté pour :` → 15. */
  length: number;
}

/**
 * The label a (trimmed) line starts with: the words, an optional space, a colon, then the
 * end of the line or a space (`In favour: Algeria, …` on one line). Undefined otherwise:
 * `Against this background, …` is a sentence.
 */
export function readVoteLabel(line: string): VoteLabel | undefined {
  const c = line.charCodeAt(0);
  // I(n), A(gainst, bstaining), O(nt), S(e), V(otos): other lines are rejected here.
  if (c !== 73 && c !== 65 && c !== 79 && c !== 83 && c !== 86) return undefined;
  for (const [words, kind] of LABELS) {
    if (!line.startsWith(words)) continue;
    let at = words.length;
    if (isSpace(line.charCodeAt(at))) at++;
    if (line.charCodeAt(at) !== 58) continue;
    at++;
    return at === line.length || isSpace(line.charCodeAt(at)) ? { kind, length: at } : undefined;
  }
  return undefined;
}

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 0xa0 || c === 0x202f;
}
