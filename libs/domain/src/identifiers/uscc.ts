/** Characters allowed in a unified social credit code (GB 32100-2015), in value order 0..30. */
const USCC_ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const USCC_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

/** The check character a 17-character USCC body should end with, or null if the body is malformed. */
export function usccCheckChar(body: string): string | null {
  if (body.length !== 17) return null;
  let sum = 0;
  for (let i = 0; i < 17; i += 1) {
    const v = USCC_ALPHABET.indexOf(body.charAt(i));
    if (v < 0) return null;
    sum += v * (USCC_WEIGHTS[i] ?? 0);
  }
  return USCC_ALPHABET.charAt((31 - (sum % 31)) % 31);
}

/** True when `code` is an 18-character USCC whose check character (GB 32100-2015) is right. */
export function isValidUscc(code: string): boolean {
  const c = code.toUpperCase();
  return c.length === 18 && usccCheckChar(c.slice(0, 17)) === c.charAt(17);
}
