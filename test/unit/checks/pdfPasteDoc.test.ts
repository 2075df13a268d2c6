// The pdf-paste example of docs/rules.md.
import { check, report } from '../check';

describe('pdf-paste (docs/rules.md)', () => {
  it('is said once, on the first bulleted number', () => {
    check(report('I. Introduction', '', '- 1. In its decision 4/4, the Conference acknowledged the Protocol.', '', '- 2. In its resolution 7/1, the Conference decided to continue the work.'),
      ['10 paragraph-unnumbered', '10 pdf-paste', '12 paragraph-unnumbered']);
  });
});
