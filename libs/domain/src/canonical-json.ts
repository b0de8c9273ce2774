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
  return write(value, [], []);
}

/** Where a value sits (keys and indexes from the root), kept as a stack and spelt out only for an error. */
type Path = (string | number)[];

function spell(path: Path): string {
  return path.reduce<string>((text, step) => (typeof step === 'number' ? `${text}[${step}]` : `${text}.${step}`), '$');
}

function write(value: unknown, path: Path, ancestors: object[]): string {
  switch (typeof value) {
    case 'string':
      return JSON.stringify(value);
    case 'number':
      if (!Number.isFinite(value)) throw new TypeError(`canonicalJson: ${spell(path)} is not a finite number`);
      return JSON.stringify(value);
    case 'boolean':
      return value ? 'true' : 'false';
    case 'object':
      return value === null ? 'null' : writeObject(value, path, ancestors);
    case 'bigint':
    case 'function':
    case 'symbol':
    case 'undefined':
      throw new TypeError(`canonicalJson: ${spell(path)} is a ${typeof value}, which JSON cannot hold`);
  }
}

// Written as loops appending to one string: this runs on every event and on every read-model state.
function writeObject(value: object, path: Path, ancestors: object[]): string {
  if (ancestors.includes(value)) throw new TypeError(`canonicalJson: ${spell(path)} is a circular reference`);
  ancestors.push(value);
  let out: string;
  if (Array.isArray(value)) {
    const items = value as unknown[];
    out = '[';
    for (let index = 0; index < items.length; index += 1) {
      if (index > 0) out += ',';
      const item = items[index];
      if (item === undefined) {
        out += 'null';
      } else {
        path.push(index);
        out += write(item, path, ancestors);
        path.pop();
      }
    }
    out += ']';
  } else {
    const proto: unknown = Object.getPrototypeOf(value);
    if (proto !== Object.prototype && proto !== null) throw new TypeError(`canonicalJson: ${spell(path)} is not a plain object`);
    const record = value as Record<string, unknown>;
    out = '{';
    for (const key of Object.keys(record).sort()) {
      const item = record[key];
      if (item === undefined) continue;
      if (out.length > 1) out += ',';
      path.push(key);
      out += `${JSON.stringify(key)}:${write(item, path, ancestors)}`;
      path.pop();
    }
    out += '}';
  }
  ancestors.pop();
  return out;
}

/** SHA-256 of the UTF-8 encoding of `text`, lower-case hex (@noble/hashes: runs in the workflow sandbox too). */
export function sha256Hex(text: string): string {
  return bytesToHex(sha256(utf8ToBytes(text)));
}
