import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

/** Lets libraries that `fetch()` their model files read `file://` URLs from disk; other URLs are refused. */
export function installFileFetchShim(): void {
  const original = globalThis.fetch;
  if ((original as { uplift?: boolean }).uplift) return;
  const shim = async (input: string | URL | Request, init?: RequestInit): Promise<Response> => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    if (url.startsWith('file://')) {
      const body = await readFile(fileURLToPath(url));
      const type = url.endsWith('.json') ? 'application/json' : url.endsWith('.wasm') ? 'application/wasm' : 'application/octet-stream';
      return new Response(body, { status: 200, headers: { 'content-type': type } });
    }
    // Nothing is downloaded at run time: only explicitly configured http(s) endpoints pass through.
    return original(input, init);
  };
  (shim as { uplift?: boolean }).uplift = true;
  globalThis.fetch = shim;
}
