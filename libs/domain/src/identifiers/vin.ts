const VIN_WEIGHTS = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2];
const TRANSLIT: Record<string, number> = {
  A: 1,
  B: 2,
  C: 3,
  D: 4,
  E: 5,
  F: 6,
  G: 7,
  H: 8,
  J: 1,
  K: 2,
  L: 3,
  M: 4,
  N: 5,
  P: 7,
  R: 9,
  S: 2,
  T: 3,
  U: 4,
  V: 5,
  W: 6,
  X: 7,
  Y: 8,
  Z: 9,
};

/** Value of one VIN character in the check-digit sum, or null for letters a VIN never uses (I, O, Q). */
function vinValue(ch: string): number | null {
  if (/^[0-9]$/.test(ch)) return Number(ch);
  return TRANSLIT[ch] ?? null;
}

/** The check digit (position 9) a VIN should carry (ISO 3779 as adopted in GB 16735), or null if malformed. */
export function vinCheckDigit(vin: string): string | null {
  const v = vin.toUpperCase();
  if (v.length !== 17) return null;
  let sum = 0;
  for (let i = 0; i < 17; i += 1) {
    const value = vinValue(v.charAt(i));
    if (value === null) return null;
    sum += value * (VIN_WEIGHTS[i] ?? 0);
  }
  const r = sum % 11;
  return r === 10 ? 'X' : String(r);
}

/** True when `vin` is 17 valid characters whose position-9 check digit is right. */
export function isValidVin(vin: string): boolean {
  const v = vin.toUpperCase();
  return vinCheckDigit(v) === v.charAt(8);
}
