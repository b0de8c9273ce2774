import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { findNumbers, parseChineseNumeral } from '@uplift/dialogue';

describe('number parsing', () => {
  const cases: [string, number][] = [
    ['一百二十万', 1_200_000],
    ['三十五', 35],
    ['十二', 12],
    ['两千', 2_000],
    ['一万零五百', 10_500],
    ['三亿', 300_000_000],
  ];
  for (const [text, value] of cases) {
    test(`Chinese numeral ${text} = ${value}`, () => assert.equal(parseChineseNumeral(text), value));
  }

  const amounts: [string, number][] = [
    ['月流水大概三十来万', 300_000],
    ['20万', 200_000],
    ['一百二十万', 1_200_000],
    ['1.5 million', 1_500_000],
    ['about 300,000 a month', 300_000],
    ['30k', 30_000],
    ['5w', 50_000],
  ];
  for (const [text, value] of amounts) {
    test(`finds ${value} in "${text}"`, () => {
      const values = findNumbers(text).map((n) => n.value);
      assert.ok(values.includes(value), `got ${JSON.stringify(values)}`);
    });
  }

  test('hedged figures are marked approximate', () => {
    assert.equal(findNumbers('大概三十来万').find((n) => n.value === 300_000)?.approximate, true);
    assert.equal(findNumbers('20万').find((n) => n.value === 200_000)?.approximate, false);
  });

  test('words that merely contain 万 or 千 are not numbers', () => {
    assert.deepEqual(
      findNumbers('千万别这样，万一呢').map((n) => n.value),
      [],
    );
  });
});
