import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import Nzh from 'nzh';
import { formatCapitalAmount, parseCapitalAmountFen, parseChineseNumeral } from '@uplift/domain';

// nzh (a maintained converter) writes the numerals; our one parser must read back the same number.
describe('Chinese numerals: one grammar for the dialogue and for recognition', () => {
  test('every integer nzh writes in everyday numerals reads back (property, 5,000 cases)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 999_999_999_999 }), (n) => {
        assert.equal(parseChineseNumeral(Nzh.cn.encodeS(n)), n, Nzh.cn.encodeS(n));
      }),
      { numRuns: 5_000, seed: 20261129 },
    );
  });

  test('every integer nzh writes in financial numerals reads back (property, 5,000 cases)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 999_999_999_999 }), (n) => {
        assert.equal(parseChineseNumeral(Nzh.cn.encodeB(n)), n, Nzh.cn.encodeB(n));
      }),
      { numRuns: 5_000, seed: 20261130 },
    );
  });

  test('capital amounts round-trip through format and parse (property), and nzh amounts read', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 9_999_999_999 }), (fen) => assert.equal(parseCapitalAmountFen(formatCapitalAmount(fen)), fen)),
      { numRuns: 5_000, seed: 20261131 },
    );
    assert.equal(parseCapitalAmountFen('壹拾贰万叁仟肆佰伍拾陆元柒角捌分'), 12_345_678);
    assert.equal(parseCapitalAmountFen('人民币叁佰贰拾万元整'), 320_000_000);
  });

  test('speech drops the last unit (三万五, 一百五), documents never do; 两 and 俩 are two', () => {
    assert.equal(parseChineseNumeral('三万五', { colloquial: true }), 35_000);
    assert.equal(parseChineseNumeral('一百五', { colloquial: true }), 150);
    assert.equal(parseChineseNumeral('三万五'), 30_005);
    assert.equal(parseChineseNumeral('三万零五', { colloquial: true }), 30_005);
    assert.equal(parseChineseNumeral('两百'), 200);
    assert.equal(parseChineseNumeral('俩'), 2);
    assert.equal(parseChineseNumeral('一万亿'), 1_000_000_000_000);
    assert.equal(parseChineseNumeral('两亿三千万'), 230_000_000);
    assert.equal(parseChineseNumeral('三十来'), null);
    assert.equal(parseChineseNumeral('五千二百九十四亿零十万'), 529_400_100_000);
  });
});
