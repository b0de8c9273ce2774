import { imageSize } from 'image-size';

/** Width and height in pixels, as an image's header declares them. */
export interface ImageDimensions {
  width: number;
  height: number;
}

/** Image formats whose dimensions can be read from the header. */
export type ImageFormat = 'jpeg' | 'png' | 'webp';

const TYPE_OF: Record<ImageFormat, string> = { jpeg: 'jpg', png: 'png', webp: 'webp' };

/**
 * Reads width×height from the header of a JPEG, PNG or WebP without decoding pixel data (so a
 * decompression bomb costs nothing to measure), with the maintained `image-size` reader. Null when
 * the header is truncated, malformed, or of another format than the bytes were sniffed as.
 */
export function readImageDimensions(format: ImageFormat, bytes: Uint8Array): ImageDimensions | null {
  try {
    // A copy: image-size reads through the underlying ArrayBuffer, which for a slice (or a pooled small
    // Buffer) extends past the upload's own bytes.
    const size = imageSize(new Uint8Array(bytes));
    if (size.type !== TYPE_OF[format] || !size.width || !size.height) return null;
    return { width: size.width, height: size.height };
  } catch {
    return null;
  }
}
