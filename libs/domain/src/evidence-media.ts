import type { EvidenceFormat } from './case/vocabulary';

/** A format recognised from content, with the media type recorded for it. */
export interface SniffedMedia {
  format: EvidenceFormat;
  mediaType: 'image/jpeg' | 'image/png' | 'image/webp' | 'application/pdf';
}

/** Bytes needed to tell every accepted format apart. */
export const SNIFF_BYTES = 12;

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

/**
 * Recognises JPEG, PNG, WebP and PDF by their leading magic bytes. The file name and the part's
 * declared content type are never consulted: they are whatever the client says.
 */
export function sniffMedia(head: Uint8Array): SniffedMedia | null {
  if (startsWith(head, [0xff, 0xd8, 0xff])) return { format: 'jpeg', mediaType: 'image/jpeg' };
  if (startsWith(head, PNG_SIGNATURE)) return { format: 'png', mediaType: 'image/png' };
  if (ascii(head, 0, 4) === 'RIFF' && ascii(head, 8, 12) === 'WEBP') return { format: 'webp', mediaType: 'image/webp' };
  if (ascii(head, 0, 5) === '%PDF-') return { format: 'pdf', mediaType: 'application/pdf' };
  return null;
}

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return bytes.length >= prefix.length && prefix.every((byte, index) => bytes[index] === byte);
}

function ascii(bytes: Uint8Array, start: number, end: number): string | null {
  if (bytes.length < end) return null;
  return String.fromCharCode(...bytes.subarray(start, end));
}
