// The two per-image loops of the OCR package over model outputs, written as plain loops. The package
// finds each time step's best class by slicing the step's 6,625 probabilities into a new array, reducing
// it with Math.max and searching it again with indexOf; it binarises the detection map by iterating
// `entries()` (an array per pixel). Together about 0.1 s of a document's CPU, for the same numbers:
// the first index of the largest value, the same CTC collapse and the same mean in the same order
// (tests/unit/ocr-model-output).

/** A model output as onnxruntime returns it. */
export interface ModelOutput {
  data: ArrayLike<number>;
  dims: readonly number[];
}

/** A decoded text line and the mean probability of its characters. */
export interface DecodedText {
  text: string;
  mean: number;
}

/**
 * Greedy CTC decoding of a recognition output of one line (dims [1, steps, classes]): class 0 is the blank,
 * repeats collapse, class c is `dictionary[c - 1]`. Null, for the package to decode, for a batch of more than one line
 * or an empty output. Pure.
 */
export function decodeCtc(output: ModelOutput, dictionary: readonly string[]): DecodedText | null {
  const [batch, steps = 0, classes = 0] = output.dims;
  if (batch !== 1 || output.data.length === 0) return null;
  const { data } = output;
  const chars: string[] = [];
  let sum = 0;
  let count = 0;
  let previous = Number.NaN;
  for (let s = 0; s < steps; s += 1) {
    const start = s * classes;
    // As Math.max then indexOf: the first index of the largest value; NaN anywhere gives index -1.
    let best = classes > 0 ? (data[start] as number) : Number.NEGATIVE_INFINITY;
    let index = classes > 0 ? 0 : -1;
    let nan = false;
    for (let c = 0; c < classes; c += 1) {
      const v = data[start + c] as number;
      if (v > best) {
        best = v;
        index = c;
      } else if (Number.isNaN(v)) nan = true;
    }
    if (nan) {
      best = Number.NaN;
      index = -1;
    }
    const repeat = s > 0 && index === previous;
    previous = index;
    if (index === 0 || repeat) continue;
    chars.push(dictionary[index - 1] as string);
    sum += best;
    count += 1;
  }
  return { text: chars.join(''), mean: count === 0 ? 0 : sum / count };
}

/** The detection map (dims [1, 1, height, width]) as an opaque RGBA mask: white where the probability exceeds `threshold`. Pure. */
export function binariseMap(output: ModelOutput, threshold: number): { data: Uint8Array; width: number; height: number } {
  const height = output.dims[2] ?? 0;
  const width = output.dims[3] ?? 0;
  const data = new Uint8Array(width * height * 4);
  const values = output.data;
  for (let i = 0, n = 0; i < values.length; i += 1, n += 4) {
    const v = (values[i] as number) > threshold ? 255 : 0;
    data[n] = v;
    data[n + 1] = v;
    data[n + 2] = v;
    data[n + 3] = 255;
  }
  return { data, width, height };
}
