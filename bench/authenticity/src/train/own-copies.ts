import sharp from 'sharp';
import type { Rng } from '@uplift/evidence-synth';

// Own TRAINING near-duplicate simulator: the ways a picture is passed on — cropped (any part of
// 40–95 % of each side), shown in a screenshot (status and navigation bars, letterbox), rotated a
// little, mirrored, tone-shifted, a sticker over part of it, rescaled and recompressed — alone and in
// pairs. For calibrating the reuse comparison on training photos only; the held-out generator is
// never read here.

export const COPY_OPS = ['crop', 'screenshot', 'rotate', 'mirror', 'tone', 'sticker', 'rescale'] as const;
/** One operation of a copy. */
export type CopyOp = (typeof COPY_OPS)[number];

async function size(b: Buffer): Promise<[number, number]> {
  const m = await sharp(b).metadata();
  return [m.width ?? 1, m.height ?? 1];
}

async function apply(b: Buffer, op: CopyOp, r: Rng): Promise<Buffer> {
  const [w, h] = await size(b);
  switch (op) {
    case 'crop': {
      const fw = 0.4 + r.next() * 0.55;
      const fh = Math.min(0.95, Math.max(0.4, fw + (r.next() - 0.5) * 0.3));
      const cw = Math.round(w * fw);
      const ch = Math.round(h * fh);
      return sharp(b)
        .extract({ left: r.int(0, w - cw), top: r.int(0, h - ch), width: cw, height: ch })
        .png()
        .toBuffer();
    }
    case 'screenshot': {
      const W = r.int(720, 1440);
      const H = Math.round(W * (r.next() < 0.6 ? 2.0 + r.next() * 0.3 : 0.6 + r.next() * 0.2));
      const grey = r.next() < 0.5 ? r.int(0, 30) : r.int(225, 255);
      const inner = await sharp(b)
        .rotate()
        .resize({ width: W, height: Math.round(H * 0.8), fit: 'inside' })
        .png()
        .toBuffer();
      const [iw, ih] = await size(inner);
      const bar = Math.round(H * (0.03 + r.next() * 0.05));
      const bars = Buffer.from(
        `<svg width="${W}" height="${H}"><rect x="0" y="0" width="${W}" height="${bar}" fill="rgb(${r.int(0, 255)},${r.int(0, 255)},${r.int(0, 255)})"/><rect x="0" y="${H - bar}" width="${W}" height="${bar}" fill="rgb(${r.int(0, 60)},${r.int(0, 60)},${r.int(0, 60)})"/><text x="${W * 0.05}" y="${bar * 0.7}" font-size="${bar * 0.6}" fill="white">12:${r.int(10, 59)}</text></svg>`,
      );
      return sharp({ create: { width: W, height: H, channels: 3, background: { r: grey, g: grey, b: grey } } })
        .composite([
          { input: inner, left: Math.round((W - iw) / 2), top: Math.round((H - ih) / 2) },
          { input: bars, left: 0, top: 0 },
        ])
        .png()
        .toBuffer();
    }
    case 'rotate':
      return sharp(b)
        .rotate((r.next() < 0.5 ? -1 : 1) * (0.5 + r.next() * 6), { background: { r: 255, g: 255, b: 255 } })
        .png()
        .toBuffer();
    case 'mirror':
      return sharp(b).flop().png().toBuffer();
    case 'tone':
      return sharp(b)
        .modulate({ brightness: 0.8 + r.next() * 0.4, saturation: 0.5 + r.next() })
        .linear(0.85 + r.next() * 0.3, r.int(-15, 15))
        .png()
        .toBuffer();
    case 'sticker': {
      const sw = Math.round(w * (0.1 + r.next() * 0.15));
      const sh = Math.round(h * (0.08 + r.next() * 0.12));
      const svg = Buffer.from(
        `<svg width="${sw}" height="${sh}"><rect width="${sw}" height="${sh}" rx="${sh / 4}" fill="rgb(${r.int(0, 255)},${r.int(0, 255)},${r.int(0, 255)})"/></svg>`,
      );
      return sharp(b)
        .composite([{ input: svg, left: r.int(0, w - sw), top: r.int(0, h - sh) }])
        .png()
        .toBuffer();
    }
    case 'rescale':
      return sharp(b)
        .resize({ width: Math.round(w * (0.3 + r.next() * 0.6)) })
        .jpeg({ quality: r.int(35, 80) })
        .toBuffer();
  }
}

/** A near-duplicate of `photo` by one or two operations; saved as JPEG at the end. */
export async function copyOf(photo: Buffer, r: Rng): Promise<{ bytes: Buffer; kind: string }> {
  const first = COPY_OPS[r.int(0, COPY_OPS.length - 1)] ?? 'crop';
  const ops: CopyOp[] = [first];
  if (r.next() < 0.5) {
    const second = COPY_OPS[r.int(0, COPY_OPS.length - 1)] ?? 'tone';
    if (second !== first) ops.push(second);
  }
  let b = photo;
  for (const op of ops) b = await apply(b, op, r);
  return {
    bytes: await sharp(b)
      .jpeg({ quality: r.int(60, 92) })
      .toBuffer(),
    kind: ops.join('+'),
  };
}
