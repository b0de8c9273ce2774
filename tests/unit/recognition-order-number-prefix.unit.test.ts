import { test } from 'node:test';
import assert from 'node:assert/strict';
import { lineAt as at, readFields as read } from '../support/ocr-lines';

// A purchase order photographed (dev split): OCR read the PO prefix of the order number as P0.
test('given a purchase order number whose O OCR read as 0 (P01663141049), when read, then it is PO1663141049', () => {
  const fields = read('purchase_order', [
    at('采购订单', 500, 40, 48),
    at('订单编号：P01663141049', 80, 160),
    at('订单日期：2025-03-02', 700, 160),
  ]);
  assert.equal(fields.order_no, 'PO1663141049');
});

test('given an order number that is digits or another prefix, when read, then it stays as read', () => {
  assert.equal(read('purchase_order', [at('采购订单', 500, 40, 48), at('订单编号：20250302017', 80, 160)]).order_no, '20250302017');
  assert.equal(read('purchase_order', [at('采购订单', 500, 40, 48), at('订单编号：CG20250302017', 80, 160)]).order_no, 'CG20250302017');
});
