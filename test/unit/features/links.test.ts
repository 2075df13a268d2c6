import * as assert from 'node:assert/strict';
import { documentLinks, linkBaseOf } from '../../../server/src/core';
import { docOf, report, short } from './cursor';

describe('document links', () => {
  const text = report('I. Introduction', '', '1. See CTOC/COP/WG.4/2020/INF/1/Rev.1, S/RES/955 (1994), A/75/L.1* and the malformed A/75/Rev1.');
  const draft = docOf(text).draft;

  it('links the masthead symbol and each well-formed symbol to its page on undocs.org', () => {
    assert.deepEqual(documentLinks(draft).map((link) => `${short(link.range)} ${link.target}`), [
      '0:0-0:20 https://undocs.org/CTOC/COP/WG.4/2020/4',
      '9:7-9:37 https://undocs.org/CTOC/COP/WG.4/2020/INF/1/Rev.1',
      '9:39-9:55 https://undocs.org/S/RES/955%20(1994)',
      '9:57-9:66 https://undocs.org/A/75/L.1',
    ]);
    assert.equal(documentLinks(draft)[1].tooltip, 'Conference of the Parties to the United Nations Convention against Transnational Organized Crime information series document; revision 1');
  });

  it('uses the configured base when it is https, else the default', () => {
    assert.equal(documentLinks(draft, 'https://undocs.org/fr/')[0].target, 'https://undocs.org/fr/CTOC/COP/WG.4/2020/4');
    assert.equal(documentLinks(draft, 'http://undocs.org/')[0].target, 'https://undocs.org/CTOC/COP/WG.4/2020/4');
    assert.equal(linkBaseOf('javascript:alert(1)//'), 'https://undocs.org/');
    assert.equal(linkBaseOf(42), 'https://undocs.org/');
  });

  it('gives no link, and does not fail, for a symbol holding half of a character', () => {
    // encodeURI throws on a lone surrogate, which took every link of the draft with it.
    const broken = docOf(report('I. Introduction', '', '1. See A/75/1\ud800 and A/75/2.')).draft;
    assert.deepEqual(documentLinks(broken).map((link) => link.target), ['https://undocs.org/CTOC/COP/WG.4/2020/4', 'https://undocs.org/A/75/2']);
  });
});
