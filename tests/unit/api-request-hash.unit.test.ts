import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { requestHash } from '@uplift/api';

describe('request hash canonicalisation', () => {
  test('keeps array order, because order is meaning', () => {
    assert.notEqual(requestHash({ items: [1, 2] }), requestHash({ items: [2, 1] }));
  });

  test('an absent member and an undefined one are the same request; null is not', () => {
    assert.equal(requestHash({ a: undefined, b: 1 }), requestHash({ b: 1 }));
    assert.notEqual(requestHash({ a: null, b: 1 }), requestHash({ b: 1 }));
  });

  test('gives the same hash for the same body in any key order', () => {
    const one = { channel: 'alpha', merchantRef: 'M-1', currentLimit: 10, requestedLimit: 20, industry: null, language: 'zh' };
    const two = { language: 'zh', industry: null, requestedLimit: 20, currentLimit: 10, merchantRef: 'M-1', channel: 'alpha' };
    assert.equal(requestHash(one), requestHash(two));
  });

  test('gives a different hash when any value differs', () => {
    const base = { merchantRef: 'M-1', currentLimit: 10, requestedLimit: 20 };
    assert.notEqual(requestHash(base), requestHash({ ...base, requestedLimit: 21 }));
    assert.notEqual(requestHash(base), requestHash({ ...base, merchantRef: 'M-2' }));
    // A number and its string are different requests.
    assert.notEqual(requestHash({ limit: 10 }), requestHash({ limit: '10' }));
  });

  test('is the hex sha256 of the canonical JSON', () => {
    const body = { b: 'é', a: 1 };
    assert.equal(requestHash(body), createHash('sha256').update('{"a":1,"b":"é"}', 'utf8').digest('hex'));
    assert.match(requestHash(body), /^[0-9a-f]{64}$/);
  });
});
