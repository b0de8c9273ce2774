import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { canonicalJson } from '@uplift/persistence';

void describe('canonicalJson', () => {
  void test('sorts object keys recursively, inside arrays too, and keeps array order', () => {
    const value = { b: 1, a: { d: [3, { z: true, y: null }], c: 'x' } };
    assert.equal(canonicalJson(value), '{"a":{"c":"x","d":[3,{"y":null,"z":true}]},"b":1}');
  });

  void test('gives the same text for the same value whatever the key insertion order', () => {
    const one = { caseId: 'c-1', data: { industry: 'catering', monthlyRevenue: 300000 }, seq: 1 };
    const two = { seq: 1, data: { monthlyRevenue: 300000, industry: 'catering' }, caseId: 'c-1' };
    assert.equal(canonicalJson(one), canonicalJson(two));
  });

  void test('orders keys by UTF-16 code units, as RFC 8785 does', () => {
    assert.equal(canonicalJson({ b: 0, B: 0, a: 0, 营: 0, '1': 0, é: 0 }), '{"1":0,"B":0,"a":0,"b":0,"é":0,"营":0}');
  });

  void test('writes strings and numbers exactly as JSON.stringify does', () => {
    const strings = ['火锅店 月营业额三十万', 'quote " backslash \\ newline \n tab \t', '\u0001', '😀'];
    for (const text of strings) assert.equal(canonicalJson(text), JSON.stringify(text));
    for (const n of [0, -0, 1, -1.5, 0.1, 1e21, 1e-7, 123456789012, Number.MAX_SAFE_INTEGER]) {
      assert.equal(canonicalJson(n), JSON.stringify(n));
    }
  });

  void test('mirrors JSON for undefined: members dropped, array slots null', () => {
    assert.equal(canonicalJson({ a: undefined, b: [undefined, 1] }), '{"b":[null,1]}');
  });

  void test('round-trips: parsing the text gives back an equal value', () => {
    const value = { text: '请上传营业执照', facts: { employees: 12, vehicles: 0 }, list: [{ k: 'v' }], none: null };
    assert.deepEqual(JSON.parse(canonicalJson(value)), value);
  });

  void test('accepts an object reached twice without a cycle', () => {
    const shared = { x: 1 };
    assert.equal(canonicalJson({ a: shared, b: shared }), '{"a":{"x":1},"b":{"x":1}}');
  });

  void test('rejects what JSON cannot round-trip exactly', () => {
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    class Money {
      amount = 1;
    }
    const rejected: unknown[] = [
      Number.NaN,
      Number.POSITIVE_INFINITY,
      10n,
      () => 1,
      Symbol('s'),
      undefined,
      new Date(0),
      new Map(),
      new Money(),
      { nested: { bad: Number.NEGATIVE_INFINITY } },
      cyclic,
    ];
    for (const value of rejected) assert.throws(() => canonicalJson(value), TypeError);
  });
});
