import * as assert from 'node:assert/strict';
import { check, report } from '../check';

describe('list markers', () => {
  it('accepts (a), (b), (c) with nested (i), (ii)', () => {
    check(report('I. Recommendations', '', '1. The Working Group recommended that States:', '    (a) Consider;', '        (i) First;', '        (ii) Second;', '    (b) Review;', '    (c) Report.'), []);
  });

  it('reports a skipped letter', () => {
    const [skip] = check(report('I. Recommendations', '', '1. States should:', '    (a) Consider;', '    (b) Review;', '    (d) Report.'), ['13 list-sequence']);
    assert.equal(skip.message, 'List item (d) follows (b): (c) is missing.');
  });

  it('reads (i) after (h) as the letter i', () => {
    const items = 'abcdefghij'.split('').map((letter) => `    (${letter}) Item ${letter}${letter === 'j' ? '.' : ';'}`);
    check(report('I. Recommendations', '', '1. States should:', ...items), []);
  });

  it('reads (i) after (b) at the same indentation as a nested Roman list', () => {
    check(report('I. Recommendations', '', '1. States should:', '    (a) Consider:', '    (i) First;', '    (ii) Second;', '    (b) Review.'), []);
  });

  it('reports a skipped Roman numeral', () => {
    const [skip] = check(report('I. R', '', '1. States should:', '    (a) Consider:', '        (i) First;', '        (ii) Second;', '        (iv) Fourth;'), ['14 list-sequence']);
    assert.equal(skip.message, 'List item (iv) follows (ii): (iii) is missing.');
  });

  it('reports a list that does not open with (a)', () => {
    check(report('I. R', '', '1. States should:', '    (b) Review;', '    (c) Report.'), ['11 list-sequence']);
  });

  it('reports a line with no marker among marked items', () => {
    const [unmarked] = check(report('I. R', '', '1. States should:', '    (a) Consider;', '    Review the law;', '    (b) Report.'), ['12 list-sequence']);
    assert.equal(unmarked.message, 'This list line has no marker, unlike the items around it.');
  });

  it('takes indented lines after a blank line as the same paragraph\'s list', () => {
    check(report('I. R', '', '1. States should:', '', '    (a) Consider;', '', '    (b) Report.', '', '2. Next.'), []);
  });

  it('takes a list at column 0 after a line ending with a colon as a list, not unnumbered paragraphs', () => {
    check(report('I. R', '', '1. The Working Group had before it the following:', '(a) Annotated provisional agenda (CTOC/COP/WG.4/2020/1);', '(b) Background paper (CTOC/COP/WG.4/2020/2).', '', '2. Next.'), []);
  });

  it('reports agenda items out of sequence', () => {
    const [skip] = check(report('I. R', '', '1. The Working Group adopted the following agenda:', '    1. Organizational matters.', '    2. Guidance.', '    4. Other matters.'), ['13 list-sequence']);
    assert.equal(skip.message, 'Agenda item 4 follows item 2: item 3 is missing.');
  });
});

describe('wrapped list items', () => {
  it('takes a line that continues an unfinished item as part of it, not an unmarked item', () => {
    check(report('I. R', '', '1. States should:', '    (a) Consider the measures taken by', '    States in the region;', '    (b) Report on them', '    to the Conference.'), []);
  });

  it('reports a line without a marker on that line only, also with CRLF line breaks', () => {
    const text = report('I. Recommendations', '', '1. States should:', '    (a) Consider;', '    Review their law,', '    with care;', '    (c) Report.').replace(/\n/g, '\r\n');
    const [missing] = check(text, ['12 list-sequence', '14 list-sequence']);
    assert.equal(text.slice(missing.span.start, missing.span.end), 'Review their law,');
  });
});
