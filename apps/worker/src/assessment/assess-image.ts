import sharp from 'sharp';
import { ApplicationFailure } from '@temporalio/common';
import { ErrorCode, type EvidenceAssessment, type EvidenceFormat } from '@uplift/domain';
import { measureQuality, qualityProblems } from './image-quality';

/** Version of the image checks; recorded with every assessment. */
export const IMAGE_ASSESSMENT_VERSION = 'image-quality-1';

/** Decodes an image and checks it is usable evidence: size, exposure and focus. */
export async function assessImage(bytes: Buffer, format: Exclude<EvidenceFormat, 'pdf'>, maxPixels: number): Promise<EvidenceAssessment> {
  let width: number;
  let height: number;
  let grey: { data: Buffer; info: sharp.OutputInfo };
  try {
    const image = sharp(bytes, { limitInputPixels: maxPixels, failOn: 'error' }).rotate();
    const meta = await image.metadata();
    width = meta.autoOrient?.width ?? meta.width ?? 0;
    height = meta.autoOrient?.height ?? meta.height ?? 0;
    grey = await image
      .greyscale()
      .resize({ width: 1024, height: 1024, fit: 'inside', withoutEnlargement: true })
      .raw()
      .toBuffer({ resolveWithObject: true });
  } catch (error) {
    throw ApplicationFailure.create({
      type: ErrorCode.UndecodableFile,
      message: `the ${format} file could not be decoded: ${(error as Error).message}`,
      nonRetryable: true,
    });
  }
  const quality = measureQuality(grey.data, grey.info.width, grey.info.height);
  const problems = qualityProblems(width, height, quality);
  return {
    verdict: problems.length === 0 ? 'readable' : 'unreadable',
    problems,
    format,
    width,
    height,
    pages: null,
    sharpness: Math.round(quality.sharpness * 10) / 10,
    brightness: Math.round(quality.brightness * 10) / 10,
    textCharacters: null,
    methodVersion: IMAGE_ASSESSMENT_VERSION,
  };
}
