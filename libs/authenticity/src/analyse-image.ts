import type { OcrLine, RecognisedField } from '@uplift/domain';
import sharp from 'sharp';
import { METHOD_VERSIONS, roundScore, severityFor, type AuthenticityFinding, type FindingRegion } from './findings';
import { cellsBox } from './image/grid';
import { decodePlanes } from './image/raster';
import { recaptureOfPlanes, RECAPTURE_WORKING_SIDE } from './recapture/detect-recapture';
import { RECAPTURE_THRESHOLD } from './recapture/recapture';
import { fingerprintImage, type ImageFingerprint } from './reuse/fingerprint-image';
import { detectCopyMove } from './tamper/copy-move';
import { detectDoubleJpeg } from './tamper/double-jpeg';
import { fieldAnomalies } from './tamper/field-anomaly';
import { metadataIssues, readImageMetadata } from './tamper/metadata';

/** Inputs besides the bytes; all optional. */
export interface AnalyseImageOptions {
  /** When the engine received the file (ISO string or Date), for the capture-time rule. */
  uploadedAt?: string | Date;
  /** Recognition output of the same image: fields with boxes and OCR lines, for field anomalies. */
  recognition?: { fields: readonly RecognisedField[]; lines?: readonly OcrLine[] };
  /** Longer side the recognition boxes refer to (the vision working side, 1600 by default). */
  recognitionSide?: number;
}

/** Findings, reviewer heatmaps (rows of 0..1 cells), the image's fingerprint and raw scores. */
export interface ImageAnalysis {
  findings: AuthenticityFinding[];
  heatmaps: { recapture?: number[][]; doubleJpeg?: number[][] };
  fingerprint: ImageFingerprint;
  /**
   * Raw 0..1 scores. `doubleJpeg`: aligned double-JPEG localisation (DCT histograms), which is also
   * the edit score; copy-move and field anomalies are reported separately (advisory, ADR 0015).
   */
  scores: { recapture: number; copyMove: number; fieldAnomaly: number; doubleJpeg: number; edit: number };
  timingsMs: Record<string, number>;
}

/** Score above which a double-compression, copy-move or field-anomaly finding is raised. */
export const TAMPER_THRESHOLD = 0.5;

/** Runs every single-image check (recapture, metadata, double compression, copy-move, field anomalies) and hashes the image. */
export async function analyseImage(bytes: Buffer, options: AnalyseImageOptions = {}): Promise<ImageAnalysis> {
  const timingsMs: Record<string, number> = {};
  const timed = async <T>(name: string, work: () => Promise<T> | T): Promise<T> => {
    const t = Date.now();
    const result = await work();
    timingsMs[name] = Date.now() - t;
    return result;
  };
  const meta = await sharp(bytes, { failOn: 'none' }).metadata();
  const planes = await timed('decode', () => decodePlanes(bytes, RECAPTURE_WORKING_SIDE));
  const toOriginal = 1 / planes.scale;
  const findings: AuthenticityFinding[] = [];

  const recapture = await timed('recapture', () => recaptureOfPlanes(planes, meta.format === 'jpeg'));
  if (recapture.score >= RECAPTURE_THRESHOLD) {
    findings.push({
      check: 'screen_recapture', severity: severityFor(recapture.score, RECAPTURE_THRESHOLD), score: roundScore(recapture.score),
      methodVersion: METHOD_VERSIONS.screen_recapture, region: cellsBox(recapture.heatmap, (v) => v >= 0.5, recapture.tileSize, planes.scale),
      detail: `periodic moiré peaks typical of a photographed screen (luma ${fmt(recapture.features.lumaPeak)}, chroma ${fmt(recapture.features.chromaPeak)})`,
    });
  }

  const metadata = await timed('metadata', () => readImageMetadata(bytes));
  const uploadedAt = options.uploadedAt ? new Date(options.uploadedAt) : null;
  for (const issue of metadataIssues(metadata, uploadedAt)) {
    findings.push({ check: 'metadata', severity: issue.severity, score: issue.score, methodVersion: METHOD_VERSIONS.metadata, region: null, detail: issue.detail });
  }

  const dq = await timed('doubleJpeg', () => detectDoubleJpeg(bytes));
  if (dq.score >= TAMPER_THRESHOLD) {
    findings.push({
      check: 'double_compression', severity: severityFor(dq.score, TAMPER_THRESHOLD), score: roundScore(dq.score),
      methodVersion: METHOD_VERSIONS.double_compression, region: dq.orientation === 1 ? cellsBox(dq.heatmap, (v) => v >= 0.5, dq.cell, 1) : null,
      detail: `a region lacks the traces of the earlier JPEG compression the rest of the image carries (${dq.evidence.toFixed(0)} nats over ${dq.frequencies} DCT frequencies), as re-typed or pasted content does`,
    });
  }

  const copyMove = await timed('copyMove', () => detectCopyMove(planes.luma));
  if (copyMove.score >= TAMPER_THRESHOLD && copyMove.regions[1]) {
    findings.push({
      check: 'copy_move', severity: severityFor(copyMove.score, TAMPER_THRESHOLD), score: roundScore(copyMove.score),
      methodVersion: METHOD_VERSIONS.copy_move, region: scaleBox(copyMove.regions[1], toOriginal),
      detail: `${copyMove.matchedBlocks} blocks repeat at a shift of (${copyMove.shift?.map((v) => Math.round(v * toOriginal)).join(', ') ?? ''}) px from ${JSON.stringify(scaleBox(copyMove.regions[0] ?? [0, 0, 0, 0], toOriginal))}`,
    });
  }

  let fieldScore = 0;
  if (options.recognition?.lines && options.recognition.lines.length > 0) {
    const side = options.recognitionSide ?? 1600;
    const longer = Math.max(meta.width ?? 1, meta.height ?? 1);
    const recognitionScale = Math.min(1, side / longer);
    const anomalies = await timed('fieldAnomaly', () => fieldAnomalies(planes.luma, options.recognition?.fields ?? [], options.recognition?.lines ?? [], planes.scale / recognitionScale));
    for (const a of anomalies) {
      fieldScore = Math.max(fieldScore, a.score);
      if (a.score < TAMPER_THRESHOLD) continue;
      findings.push({ check: 'field_anomaly', severity: severityFor(a.score, TAMPER_THRESHOLD), score: roundScore(a.score), methodVersion: METHOD_VERSIONS.field_anomaly, region: scaleBox(a.box, toOriginal), detail: a.detail });
    }
  }

  const fingerprint = await timed('fingerprint', () => fingerprintImage(bytes));
  return {
    findings,
    heatmaps: { recapture: recapture.heatmap, ...(dq.heatmap.length > 0 ? { doubleJpeg: dq.heatmap } : {}) },
    fingerprint,
    scores: { recapture: recapture.score, copyMove: copyMove.score, fieldAnomaly: fieldScore, doubleJpeg: dq.score, edit: dq.score },
    timingsMs,
  };
}

const fmt = (xs: number[]): string => xs.map((x) => x.toFixed(1)).join('/');
const scaleBox = (b: readonly number[], k: number): FindingRegion => b.map((v) => Math.round(v * k)) as FindingRegion;
