/** Decodes the base64 master key that wraps every per-case data key; throws with a clear message. */
export function decodeMasterKey(base64: string | undefined): Buffer {
  if (!base64) throw new Error('UPLIFT_MASTER_KEY is required (32 random bytes, base64)');
  const key = Buffer.from(base64, 'base64');
  if (key.length !== 32) throw new Error('UPLIFT_MASTER_KEY must decode to exactly 32 bytes');
  return key;
}
