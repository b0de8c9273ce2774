import type { PhotoClassId } from '../catalogue/photo-classes';
import type { VoucherTypeId } from '../catalogue/voucher-types';

// What recognition made of one piece of evidence. It is stored in the EvidenceRecognised event, so it
// is plain JSON and versioned by methodVersions; @uplift/vision produces it.

/** Axis-aligned box in pixels of the normalised image: [left, top, width, height]. */
export type Box = readonly [number, number, number, number];

/** One line of text found by OCR, in reading order, with its mean character confidence (0..1). */
export interface OcrLine {
  text: string;
  confidence: number;
  box: Box;
}

/** A field read from a document. `value` is normalised (dates ISO, amounts with two decimals). */
export interface RecognisedField {
  name: string;
  value: string;
  confidence: number;
  box: Box | null;
}

/** Outcome of one validation rule over named fields. */
export interface FieldValidation {
  rule: string;
  fields: string[];
  passed: boolean;
  detail: string;
}

/** A red official seal found by colour segmentation and shape. */
export interface SealFinding {
  shape: 'circle' | 'ellipse' | 'other';
  hasStar: boolean;
  box: Box;
  confidence: number;
}

/** A region that looks like handwriting (thin irregular dark strokes) near a signature label. */
export interface SignatureRegion {
  box: Box;
  confidence: number;
}

/** Objects of one label counted in a photo, mapped to an asset class. */
export interface DetectedObjects {
  label: string;
  assetClass: PhotoClassId | null;
  count: number;
  confidence: number;
}

/** JSON-serialisable outcome of recognising one piece of evidence; stored in a domain event. */
export interface EvidenceRecognition {
  documentType: VoucherTypeId | 'unknown' | null;
  classificationConfidence: number;
  photoClass?: { class: PhotoClassId | 'unknown'; confidence: number; matchesDeclared: boolean };
  fields: RecognisedField[];
  validations: FieldValidation[];
  seals: SealFinding[];
  signatures: SignatureRegion[];
  objects: DetectedObjects[];
  text: string;
  ocrEngine: 'pp-ocrv4' | 'tesseract' | 'pdf-text-layer' | 'none';
  methodVersions: Record<string, string>;
  timingsMs: Record<string, number>;
}
