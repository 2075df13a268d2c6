// Footnotes in a draft (format.md, "Footnotes").
import { check, report } from '../check';

describe('footnotes', () => {
  it('reads a block after a separator line as notes, and a paragraph ending with a mark as a paragraph', () => {
    check(report('I. Introduction', '', '1. In its decision 4/4, the Conference established a working group.¹', '', '__________________', '1 Official Records of the General Assembly.', '', '2. The Working Group met in Vienna.'), []);
    check(report('I. Introduction', '', '1. The Conference met.*', '', '_____', '* Reissued for technical reasons.', '', '3. It closed.'), ['15 paragraph-sequence']);
  });
});
