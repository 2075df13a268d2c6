import * as assert from 'node:assert/strict';
import { check, report } from '../check';

describe('heading numbering', () => {
  it('accepts chapters I, II, III with sections restarting at A', () => {
    check(report('I. Introduction', '', '1. a.', '', 'II. Organization', '', 'A. Opening', '', '2. b.', '', 'B. Attendance', '', '3. c.', '', 'III. Adoption of the report', '', 'A. Adoption', '', '4. d.'), []);
  });

  it('reports a skipped chapter numeral', () => {
    const [skip] = check(report('I. Introduction', '', '1. a.', '', 'II. Recommendations', '', '2. b.', '', 'IV. Organization of the meeting', '', '3. c.'), ['16 heading-sequence']);
    assert.equal(skip.message, 'Chapter IV follows chapter II: chapter III is missing.');
  });

  it('reports a skipped section letter', () => {
    const [skip] = check(report('I. Organization', '', 'A. Opening', '', '1. a.', '', 'B. Statements', '', '2. b.', '', 'D. Attendance', '', '3. c.'), ['18 heading-sequence']);
    assert.equal(skip.message, 'Section D follows section B: section C is missing.');
  });

  it('reports sections that do not restart in a new chapter', () => {
    const [restart] = check(report('I. One', '', 'A. First', '', '1. a.', '', 'II. Two', '', 'B. Second', '', '2. b.'), ['16 heading-sequence']);
    assert.equal(restart.message, 'Section B is the first section under its chapter: it should be A.');
  });

  it('reads a section I after H as a letter, not chapter I', () => {
    const sections = 'ABCDEFGHI'.split('').flatMap((letter, i) => [`${letter}. Section ${letter}`, '', `${i + 1}. Text.`, '']);
    check(report('I. Organization of the meeting', '', ...sections), []);
  });

  it('does not read a job number as chapter V', () => {
    check(report('I. Introduction', '', '1. a.', '', 'V.20-05476', '', '2. b.'), ['12 page-furniture']);
  });

  it('checks subsection numbers within a section', () => {
    const [skip] = check(report('I. Deliberations', '', 'A. Victims of trafficking', '', '1. General discussion', '', '1. a.', '', '3. Specific issues', '', '2. b.'), ['16 heading-sequence']);
    assert.equal(skip.message, 'Subsection 3 follows subsection 1: subsection 2 is missing.');
  });

  it('restarts chapters in an annex', () => {
    check(report('I. Introduction', '', '1. a.', '', 'II. More', '', '2. b.', '', 'Annex', '', 'Guidelines', '', 'I. Scope', '', '1. a.'), []);
  });
});

describe('wrapped headings', () => {
  it('reads a lower-case line right after a heading as the rest of its title', () => {
    check(report('I. Deliberations', '', 'A. Guidance on the issue of appropriate criminal justice responses to victims who have been', 'compelled to commit offences', '', '1. Text.'), []);
  });
});
