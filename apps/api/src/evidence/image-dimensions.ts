/** Width and height in pixels, as an image's header declares them. */
export interface ImageDimensions {
  width: number;
  height: number;
}

/** Image formats whose dimensions can be read from the header. */
export type ImageFormat = 'jpeg' | 'png' | 'webp';

/**
 * Reads width×height from the header of a JPEG, PNG or WebP without decoding pixel data (so a
 * decompression bomb costs nothing to measure). Null when the header is truncated or malformed.
 */
export function readImageDimensions(format: ImageFormat, bytes: Uint8Array): ImageDimensions | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const found = format === 'png' ? pngDimensions(view) : format === 'webp' ? webpDimensions(view) : jpegDimensions(view);
  return found && found.width > 0 && found.height > 0 ? found : null;
}

function pngDimensions(view: DataView): ImageDimensions | null {
  // Signature (8), then the IHDR chunk: length (4), "IHDR" (4), width (4, BE), height (4, BE).
  if (view.byteLength < 24 || fourCc(view, 12) !== 'IHDR') return null;
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

function webpDimensions(view: DataView): ImageDimensions | null {
  if (view.byteLength < 30) return null;
  const chunk = fourCc(view, 12);
  if (chunk === 'VP8X') {
    // Extended format: 24-bit little-endian canvas width-1 and height-1 at 24 and 27.
    return { width: 1 + uint24le(view, 24), height: 1 + uint24le(view, 27) };
  }
  if (chunk === 'VP8 ') {
    // Lossy key frame: start code 9D 01 2A at 23, then 14-bit width and height.
    if (view.getUint8(23) !== 0x9d || view.getUint8(24) !== 0x01 || view.getUint8(25) !== 0x2a) return null;
    return { width: view.getUint16(26, true) & 0x3fff, height: view.getUint16(28, true) & 0x3fff };
  }
  if (chunk === 'VP8L') {
    // Lossless: signature 0x2F at 20, then 14 bits width-1 and 14 bits height-1, little-endian.
    if (view.getUint8(20) !== 0x2f) return null;
    const bits = view.getUint32(21, true);
    return { width: 1 + (bits & 0x3fff), height: 1 + ((bits >>> 14) & 0x3fff) };
  }
  return null;
}

// Start-of-frame markers carry the dimensions; C4 (DHT), C8 (JPG) and CC (DAC) share the range but do not.
const SOF_MARKERS = new Set([0xc0, 0xc1, 0xc2, 0xc3, 0xc5, 0xc6, 0xc7, 0xc9, 0xca, 0xcb, 0xcd, 0xce, 0xcf]);

function jpegDimensions(view: DataView): ImageDimensions | null {
  let offset = 2; // after SOI (FF D8)
  while (offset + 4 <= view.byteLength) {
    if (view.getUint8(offset) !== 0xff) return null;
    const marker = view.getUint8(offset + 1);
    if (marker === 0xff) {
      offset += 1; // fill byte
      continue;
    }
    if (marker === 0x01 || (marker >= 0xd0 && marker <= 0xd7)) {
      offset += 2; // markers without a length
      continue;
    }
    if (marker === 0xd9 || marker === 0xda) return null; // end of image / start of scan before any frame
    const length = view.getUint16(offset + 2);
    if (length < 2) return null;
    if (SOF_MARKERS.has(marker)) {
      // Segment: length (2), precision (1), height (2), width (2).
      if (offset + 9 > view.byteLength) return null;
      return { width: view.getUint16(offset + 7), height: view.getUint16(offset + 5) };
    }
    offset += 2 + length;
  }
  return null;
}

function fourCc(view: DataView, offset: number): string {
  let text = '';
  for (let i = 0; i < 4; i += 1) text += String.fromCharCode(view.getUint8(offset + i));
  return text;
}

function uint24le(view: DataView, offset: number): number {
  return view.getUint8(offset) | (view.getUint8(offset + 1) << 8) | (view.getUint8(offset + 2) << 16);
}
