import { test } from 'node:test';
import assert from 'node:assert/strict';
import { formatCapitalAmount, isValidUscc, isValidVin, parseCapitalAmountFen, usccCheckChar, vinCheckDigit } from '@uplift/domain';
import {
  amountPlusTaxEqualsTotal,
  firstRunningBalanceBreak,
  parseAmountFen,
  parseChineseDate,
  parsePeriod,
  periodCovers,
  plateKind,
  rowsSumToTotal,
} from '@uplift/vision';

test('USCC check character follows GB 32100-2015', () => {
  assert.equal(usccCheckChar('91350100M000100Y4'), '3');
  assert.equal(isValidUscc('91350100M000100Y43'), true);
  assert.equal(isValidUscc('91350100M000100Y44'), false);
  assert.equal(isValidUscc('91110000600037341L'), true);
  assert.equal(isValidUscc('9135010'), false);
});

test('VIN check digit is position 9 (ISO 3779 / GB 16735)', () => {
  assert.equal(vinCheckDigit('1M8GDM9AXKP042788'), 'X');
  assert.equal(isValidVin('1M8GDM9AXKP042788'), true);
  assert.equal(isValidVin('1M8GDM9A1KP042788'), false);
  assert.equal(isValidVin('1M8GDM9AXKP04278'), false);
});

test('plates: ordinary, new-energy small and large, and rejects', () => {
  assert.equal(plateKind('闽A12345'), 'ordinary');
  assert.equal(plateKind('京A·D12345'), 'new_energy');
  assert.equal(plateKind('粤B12345D'), 'new_energy');
  assert.equal(plateKind('闽AI2345'), null);
  assert.equal(plateKind('XA12345'), null);
});

test('dates and validity periods against the case date', () => {
  assert.equal(parseChineseDate('2024年3月5日'), '2024-03-05');
  assert.equal(parseChineseDate('2024-02-30'), null);
  const p = parsePeriod('2020年01月01日至2025年12月31日');
  assert.deepEqual(p, { from: '2020-01-01', until: '2025-12-31', openEnded: false });
  assert.equal(p && periodCovers(p, '2025-06-01'), true);
  assert.equal(p && periodCovers(p, '2026-01-01'), false);
  const open = parsePeriod('2019年3月15日至长期');
  assert.equal(open && periodCovers(open, '2040-01-01'), true);
});

test('capital numerals equal figures', () => {
  assert.equal(parseCapitalAmountFen('壹拾万元整'), 10_000_000);
  assert.equal(parseCapitalAmountFen('壹万壹仟叁佰元整'), 1_130_000);
  assert.equal(parseCapitalAmountFen('叁佰零伍元陆角柒分'), 30_567);
  assert.equal(parseCapitalAmountFen('壹亿贰仟万元整'), 12_000_000_000);
  assert.equal(parseCapitalAmountFen('not money'), null);
  for (const fen of [1, 10, 100_00, 100_000_00, 1_002_003_04, 12_345_678_90, 50]) {
    assert.equal(parseCapitalAmountFen(formatCapitalAmount(fen)), fen, formatCapitalAmount(fen));
  }
  assert.equal(formatCapitalAmount(10_000_000), '壹拾万元整');
});

test('amounts, invoice sums, running balances and table totals', () => {
  assert.equal(parseAmountFen('¥1,234.50'), 123_450);
  assert.equal(amountPlusTaxEqualsTotal(1_000_000, 130_000, 1_130_000), true);
  assert.equal(amountPlusTaxEqualsTotal(1_000_000, 130_000, 1_130_001), false);
  const rows = [
    { creditFen: 0, debitFen: 0, balanceFen: 10_000 },
    { creditFen: 5_000, debitFen: 0, balanceFen: 15_000 },
    { creditFen: 0, debitFen: 2_000, balanceFen: 13_000 },
  ];
  assert.equal(firstRunningBalanceBreak(rows), -1);
  assert.equal(firstRunningBalanceBreak([...rows, { creditFen: 0, debitFen: 1_000, balanceFen: 11_000 }]), 3);
  assert.equal(rowsSumToTotal([100, 200, 300], 600), true);
  assert.equal(rowsSumToTotal([100, 200], 600), false);
});
