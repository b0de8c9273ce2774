// 64-bit perceptual hashes cross the SQL boundary as signed bigint strings; 16 hex digits in JS.

/** 16 hex digits → signed 64-bit decimal string (PostgreSQL bigint). */
export function hexToBigint(hex: string): string {
  if (!/^[0-9a-f]{16}$/i.test(hex)) throw new RangeError(`not a 64-bit hex hash: ${hex}`);
  return BigInt.asIntN(64, BigInt(`0x${hex}`)).toString();
}

/** Signed bigint (string or number from pg) → 16 lowercase hex digits. */
export function bigintToHex(value: string | number): string {
  return BigInt.asUintN(64, BigInt(value)).toString(16).padStart(16, '0');
}

/** The four 16-bit bands of a hex hash, high to low. */
export function bands(hex: string): [number, number, number, number] {
  return [0, 4, 8, 12].map((i) => parseInt(hex.slice(i, i + 4), 16)) as [number, number, number, number];
}

/** All 16-bit values within `radius` (0..2) bits of `band`. */
export function bandProbes(band: number, radius: number): number[] {
  const out = [band];
  if (radius >= 1) for (let i = 0; i < 16; i += 1) out.push(band ^ (1 << i));
  if (radius >= 2) for (let i = 0; i < 16; i += 1) for (let j = i + 1; j < 16; j += 1) out.push(band ^ (1 << i) ^ (1 << j));
  return out;
}
