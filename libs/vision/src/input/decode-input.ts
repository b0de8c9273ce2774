import sharp from 'sharp';
import { DomainError, ErrorCode } from '@uplift/domain';
import type { OcrLine } from '../types';
import { readPdf } from './pdf-input';

/** Longest side the recogniser works at: enough for 8-pt text on an A4 photo, small enough for 2 s. */
export const WORKING_SIDE = 1600;

/** Pixels of the working image, RGB, row-major. */
export interface RgbImage {
  data: Buffer;
  width: number;
  height: number;
}

/** An input decoded for recognition: the working image, its JPEG for OCR, and a PDF's text layer if any. */
export interface DecodedInput {
  format: 'jpeg' | 'png' | 'webp' | 'pdf';
  rgb: RgbImage;
  ocrImage: Buffer;
  textLayer: OcrLine[] | null;
  pages: number;
}

/** Recognises the container format from magic bytes; null for anything the recogniser does not take. */
export function sniffFormat(bytes: Buffer): DecodedInput['format'] | null {
  if (bytes.length >= 3 && bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return 'jpeg';
  if (bytes.length >= 8 && bytes.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))) return 'png';
  if (bytes.length >= 12 && bytes.toString('ascii', 0, 4) === 'RIFF' && bytes.toString('ascii', 8, 12) === 'WEBP') return 'webp';
  if (bytes.length >= 5 && bytes.toString('ascii', 0, 5) === '%PDF-') return 'pdf';
  return null;
}

function undecodable(message: string): DomainError {
  return new DomainError(ErrorCode.UndecodableFile, message);
}

/** Decodes an image (EXIF orientation applied, scaled to the working size) into RGB and an OCR JPEG. */
export async function decodeImage(bytes: Buffer): Promise<{ rgb: RgbImage; ocrImage: Buffer }> {
  try {
    const base = sharp(bytes, { failOn: 'error', limitInputPixels: 100_000_000 })
      .rotate()
      .resize({ width: WORKING_SIDE, height: WORKING_SIDE, fit: 'inside', withoutEnlargement: true })
      .removeAlpha();
    const { data, info } = await base.clone().raw().toBuffer({ resolveWithObject: true });
    const rgb = { data, width: info.width, height: info.height };
    const ocrImage = await sharp(data, { raw: { width: info.width, height: info.height, channels: 3 } }).jpeg({ quality: 92 }).toBuffer();
    return { rgb, ocrImage };
  } catch (error) {
    throw undecodable(`the image could not be decoded: ${(error as Error).message}`);
  }
}

/** Decodes any supported input; throws DomainError(UNDECODABLE_FILE) for anything else. */
export async function decodeInput(bytes: Buffer): Promise<DecodedInput> {
  const format = sniffFormat(bytes);
  if (format === null) throw undecodable('the file is not a JPEG, PNG, WebP or PDF');
  if (format !== 'pdf') return { format, ...(await decodeImage(bytes)), textLayer: null, pages: 1 };
  let pdf;
  try {
    pdf = await readPdf(bytes);
  } catch (error) {
    throw undecodable(`the PDF could not be opened: ${(error as Error).message}`);
  }
  return { format, ...(await decodeImage(pdf.firstPagePng)), textLayer: pdf.lines.length > 0 ? pdf.lines : null, pages: pdf.pages };
}
