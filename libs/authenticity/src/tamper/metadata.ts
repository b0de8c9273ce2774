import exifr from 'exifr';

/** The EXIF facts the metadata rules read. */
export interface ImageMetadata {
  software: string | null;
  make: string | null;
  model: string | null;
  capturedAt: Date | null;
  modifiedAt: Date | null;
}

/** One metadata rule that fired. */
export interface MetadataIssue {
  rule: 'editing_software' | 'no_camera_data' | 'captured_after_upload' | 'modified_after_capture';
  severity: 'info' | 'warning' | 'critical';
  score: number;
  detail: string;
}

const EDITORS =
  /photoshop|gimp|snapseed|picsart|meitu|美图|lightroom|canva|pixlr|affinity|paint\.net|acdsee|illustrator|wps|xingtu|醒图|faceu|b612/i;

/** Reads EXIF from JPEG/PNG/HEIC/WebP bytes; an image without EXIF yields all nulls. */
export async function readImageMetadata(bytes: Buffer): Promise<ImageMetadata> {
  let tags: Record<string, unknown> | undefined;
  try {
    tags = (await exifr.parse(bytes, { tiff: true, exif: true, ifd1: false, gps: false, xmp: true })) as
      Record<string, unknown> | undefined;
  } catch {
    tags = undefined;
  }
  const text = (k: string): string | null => (typeof tags?.[k] === 'string' ? tags[k].trim() || null : null);
  const date = (k: string): Date | null => (tags?.[k] instanceof Date && !Number.isNaN(tags[k].getTime()) ? tags[k] : null);
  return {
    software: text('Software') ?? text('CreatorTool'),
    make: text('Make'),
    model: text('Model'),
    capturedAt: date('DateTimeOriginal') ?? date('CreateDate'),
    modifiedAt: date('ModifyDate'),
  };
}

/** Pure rules over the metadata; `uploadedAt` is when the engine received the file. */
export function metadataIssues(m: ImageMetadata, uploadedAt: Date | null): MetadataIssue[] {
  const issues: MetadataIssue[] = [];
  if (m.software && EDITORS.test(m.software)) {
    issues.push({
      rule: 'editing_software',
      severity: 'warning',
      score: 0.7,
      detail: `the file was last saved by image-editing software (${m.software.slice(0, 60)})`,
    });
  }
  if (!m.make && !m.model && !m.capturedAt) {
    issues.push({
      rule: 'no_camera_data',
      severity: 'info',
      score: 0.2,
      detail: 'the file carries no camera make, model or capture time (screenshots, messaging apps and editors strip them)',
    });
  }
  // Clocks drift and time zones are often missing in EXIF: allow a day of slack.
  if (m.capturedAt && uploadedAt && m.capturedAt.getTime() > uploadedAt.getTime() + 86_400_000) {
    issues.push({
      rule: 'captured_after_upload',
      severity: 'warning',
      score: 0.8,
      detail: `the recorded capture time ${m.capturedAt.toISOString()} is after the upload ${uploadedAt.toISOString()}`,
    });
  }
  if (m.capturedAt && m.modifiedAt && m.modifiedAt.getTime() - m.capturedAt.getTime() > 3_600_000) {
    issues.push({
      rule: 'modified_after_capture',
      severity: 'info',
      score: 0.4,
      detail: `the file was modified ${Math.round((m.modifiedAt.getTime() - m.capturedAt.getTime()) / 3_600_000)} h after capture`,
    });
  }
  return issues;
}
