import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { RawDetection } from '../ocr/ocr-protocol';
import { installFileFetchShim } from './file-fetch-shim';

/** Finds COCO objects in an RGB image. */
export interface ObjectDetector {
  detect(rgb: Uint8Array, width: number, height: number): Promise<RawDetection[]>;
}

interface HumanLike {
  load(): Promise<void>;
  detect(input: unknown): Promise<{ object: Array<{ label: string; score: number; box: [number, number, number, number] }> }>;
  tf: { tensor3d(data: Uint8Array, shape: [number, number, number], dtype: string): { dispose(): void } };
}

/** Loads the CenterNet COCO model that @vladmandic/human ships, on the tfjs WASM backend, from local files. */
export async function loadObjectDetector(modelDir: string | null): Promise<ObjectDetector> {
  installFileFetchShim();
  // Both packages export only their entry points; their model and wasm files sit beside / above them.
  const humanDir = join(dirname(require.resolve('@vladmandic/human')), '..');
  const wasmDist = dirname(require.resolve('@tensorflow/tfjs-backend-wasm'));
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const mod = require(join(humanDir, 'dist', 'human.node-wasm.js')) as { Human: new (config: Record<string, unknown>) => HumanLike };
  const human = new mod.Human({
    backend: 'wasm',
    wasmPath: `${pathToFileURL(wasmDist).href}/`,
    modelBasePath: `${pathToFileURL(modelDir ?? join(humanDir, 'models')).href}/`,
    cacheSensitivity: 0,
    debug: false,
    face: { enabled: false },
    body: { enabled: false },
    hand: { enabled: false },
    gesture: { enabled: false },
    segmentation: { enabled: false },
    filter: { enabled: false },
    object: { enabled: true, modelPath: 'centernet.json', minConfidence: 0.25, maxDetected: 50 },
  });
  await human.load();
  return {
    async detect(rgb, width, height) {
      const tensor = human.tf.tensor3d(rgb, [height, width, 3], 'int32');
      try {
        const result = await human.detect(tensor);
        return result.object.map((o) => ({ label: o.label, score: o.score, box: o.box }));
      } finally {
        tensor.dispose();
      }
    },
  };
}
