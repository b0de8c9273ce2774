import { deflateRawSync, inflateRawSync } from 'node:zlib';
import type { Plane } from '../image/raster';
import type { BoxHash, FineHashes } from './fine-hashes';
import type { ImageFingerprint } from './fingerprint-image';

// What the store keeps of a picture to verify a later candidate against it: its fine hashes and the
// ~256 px grey thumbnail they were taken of (locateInside places the other picture in it). Both can
// reproduce the picture (the thumbnail is one), so the store seals these bytes with the case key
// (docs/adr/0020, 0037); this module only turns them into bytes and back. The thumbnail is whole
// 8-bit grey values (fitGrey), so the round trip is exact and a verified score is the bench's.

/** What verification needs of a stored picture. */
export type ReuseReference = Pick<ImageFingerprint, 'fine' | 'thumbnail'>;

/** Format byte of the encoding. */
const FORMAT = 1;

function writeBoxHashes(list: readonly BoxHash[], out: Buffer[]): void {
  for (const b of list) {
    const head = Buffer.alloc(4 * 8 + 2);
    b.box.forEach((v, i) => head.writeDoubleLE(v, i * 8));
    head.writeUInt8(b.mirror ? 1 : 0, 32);
    head.writeUInt8(b.hash.length, 33);
    out.push(head, Buffer.from(b.hash.buffer, b.hash.byteOffset, b.hash.byteLength));
  }
}

/** The reference of a fingerprint as compact bytes (deflated). */
export function encodeReuseReference(fp: ReuseReference): Buffer {
  const { thumbnail: t, fine } = fp;
  const head = Buffer.alloc(1 + 2 + 2 + 2 + 2);
  head.writeUInt8(FORMAT, 0);
  head.writeUInt16LE(t.width, 1);
  head.writeUInt16LE(t.height, 3);
  head.writeUInt16LE(fine.base.length, 5);
  head.writeUInt16LE(fine.windows.length, 7);
  const parts: Buffer[] = [head];
  writeBoxHashes(fine.base, parts);
  writeBoxHashes(fine.windows, parts);
  const grey = Buffer.alloc(t.width * t.height);
  for (let i = 0; i < grey.length; i += 1) grey[i] = Math.min(255, Math.max(0, Math.round(t.data[i] as number)));
  parts.push(grey);
  return deflateRawSync(Buffer.concat(parts));
}

/** Bytes from `encodeReuseReference` back to the reference; throws on bytes of another format. */
export function decodeReuseReference(bytes: Buffer): ReuseReference {
  const b = inflateRawSync(bytes);
  if (b.readUInt8(0) !== FORMAT) throw new Error(`unknown reuse reference format ${b.readUInt8(0)}`);
  const width = b.readUInt16LE(1);
  const height = b.readUInt16LE(3);
  let at = 9;
  const read = (n: number): BoxHash[] => {
    const out: BoxHash[] = [];
    for (let i = 0; i < n; i += 1) {
      const box = [0, 1, 2, 3].map((k) => b.readDoubleLE(at + k * 8)) as [number, number, number, number];
      const mirror = b.readUInt8(at + 32) === 1;
      const words = b.readUInt8(at + 33);
      at += 34;
      const hash = new Uint32Array(words);
      for (let w = 0; w < words; w += 1) hash[w] = b.readUInt32LE(at + w * 4);
      at += words * 4;
      out.push({ box, mirror, hash });
    }
    return out;
  };
  const fine: FineHashes = { base: read(b.readUInt16LE(5)), windows: read(b.readUInt16LE(7)) };
  const data = new Float32Array(width * height);
  for (let i = 0; i < data.length; i += 1) data[i] = b[at + i] as number;
  const thumbnail: Plane = { width, height, data };
  return { fine, thumbnail };
}
