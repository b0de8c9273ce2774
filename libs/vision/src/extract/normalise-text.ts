/** Full-width ASCII to half-width, whitespace removed, Chinese colon and brackets unified: what labels match on. */
export function compact(text: string): string {
  return text
    .replace(/[\uFF01-\uFF5E]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/[【〔]/g, '(')
    .replace(/[】〕]/g, ')')
    .replace(/\s+/g, '');
}

/** Fixes letters OCR often reads for digits inside a code that should be numeric. */
export function digitsFromLookalikes(text: string): string {
  return text
    .replace(/[OoQD]/g, '0')
    .replace(/[Il|]/g, '1')
    .replace(/Z/g, '2')
    .replace(/S/g, '5')
    .replace(/B/g, '8');
}
