import { reducePlanesBy, reductionFactor, type Rgb } from '../image/raster';
import { chromaBandFeatures } from './chroma-bands';
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
  const longer = Math.max(rgb.width, rgb.height);
  // The three reductions (2×, 4×, to about 320 px) are taken one from another where their factors
  // divide: one pass over the full-resolution pixels instead of three.
  const large = rgb.width * rgb.height > 1400 * 1400;
  const fMid = large ? reductionFactor(rgb, longer / 2) : 1;
  const midPlanes = reducePlanesBy(rgb, fMid);
  const fCoarse = reductionFactor(rgb, longer / 4);
  const coarse = reducePlanesBy(rgb, fCoarse, { planes: midPlanes, factor: fMid });
  const fThumb = reductionFactor(rgb, 320);
  const thumb =
    fThumb % fCoarse === 0
      ? reducePlanesBy(rgb, fThumb, { planes: coarse, factor: fCoarse })
      : reducePlanesBy(rgb, fThumb, { planes: midPlanes, factor: fMid });
  const spectral = spectralFeatures(rgb, coarse, 8 * scale);
  const scene = sceneFeatures(thumb);
  const texture = textureFeatures(midPlanes.luma, thumb);
  const bands = chromaBandFeatures(rgb);
  return { features: flatten({ ...spectral.features, ...scene, ...texture, ...bands }), heatmap: spectral.heatmap, cell: spectral.cell };
}
