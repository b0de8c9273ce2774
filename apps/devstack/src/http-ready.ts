import { waitUntil } from './process/wait-until';

/** Waits until GET `url` answers 200, for at most `timeoutMs`. */
export async function waitForHttpOk(url: string, timeoutMs: number, signal?: AbortSignal): Promise<void> {
  await waitUntil(
    async () => {
      const response = await fetch(url, { signal: AbortSignal.timeout(2_000) });
      await response.body?.cancel();
      if (response.status !== 200) throw new Error(`GET ${url} answered ${response.status}`);
      return true;
    },
    { timeoutMs, what: `GET ${url}`, ...(signal ? { signal } : {}) },
  );
}
