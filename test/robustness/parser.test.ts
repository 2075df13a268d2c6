// Total parsing: any text gives a model, every span lies inside the text, and
// checking never throws. Bounded runs here; `npm run fuzz` runs longer.
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as fc from 'fast-check';
import { checkDraft, EMPTY_CONTEXT, parseDraft, type Draft, type Span } from '../../server/src/core';

const REPORT = readFileSync(join(__dirname, '../../../test/fixtures/CTOC-COP-WG.4-2020-4.unr'), 'utf8');
const REPORT_LINES = REPORT.split('\n');

function spansOf(draft: Draft): Span[] {
  const spans: Span[] = [];
  if (draft.masthead) spans.push(draft.masthead.span, ...draft.masthead.lines.map((l) => l.span));
  if (draft.title) spans.push(draft.title.span);
  for (const heading of draft.headings) spans.push(heading.span, heading.labelSpan);
  for (const paragraph of draft.paragraphs) {
    spans.push(paragraph.span, paragraph.textSpan);
    if (paragraph.numberSpan) spans.push(paragraph.numberSpan);
    for (const list of paragraph.lists) for (const item of list.items) spans.push(item.span, item.markerSpan, item.textSpan);
  }
  for (const reference of draft.references) spans.push(reference.span);
  for (const entry of draft.documentation) spans.push(entry.span, entry.symbolSpan);
  for (const enumeration of draft.enumerations) spans.push(enumeration.span, ...enumeration.entries.map((e) => e.span));
  for (const line of draft.furniture) spans.push(line.span);
  return spans;
}

/** Parses and checks, and asserts every span is a well-formed range inside the text. */
function assertTotal(text: string): void {
  const draft = parseDraft(text);
  for (const span of spansOf(draft)) {
    assert.ok(span.start >= 0 && span.start <= span.end && span.end <= text.length, `span ${span.start}-${span.end} outside 0-${text.length}`);
  }
  for (const diagnostic of checkDraft(draft, EMPTY_CONTEXT)) {
    assert.ok(diagnostic.span.start >= 0 && diagnostic.span.end <= text.length);
    assert.ok(diagnostic.message.length > 0);
  }
}

/** Pieces that matter to the parser, to make random drafts likelier to exercise it. */
const PIECE = fc.constantFrom(
  '\n', '\r\n', '\r', '\n\n', '    ', '\t', '\u00a0', '\ufeff', '\u0000', '\ud800', '\u202e', 'I. ', 'A. ', '1. ', '15.', '(a) ', '(i) ', 'Annex', 'Annex II',
  'agenda item ', 'items ', 'under item ', 'paragraph ', 'paras. ', '12–14', ' above', ' below', ', entitled "', '"', '“', '”', 'CTOC/COP/WG.4/2020/',
  'Rev.1', 'rev1', '/', '//', 'S/RES/1325(2000)', ' (2000)', '31 September 2020', ' and ', ', ', 'Australia', 'agenda:', 'following:', '2/7 V.20-05476',
  'Distr.: General', 'Original: English', 'decision 4/4', 'of resolution 7/1', '.', ':', ';',
);

describe('total parsing', () => {
  it('parses and checks any string without throwing, all ranges inside the text', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 400 }), assertTotal), { numRuns: 300, seed: 1 });
  });

  it('parses and checks random drafts built from meaningful pieces', () => {
    fc.assert(fc.property(fc.array(fc.oneof(PIECE, fc.string({ maxLength: 8 })), { maxLength: 120 }).map((parts) => parts.join('')), assertTotal), { numRuns: 500, seed: 2 });
  });

  it('parses and checks the real report with lines deleted, duplicated and swapped', () => {
    const mutation = fc.array(fc.tuple(fc.constantFrom('delete', 'duplicate', 'swap', 'indent', 'truncate'), fc.nat(REPORT_LINES.length - 1), fc.nat(REPORT_LINES.length - 1)), { maxLength: 12 });
    fc.assert(
      fc.property(mutation, (edits) => {
        const lines = [...REPORT_LINES];
        for (const [kind, a, b] of edits) {
          const i = a % lines.length;
          const j = b % lines.length;
          if (kind === 'delete' && lines.length > 1) lines.splice(i, 1);
          else if (kind === 'duplicate') lines.splice(i, 0, lines[i]);
          else if (kind === 'swap') [lines[i], lines[j]] = [lines[j], lines[i]];
          else if (kind === 'indent') lines[i] = `    ${lines[i]}`;
          else lines[i] = lines[i].slice(0, j % (lines[i].length + 1));
        }
        assertTotal(lines.join('\n'));
      }),
      { numRuns: 150, seed: 3 },
    );
  });

  for (const [name, text] of [
    ['a 1 MB line of A/A/A/…', 'A/'.repeat(500_000)],
    ['a 1 MB line of ((((', '('.repeat(1_000_000)],
    ['a 1 MB line of numbers and full stops', '1. '.repeat(333_333)],
    ['a 1 MB run of unclosed quotes after "entitled"', 'agenda item 1, entitled "'.repeat(40_000)],
    ['a 1 MB enumeration', `${'Australia, '.repeat(90_000)}and Chile.`],
  ] as const) {
    it(`survives ${name}`, () => {
      assertTotal(`A/1\nDistr.: General\n1 May 2020\nOriginal: English\n\nTitle\n\nI. Intro\n\n1. ${text}`);
    });
  }
});
