// onnxruntime-node 1.22's binding registers itself once per process: after the worker thread that first
// loaded it has exited, any later thread gets "Module did not self-register" (measured on Node 20), so a
// replacement OCR thread, or a recogniser created again, would fall back to tesseract for good. Loaded
// once in the main thread (10 MiB, 20 ms, no process handlers), the binding stays registered and every
// OCR thread can load it.

let pinned = false;

/** Loads onnxruntime-node's binding in the calling (main) thread once, so OCR worker threads can always load it. */
export function pinOnnxRuntime(): void {
  if (pinned) return;
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  require('onnxruntime-node');
  pinned = true;
}
