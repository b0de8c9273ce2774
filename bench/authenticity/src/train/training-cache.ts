import { join } from 'node:path';
import { REPO_ROOT } from '../heldout-set';

/** Where cache-training-images.ts keeps the training images' bytes (with a .json of each item's metadata). */
export const CACHE_DIR = join(REPO_ROOT, '.tools', 'auth-train', 'cache');

/** File name of a cached training image. */
export const cacheFile = (id: string): string => join(CACHE_DIR, `${id.replace(/:/g, '_')}.bin`);
