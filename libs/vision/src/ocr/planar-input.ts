// The model input of PP-OCR, built in one pass into a Float32Array. The OCR package builds it by
// pushing every pixel's three values onto JS arrays, spreading them into a fourth and copying that
// into a Float32Array: about 0.3 s of a photo's CPU (and most of the OCR thread's garbage), for the
// same numbers. Same order (planes B, G, R), same arithmetic in doubles, then stored as float32, so
// recognition reads exactly what it read before (tests/unit/ocr-planar-input).

/** An RGBA raster as the OCR package hands it over. */
export interface RgbaRaster {
  data: ArrayLike<number>;
  width: number;
  height: number;
}

/** Per-channel normalisation, (value / 255 - mean) / std, channels in R, G, B order. */
export interface ChannelNormalisation {
  mean?: readonly number[];
  std?: readonly number[];
}

/** The planar B, G, R input of a model, normalised per channel. */
export function planarInput(
  image: RgbaRaster,
  { mean = [0, 0, 0], std = [1, 1, 1] }: ChannelNormalisation,
): RgbaRaster & { data: Float32Array } {
  const pixels = Math.ceil(image.data.length / 4);
  const input = new Float32Array(pixels * 3);
  const [meanR = 0, meanG = 0, meanB = 0] = mean;
  const [stdR = 1, stdG = 1, stdB = 1] = std;
  const { data } = image;
  for (let p = 0, i = 0; p < pixels; p += 1, i += 4) {
    input[p] = ((data[i + 2] as number) / 255 - meanB) / stdB;
    input[pixels + p] = ((data[i + 1] as number) / 255 - meanG) / stdG;
    input[2 * pixels + p] = ((data[i] as number) / 255 - meanR) / stdR;
  }
  return { data: input, width: image.width, height: image.height };
}
