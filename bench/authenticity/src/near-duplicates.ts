import sharp from 'sharp';
import type { Rng } from '@uplift/evidence-synth';

/** Ways the benchmark makes a near-duplicate of an image. */
export type CopyKind = 'crop' | 'recompress' | 'resize' | 'colour_shift';

/** A near-duplicate of `jpeg`: a 3-8 % crop, a re-compression, a resize or a colour/brightness shift. */
export async function nearDuplicate(jpeg: Buffer, kind: CopyKind, r: Rng): Promise<Buffer> {
  const meta = await sharp(jpeg).metadata();
  const w = meta.width ?? 1000;
  const h = meta.height ?? 1000;
  switch (kind) {
    case 'crop': {
      const f = 0.03 + r.next() * 0.05;
      const left = Math.round(w * f * r.next());
      const top = Math.round(h * f * r.next());
      return sharp(jpeg)
        .extract({ left, top, width: Math.round(w * (1 - f)), height: Math.round(h * (1 - f)) })
        .jpeg({ quality: 85 })
        .toBuffer();
    }
    case 'recompress':
      return sharp(jpeg)
        .jpeg({ quality: r.int(30, 60) })
        .toBuffer();
    case 'resize':
      return sharp(jpeg)
        .resize({ width: Math.round(w * (0.35 + r.next() * 0.5)) })
        .jpeg({ quality: 80 })
        .toBuffer();
    case 'colour_shift':
      return sharp(jpeg)
        .modulate({ brightness: 0.85 + r.next() * 0.3, saturation: 0.6 + r.next() * 0.8, hue: r.int(-25, 25) })
        .linear(0.9 + r.next() * 0.2, r.int(-10, 10))
        .jpeg({ quality: 85 })
        .toBuffer();
  }
}
