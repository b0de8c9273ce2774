import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cellsToRows, type OcrLine } from '@uplift/vision';

const cell = (text: string, x: number, y: number, w = 200): OcrLine => ({ text, confidence: 0.9, box: [x, y, w, 30] });

test('given the cells of a grid, when joined into rows, then each row reads left to right', () => {
  const rows = cellsToRows([
    cell('2025-01-11', 20, 140),
    cell('货款', 260, 141),
    cell('1,000.00', 500, 139),
    cell('户名', 20, 80),
    cell('某公司', 260, 82),
  ]);
  assert.deepEqual(
    rows.map((r) => r.text),
    ['户名 某公司', '2025-01-11 货款 1,000.00'],
  );
});

test('given a tilted page, when joined into rows, then a row that drifts down does not swallow the next row', () => {
  // Each cell of a row sits 12 px lower than the one on its left; the next row starts 40 px lower.
  const rows = cellsToRows([
    cell('名称', 20, 100),
    cell('甲公司', 240, 112),
    cell('类型', 460, 124),
    cell('有限责任公司', 680, 136),
    cell('住所', 20, 140),
    cell('福州市', 240, 152),
  ]);
  assert.deepEqual(
    rows.map((r) => r.text),
    ['名称 甲公司 类型 有限责任公司', '住所 福州市'],
  );
});
