/** Identifiers with their real check rules: USCC (GB 32100-2015), VIN (ISO 3779), plates, numbers. */
import type { Random } from '../random';

const USCC_ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const USCC_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

/** Check character of the first 17 USCC characters. */
export function usccCheckCharacter(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    const value = USCC_ALPHABET.indexOf(first17.charAt(i));
    if (value < 0) throw new Error(`invalid USCC character ${first17.charAt(i)}`);
    sum += value * (USCC_WEIGHTS[i] as number);
  }
  return USCC_ALPHABET.charAt((31 - (sum % 31)) % 31);
}

/** A valid 18-character unified social credit code for an enterprise (91) or sole trader (92). */
export function uscc(rng: Random, divisionCode: string, soleTrader = false): string {
  const registrar = soleTrader ? '92' : '91';
  let body = '';
  const bodyAlphabet = USCC_ALPHABET;
  body += rng.pick(['MA', 'MA', 'MA', '']);
  while (body.length < 9) body += bodyAlphabet.charAt(rng.int(0, body.length === 0 ? 9 : 30));
  const first17 = registrar + divisionCode + body.slice(0, 9);
  return first17 + usccCheckCharacter(first17);
}

const VIN_ALPHABET_VALUES: Record<string, number> = {
  A: 1, B: 2, C: 3, D: 4, E: 5, F: 6, G: 7, H: 8, J: 1, K: 2, L: 3, M: 4, N: 5, P: 7, R: 9,
  S: 2, T: 3, U: 4, V: 5, W: 6, X: 7, Y: 8, Z: 9,
};
const VIN_WEIGHTS = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2];
const VIN_LETTERS = 'ABCDEFGHJKLMNPRSTUVWXYZ';

function vinValue(ch: string): number {
  if (/[0-9]/.test(ch)) return Number(ch);
  const value = VIN_ALPHABET_VALUES[ch];
  if (value === undefined) throw new Error(`invalid VIN character ${ch}`);
  return value;
}

export function vinCheckDigit(vin: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) if (i !== 8) sum += vinValue(vin.charAt(i)) * (VIN_WEIGHTS[i] as number);
  const rest = sum % 11;
  return rest === 10 ? 'X' : String(rest);
}

/** World manufacturer identifiers of Chinese truck and van makers. */
const WMIS = ['LFW', 'LZZ', 'LGA', 'LFN', 'LGG', 'LZG', 'LJN', 'LBE', 'LVB', 'LEF', 'LNY', 'LS4'];

export function vin(rng: Random, modelYear: number): string {
  const yearCodes = 'ABCDEFGHJKLMNPRSTVWXY123456789';
  const yearCode = yearCodes.charAt((modelYear - 2010 + 30) % 30);
  let descriptor = '';
  for (let i = 0; i < 5; i++) descriptor += rng.chance(0.5) ? rng.pick([...VIN_LETTERS]) : String(rng.int(0, 9));
  const plant = rng.pick([...VIN_LETTERS]);
  const draft = `${rng.pick(WMIS)}${descriptor}0${yearCode}${plant}${rng.digits(6)}`;
  return draft.slice(0, 8) + vinCheckDigit(draft) + draft.slice(9);
}

const PLATE_LETTERS = 'ABCDEFGHJKLMNPQRSTUVWXYZ';

/** Blue/yellow plate: 省简称 + city letter + 5 characters; new-energy: + 6 characters starting with D/F. */
export function plate(rng: Random, provinceShort: string, cityLetter: string, newEnergy = false): string {
  if (newEnergy) {
    const kind = rng.pick(['D', 'F']);
    return `${provinceShort}${cityLetter}${kind}${rng.chance(0.5) ? rng.pick([...PLATE_LETTERS]) : String(rng.int(0, 9))}${rng.digits(4)}`;
  }
  let tail = '';
  const letterSlots = rng.int(0, 2);
  const letterPositions = new Set(rng.sample([0, 1, 2, 3], letterSlots));
  for (let i = 0; i < 5; i++) tail += letterPositions.has(i) ? rng.pick([...PLATE_LETTERS]) : String(rng.int(0, 9));
  return `${provinceShort}${cityLetter}${tail}`;
}

/** Chinese patent application number check digit (weights 2..9 repeating, mod 11, 10 -> X). */
export function patentCheckDigit(digits12: string): string {
  const weights = [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5];
  let sum = 0;
  for (let i = 0; i < 12; i++) sum += Number(digits12.charAt(i)) * (weights[i] as number);
  const rest = sum % 11;
  return rest === 10 ? 'X' : String(rest);
}

/** e.g. ZL 2023 2 0123456.7 (printed) / ZL202320123456.7 (truth). */
export function patentNumber(rng: Random, year: number, kind: 1 | 2 | 3): { printed: string; compact: string } {
  const serial = rng.digits(7);
  const twelve = `${year}${kind}${serial}`;
  const check = patentCheckDigit(twelve);
  return { printed: `ZL ${year} ${kind} ${serial}.${check}`, compact: `ZL${twelve}.${check}` };
}

/** Groups digits into blocks of four separated by a space, as bank documents print account numbers. */
export function groupedFour(digits: string): string {
  return digits.replace(/(.{4})(?=.)/g, '$1 ');
}
