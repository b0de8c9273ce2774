import assert from 'node:assert/strict';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { test } from 'node:test';
import { binariseMap, decodeCtc, type ModelOutput } from '@uplift/vision';

// The OCR package is ESM-only; this file compiles to CommonJS, where import() would become require().
// eslint-disable-next-line @typescript-eslint/no-implied-eval -- a fixed string, as in libs/vision's OCR worker
const importEsm = new Function('s', 'return import(s)') as (s: string) => Promise<Record<string, unknown>>;

interface PackageRecognition {
  decodeText(output: ModelOutput): Array<{ text: string; mean: number }>;
}

async function packageRecognition(dictionary: string[]): Promise<PackageRecognition> {
  const file = join(dirname(require.resolve('@gutenye/ocr-common')), 'models', 'Recognition.js');
  const { Recognition } = (await importEsm(pathToFileURL(file).href)) as {
    Recognition: new (o: object, dictionary: string[]) => PackageRecognition;
  };
  return new Recognition({ model: null, options: {} }, dictionary);
}

function random(seed: number): () => number {
  let s = seed;
  return () => (s = (s * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
}

/** A softmax-like output of one line: mostly blanks, some characters, runs of repeats, ties and exact zeros. */
function recognitionOutput(steps: number, classes: number, seed: number): ModelOutput {
  const next = random(seed);
  const data = new Float32Array(steps * classes);
  let previous = 0;
  for (let s = 0; s < steps; s += 1) {
    const winner = next() < 0.5 ? 0 : next() < 0.3 ? previous : Math.floor(next() * classes);
    previous = winner;
    for (let c = 0; c < classes; c += 1) data[s * classes + c] = next() < 0.2 ? 0 : next() * 0.1;
    data[s * classes + winner] = 0.3 + next() * 0.7;
    if (s % 7 === 3) data[s * classes + ((winner + 1) % classes)] = data[s * classes + winner] as number;
  }
  return { data, dims: [1, steps, classes] };
}

test('CTC decoding reads every line as the OCR package’s decodeText does, text and mean', async () => {
  const dictionary = [...'零一二三四五六七八九ABCDEFGHIJ0123456789'.split(''), ' '];
  const recognition = await packageRecognition(dictionary);
  for (let seed = 1; seed <= 40; seed += 1) {
    const output = recognitionOutput(1 + (seed % 60), dictionary.length + 1, seed);
    assert.deepEqual(decodeCtc(output, dictionary), recognition.decodeText(output)[0]);
  }
  const blanks = { data: new Float32Array(12).fill(0.25), dims: [1, 3, 4] };
  assert.deepEqual(decodeCtc(blanks, dictionary), recognition.decodeText(blanks)[0]);
});

test('CTC decoding leaves a batch of several lines, and an empty output, to the package', () => {
  assert.equal(decodeCtc({ data: new Float32Array(8), dims: [2, 1, 4] }, ['a', 'b', 'c', ' ']), null);
  assert.equal(decodeCtc({ data: new Float32Array(0), dims: [1, 0, 4] }, ['a', 'b', 'c', ' ']), null);
});

test('the detection map binarises as the package’s outputToImage: RGBA, white above the threshold, opaque', () => {
  const next = random(5);
  const height = 7;
  const width = 9;
  const values = Float32Array.from({ length: width * height }, () => (next() < 0.1 ? 0.03 : next() * 0.06));
  const mask = binariseMap({ data: values, dims: [1, 1, height, width] }, 0.03);
  // The package's loop (models/Detection.js, outputToImage), transcribed.
  const expected = new Uint8Array(width * height * 4);
  for (const [i, v] of values.entries()) {
    const value = v > 0.03 ? 255 : 0;
    expected.set([value, value, value, 255], i * 4);
  }
  assert.equal(mask.width, width);
  assert.equal(mask.height, height);
  assert.deepEqual(mask.data, expected);
});
