import { DomainError, ErrorCode } from '@uplift/domain';
import type { ImageDimensions } from './image-dimensions';
import { readImageDimensions } from './image-dimensions';
import type { SniffedMedia } from '@uplift/domain';
import { sniffMedia } from '@uplift/domain';

/** What an upload's content turned out to be. */
export interface CheckedContent extends SniffedMedia {
  /** Null for PDFs (page size is not a pixel count). */
  dimensions: ImageDimensions | null;
}

/**
 * Accepts only JPEG, PNG, WebP or PDF content (415 otherwise) and images of at most `maxPixels`
 * pixels by their header (422 IMAGE_TOO_LARGE; 422 UNDECODABLE_FILE when the header is unreadable).
 */
export function checkUploadContent(bytes: Uint8Array, maxPixels: number): CheckedContent {
  const media = sniffMedia(bytes);
  if (!media) {
    throw new DomainError(ErrorCode.UnsupportedMediaType, 'Only JPEG, PNG, WebP images and PDF documents are accepted.');
  }
  if (media.format === 'pdf') return { ...media, dimensions: null };

  const dimensions = readImageDimensions(media.format, bytes);
  if (!dimensions) {
    throw new DomainError(ErrorCode.UndecodableFile, 'The image header could not be read.', { format: media.format });
  }
  const pixels = dimensions.width * dimensions.height;
  if (pixels > maxPixels) {
    throw new DomainError(ErrorCode.ImageTooLarge, `The image has ${pixels} pixels; at most ${maxPixels} are accepted.`, {
      width: dimensions.width,
      height: dimensions.height,
      maxPixels,
    });
  }
  return { ...media, dimensions };
}
