/** Renders a document spec as a degraded JPEG photo/scan or as a clean vector PDF. */
import { createCanvas, PDFDocument } from '@napi-rs/canvas';
import type { Random } from './random';
import type { Ctx } from './draw/context';
import { guilloche, halftone } from './draw/ornament';
import { foldCrease, paperTexture } from './degrade/paper';
import { photograph } from './degrade/photo';
import type { DocumentSpec } from './documents/spec';

export interface RenderedBytes {
  bytes: Buffer;
  degradations: string[];
}

function securityBackground(ctx: Ctx, spec: DocumentSpec, rng: Random): string[] {
  const area = { x: 0, y: 0, width: spec.width, height: spec.height };
  if (spec.security === 'guilloche') {
    guilloche(ctx, area, spec.securityColor, rng);
    return ['guilloche-background'];
  }
  if (spec.security === 'halftone') {
    halftone(ctx, area, spec.securityColor, rng);
    return ['halftone-background'];
  }
  return [];
}

export async function renderJpeg(spec: DocumentSpec, rng: Random): Promise<RenderedBytes> {
  const canvas = createCanvas(spec.width, spec.height);
  const ctx = canvas.getContext('2d');
  ctx.fillStyle = spec.paper;
  ctx.fillRect(0, 0, spec.width, spec.height);
  const degradations: string[] = [];
  if (rng.chance(0.75)) {
    paperTexture(ctx, spec.width, spec.height, rng.fork('paper'));
    degradations.push('paper-texture');
  }
  degradations.push(...securityBackground(ctx, spec, rng.fork('security')));
  spec.draw(ctx);
  degradations.push(...spec.realism);
  if (!spec.card && rng.chance(0.35)) {
    foldCrease(ctx, spec.width, spec.height, rng.fork('fold'));
    degradations.push('fold-crease');
  }
  const photo = await photograph(canvas, rng.fork('photo'), spec.card);
  return { bytes: photo.bytes, degradations: [...degradations, ...photo.degradations] };
}

/** Vector PDF in points; the spec's px are scaled as if the page were 150 dpi. */
export function renderPdf(spec: DocumentSpec, title: string): RenderedBytes {
  const scale = 72 / 150;
  const document = new PDFDocument({ title, creator: '电子发票服务平台', producer: 'Skia/PDF' });
  const ctx = document.beginPage(spec.width * scale, spec.height * scale) as Ctx;
  ctx.scale(scale, scale);
  ctx.fillStyle = spec.paper;
  ctx.fillRect(0, 0, spec.width, spec.height);
  spec.draw(ctx);
  document.endPage();
  return { bytes: document.close(), degradations: spec.realism.filter((r) => r.includes('seal')) };
}
