import { sha256 } from '@noble/hashes/sha2';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils';

/**
 * Serialises plain JSON data with object keys sorted recursively (by UTF-16 code units, as in
 * RFC 8785), so equal values always give identical text and therefore identical hashes.
 * Numbers and strings are written exactly as JSON.stringify writes them. Mirroring JSON, object
 * members whose value is undefined are left out and undefined array slots become null. Anything
 * JSON cannot round-trip exactly (NaN, Infinity, bigint, functions, symbols, Dates and other class
 * instances, cycles) is rejected with a TypeError rather than silently changed.
 */
export function canonicalJson(value: unknown): string {
  return write(value, new Set<object>(), '$');
}

function write(value: unknown, ancestors: Set<object>, path: string): string {
  if (value === null) return 'null';
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (typeof value === 'string') return JSON.stringify(value);
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new TypeError(`canonicalJson: ${path} is not a finite number`);
    return JSON.stringify(value);
  }
  if (typeof value === 'object') return writeObject(value, ancestors, path);
  throw new TypeError(`canonicalJson: ${path} is a ${typeof value}, which JSON cannot hold`);
}

function writeObject(value: object, ancestors: Set<object>, path: string): string {
  if (ancestors.has(value)) throw new TypeError(`canonicalJson: ${path} is a circular reference`);
  ancestors.add(value);
  try {
    if (Array.isArray(value)) {
      const items = (value as unknown[]).map((item, index) => (item === undefined ? 'null' : write(item, ancestors, `${path}[${index}]`)));
      return `[${items.join(',')}]`;
    }
    const proto: unknown = Object.getPrototypeOf(value);
    if (proto !== Object.prototype && proto !== null) {
      throw new TypeError(`canonicalJson: ${path} is not a plain object`);
    }
    const record = value as Record<string, unknown>;
    const members = Object.keys(record)
      .filter((key) => record[key] !== undefined)
      .sort()
      .map((key) => `${JSON.stringify(key)}:${write(record[key], ancestors, `${path}.${key}`)}`);
    return `{${members.join(',')}}`;
  } finally {
    ancestors.delete(value);
  }
}

/** SHA-256 of the UTF-8 encoding of `text`, lower-case hex (@noble/hashes: runs in the workflow sandbox too). */
export function sha256Hex(text: string): string {
  return bytesToHex(sha256(utf8ToBytes(text)));
}
