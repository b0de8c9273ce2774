import sharp from 'sharp';
import { DomainError, ErrorCode, sniffMedia } from '@uplift/domain';
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
    const ocrImage = await sharp(data, { raw: { width: info.width, height: info.height, channels: 3 } })
      .jpeg({ quality: 92 })
      .toBuffer();
    return { rgb, ocrImage };
  } catch (error) {
    throw undecodable(`the image could not be decoded: ${(error as Error).message}`);
  }
}

/** Decodes any supported input; throws DomainError(UNDECODABLE_FILE) for anything else. */
export async function decodeInput(bytes: Buffer): Promise<DecodedInput> {
  const format = sniffMedia(bytes)?.format ?? null;
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
