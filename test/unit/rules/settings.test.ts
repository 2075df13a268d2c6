// Rule settings (core/rules/settings.ts) applied to a check: a rule switched off, a severity changed.
import * as assert from 'node:assert/strict';
import { checkAnnotated } from '../annotated';

const DRAFT = `
  I. Intro

  1. a.

  Unnumbered.
  ^^^^^^^^^^^ paragraph-unnumbered

  2. b.

  2/7 V.20-05476
  ^^^^^^^^^^^^^^ page-furniture
`;

describe('rule settings', () => {
  it('switches a rule off and changes a severity', () => {
    checkAnnotated(DRAFT);
    const [furniture] = checkAnnotated(DRAFT.replace(/\n *\^+ paragraph-unnumbered/, ''), { settings: { 'paragraph-unnumbered': 'off', 'page-furniture': 'error' } });
    assert.equal(furniture.severity, 'error');
  });
});
