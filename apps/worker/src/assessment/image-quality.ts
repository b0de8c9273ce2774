/** Capture-quality measures of a greyscale image. */
export interface ImageQuality {
  /** Mean luminance, 0-255. */
  brightness: number;
  /** Variance of the Laplacian: low values mean a blurred capture. */
  sharpness: number;
}

/** Thresholds below/above which a capture is not usable as evidence (at ≤1024 px on the long side). */
export const QUALITY_THRESHOLDS = {
  minShortSidePx: 320,
  minBrightness: 35,
  maxBrightness: 245,
  minSharpness: 25,
} as const;

/** Measures brightness and sharpness of 8-bit greyscale pixels (row-major, width × height). */
export function measureQuality(pixels: Uint8Array, width: number, height: number): ImageQuality {
  let sum = 0;
  for (const value of pixels) sum += value;
  const brightness = pixels.length > 0 ? sum / pixels.length : 0;
  let count = 0;
  let mean = 0;
  let m2 = 0;
  for (let y = 1; y < height - 1; y += 1) {
    for (let x = 1; x < width - 1; x += 1) {
      const i = y * width + x;
      const lap = (pixels[i - width] ?? 0) + (pixels[i + width] ?? 0) + (pixels[i - 1] ?? 0) + (pixels[i + 1] ?? 0) - 4 * (pixels[i] ?? 0);
      count += 1;
      const delta = lap - mean;
      mean += delta / count;
      m2 += delta * (lap - mean);
    }
  }
  return { brightness, sharpness: count > 1 ? m2 / (count - 1) : 0 };
}

/** Problem codes for a capture of the given size and quality. */
export function qualityProblems(width: number, height: number, quality: ImageQuality): string[] {
  const t = QUALITY_THRESHOLDS;
  const problems: string[] = [];
  if (Math.min(width, height) < t.minShortSidePx) problems.push('TOO_SMALL');
  if (quality.brightness < t.minBrightness) problems.push('TOO_DARK');
  if (quality.brightness > t.maxBrightness) problems.push('TOO_BRIGHT');
  if (quality.sharpness < t.minSharpness) problems.push('BLURRY');
  return problems;
}
