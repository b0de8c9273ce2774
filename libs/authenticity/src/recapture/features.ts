import { reducePlanes, type Rgb } from '../image/raster';
import { sceneFeatures } from './scene-features';
import { spectralFeatures } from './spectral-features';
import { textureFeatures } from './texture-features';

/** Every raw recapture feature by name (spectral and scene; profiles flattened as name0, name1, ...). */
export type RecaptureFeatureVector = Record<string, number>;

/** Raw features, the reviewer heatmap and its cell size in analysed pixels. */
export interface RecaptureEvidence {
  features: RecaptureFeatureVector;
  heatmap: number[][];
  cell: number;
}

function flatten(obj: Record<string, number | number[]>): RecaptureFeatureVector {
  const out: RecaptureFeatureVector = {};
  for (const [k, v] of Object.entries(obj)) {
    if (Array.isArray(v))
      v.forEach((x, i) => {
        out[`${k}${i}`] = x;
      });
    else out[k] = v;
  }
  return out;
}

/** Extracts the recapture features of an image decoded at `scale` of its stored size. */
export function recaptureEvidence(rgb: Rgb, scale: number): RecaptureEvidence {
  const coarse = reducePlanes(rgb, Math.max(rgb.width, rgb.height) / 4);
  const spectral = spectralFeatures(rgb, coarse, 8 * scale);
  const thumb = reducePlanes(rgb, 320);
  const scene = sceneFeatures(thumb);
  const mid = rgb.width * rgb.height > 1400 * 1400 ? reducePlanes(rgb, Math.max(rgb.width, rgb.height) / 2).luma : coarseOrFull(rgb);
  const texture = textureFeatures(mid, thumb);
  return { features: flatten({ ...spectral.features, ...scene, ...texture }), heatmap: spectral.heatmap, cell: spectral.cell };
}

/** Luma at full resolution (small images). */
function coarseOrFull(rgb: Rgb): ReturnType<typeof reducePlanes>['luma'] {
  return reducePlanes(rgb, Math.max(rgb.width, rgb.height)).luma;
}
