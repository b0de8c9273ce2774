// Purchase order numbers carry the prefix PO (purchase order: the convention of order forms and ERP exports, which label
// the number PO号). OCR reads the O after P as the digit 0, since both stand between letters and digits in the same font.

/** A purchase order number read as P0 + digits (P01663141049) is PO + digits; any other value stays as read. Pure. */
export function purchaseOrderPrefix(value: string): string {
  return /^P0\d{6,}$/.test(value) ? `PO${value.slice(2)}` : value;
}
