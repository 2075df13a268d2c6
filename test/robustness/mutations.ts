// Mutated real drafts: the shared fast-check arbitrary of the robustness tests
// and of `npm run fuzz`. A mutation starts from a real draft (test/fixtures,
// examples) and applies what staff do to drafts: lines inserted, deleted,
// swapped and duplicated; text pasted from PDFs and Word with odd characters
// (lone surrogates, NUL, a BOM mid-text, no-break spaces, tabs, right-to-left
// text); line endings converted to CR or mixed; and very long lines.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import * as fc from 'fast-check';

export const ROOT = join(__dirname, '../../..');

function unrFiles(folder: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(folder).sort()) {
    const path = join(folder, name);
    if (statSync(path).isDirectory()) out.push(...unrFiles(path));
    else if (name.endsWith('.unr')) out.push(path);
  }
  return out;
}

/** The real drafts the mutations start from. */
export const SEEDS: readonly string[] = [...unrFiles(join(ROOT, 'test/fixtures')), ...unrFiles(join(ROOT, 'examples'))].map((path) => readFileSync(path, 'utf8'));

/** Characters pasted from PDFs, Word and other languages. */
export const ODD = [
  '\ud800', '\udfff', '\udc00\ud800', '\u0000', '\ufeff', '\ufffe', '\u00a0', '\u202f', '\t', '\r', '\r\n', '\n', '\u2028', '\u0085', '\u000c',
  '\u202e', '\u200f', '\u200b', 'مؤتمر الأطراف', 'الفقرة 12 أعلاه', 'שלום עולם', '\u{1F600}', 'e\u0301', '\u00ad', '…', '–', '“', '”',
];

/** Pieces that matter to the parser, to make mutations likelier to reach its corners. */
export const PIECES = [
  'I. ', 'A. ', '1. ', '15.', '(a) ', '(i) ', 'Annex', 'Annex II', 'agenda item ', 'items ', 'under item ', 'paragraph ', 'paras. ', 'paragraph 12 above',
  '12–14', ' above', ' below', ', entitled "', '"', 'CTOC/COP/WG.4/2020/', 'Rev.1', 'rev1', '/', '//', 'S/RES/1325(2000)', '31 September 2020', ' and ',
  ', ', 'Australia', 'agenda:', 'following:', '2/7 V.20-05476', 'Distr.: General', 'Original: English', 'decision 4/4', '.', ':', ';', '(', ')',
];

export interface MutationOptions {
  /** Longest "very long line" added, in characters (1 MB in the fuzz run; smaller in `npm test`). */
  maxLongLine?: number;
  maxMutations?: number;
}

export type Mutation =
  | { kind: 'delete' | 'duplicate' | 'swap'; a: number; b: number }
  | { kind: 'insertLine'; a: number; text: string }
  | { kind: 'insertText'; a: number; text: string }
  | { kind: 'deleteText'; a: number; b: number }
  | { kind: 'endings'; style: 'cr' | 'crlf' | 'mixed'; a: number }
  | { kind: 'longLine'; a: number; unit: string; length: number };

const ODD_OR_PIECE = fc.oneof(fc.constantFrom(...ODD), fc.constantFrom(...PIECES), fc.string({ unit: 'binary', maxLength: 6 }));

function mutationArbitrary(options: MutationOptions): fc.Arbitrary<Mutation> {
  const index = fc.nat();
  const longest = options.maxLongLine ?? 20_000;
  return fc.oneof(
    fc.record({ kind: fc.constantFrom('delete' as const, 'duplicate' as const, 'swap' as const), a: index, b: index }),
    fc.record({ kind: fc.constant('insertLine' as const), a: index, text: fc.array(ODD_OR_PIECE, { maxLength: 8 }).map((parts) => parts.join('')) }),
    fc.record({ kind: fc.constant('insertText' as const), a: index, text: fc.array(ODD_OR_PIECE, { minLength: 1, maxLength: 4 }).map((parts) => parts.join('')) }),
    fc.record({ kind: fc.constant('deleteText' as const), a: index, b: fc.nat(40) }),
    fc.record({ kind: fc.constant('endings' as const), style: fc.constantFrom('cr' as const, 'crlf' as const, 'mixed' as const), a: index }),
    fc.record({ kind: fc.constant('longLine' as const), a: index, unit: fc.oneof(fc.constantFrom(...ODD), fc.constantFrom(...PIECES)), length: fc.integer({ min: 1, max: longest }) }),
  );
}

function lineBreakOf(style: 'cr' | 'crlf' | 'mixed', i: number, a: number): string {
  if (style === 'cr') return '\r';
  if (style === 'crlf') return '\r\n';
  return ['\n', '\r\n', '\r'][(i + a) % 3];
}

/** Applies one mutation to a draft (a pure function, so a failing case can be replayed and shrunk). */
export function mutate(text: string, mutation: Mutation): string {
  const lines = text.split(/\r\n|\r|\n/);
  const i = mutation.a % lines.length;
  switch (mutation.kind) {
    case 'delete':
      lines.splice(i, 1);
      return lines.join('\n');
    case 'duplicate':
      lines.splice(i, 0, lines[i]);
      return lines.join('\n');
    case 'swap': {
      const j = mutation.b % lines.length;
      [lines[i], lines[j]] = [lines[j], lines[i]];
      return lines.join('\n');
    }
    case 'insertLine':
      lines.splice(i, 0, mutation.text);
      return lines.join('\n');
    case 'insertText': {
      const at = mutation.a % (text.length + 1);
      return text.slice(0, at) + mutation.text + text.slice(at);
    }
    case 'deleteText': {
      const at = mutation.a % (text.length + 1);
      return text.slice(0, at) + text.slice(at + mutation.b);
    }
    case 'endings':
      return lines.map((line, k) => line + (k < lines.length - 1 ? lineBreakOf(mutation.style, k, mutation.a) : '')).join('');
    case 'longLine': {
      const long = mutation.unit.repeat(Math.ceil(mutation.length / mutation.unit.length)).slice(0, mutation.length);
      lines.splice(i, 0, `${(i % 20) + 1}. ${long}`);
      return lines.join('\n');
    }
  }
}

export interface MutatedDraft {
  seed: number;
  mutations: Mutation[];
  text: string;
}

/** A real draft with a sequence of mutations applied. */
export function mutatedDraft(options: MutationOptions = {}): fc.Arbitrary<MutatedDraft> {
  return fc
    .tuple(fc.nat(SEEDS.length - 1), fc.array(mutationArbitrary(options), { minLength: 1, maxLength: options.maxMutations ?? 10 }))
    .map(([seed, mutations]) => {
      const text = mutations.reduce(mutate, SEEDS[seed]);
      // A counterexample prints as its recipe, not as its (perhaps 1 MB) text.
      const shown = () => `draft ${seed} with ${JSON.stringify(mutations, (key, value) => (key === 'text' && value.length > 200 ? `${value.slice(0, 200)}…` : value))}`;
      return { seed, mutations, text, [fc.toStringMethod]: shown };
    });
}
