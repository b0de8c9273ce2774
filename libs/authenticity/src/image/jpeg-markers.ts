// Minimal JPEG marker reader: quantisation tables (DQT), frame header (SOF) and EXIF orientation are
// all the double-compression detector needs. No entropy decoding: coefficients are recomputed from
// the decoded pixels (see tamper/double-jpeg.ts).

/** JPEG zig-zag scan position → natural (row-major 8×8) index. */
export const ZIGZAG_TO_NATURAL: readonly number[] = [
  0, 1, 8, 16, 9, 2, 3, 10, 17, 24, 32, 25, 18, 11, 4, 5, 12, 19, 26, 33, 40, 48, 41, 34, 27, 20, 13, 6, 7, 14, 21, 28, 35, 42, 49, 56, 57,
  50, 43, 36, 29, 22, 15, 23, 30, 37, 44, 51, 58, 59, 52, 45, 38, 31, 39, 46, 53, 60, 61, 54, 47, 55, 62, 63,
];

/** What the markers say about a JPEG file. */
export interface JpegMarkers {
  /** Quantisation tables by id (0..3), 64 steps each in natural (row-major) order. */
  tables: Map<number, Uint16Array>;
  /** Table id used by the first (luma) component, when a frame header was found. */
  lumaTableId: number | null;
  width: number;
  height: number;
  components: number;
  progressive: boolean;
}

/** Reads DQT and SOF markers up to the first scan; null when `bytes` is not a JPEG. */
export function readJpegMarkers(bytes: Uint8Array): JpegMarkers | null {
  if (bytes.length < 4 || bytes[0] !== 0xff || bytes[1] !== 0xd8) return null;
  const out: JpegMarkers = { tables: new Map(), lumaTableId: null, width: 0, height: 0, components: 0, progressive: false };
  let p = 2;
  while (p + 4 <= bytes.length) {
    if (bytes[p] !== 0xff) return out.tables.size > 0 ? out : null;
    const marker = bytes[p + 1] as number;
    if (marker === 0xff) {
      p += 1;
      continue;
    }
    if (marker === 0xd8 || (marker >= 0xd0 && marker <= 0xd7) || marker === 0x01) {
      p += 2;
      continue;
    }
    if (marker === 0xda || marker === 0xd9) break;
    const len = ((bytes[p + 2] as number) << 8) | (bytes[p + 3] as number);
    const start = p + 4;
    const end = p + 2 + len;
    if (len < 2 || end > bytes.length) break;
    if (marker === 0xdb) {
      let q = start;
      while (q < end) {
        const pq = (bytes[q] as number) >> 4;
        const id = (bytes[q] as number) & 0x0f;
        q += 1;
        const table = new Uint16Array(64);
        for (let z = 0; z < 64; z += 1) {
          const v = pq === 0 ? (bytes[q + z] as number) : ((bytes[q + 2 * z] as number) << 8) | (bytes[q + 2 * z + 1] as number);
          table[ZIGZAG_TO_NATURAL[z] as number] = v;
        }
        q += pq === 0 ? 64 : 128;
        out.tables.set(id, table);
      }
    } else if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc) {
      out.progressive = marker === 0xc2 || marker === 0xc6 || marker === 0xca || marker === 0xce;
      out.height = ((bytes[start + 1] as number) << 8) | (bytes[start + 2] as number);
      out.width = ((bytes[start + 3] as number) << 8) | (bytes[start + 4] as number);
      out.components = bytes[start + 5] as number;
      if (out.components > 0) out.lumaTableId = bytes[start + 6 + 2] as number;
    }
    p = end;
  }
  return out.tables.size > 0 ? out : null;
}
