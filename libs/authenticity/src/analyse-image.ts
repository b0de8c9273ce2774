import type { OcrLine, RecognisedField } from '@uplift/domain';
import sharp from 'sharp';
import { METHOD_VERSIONS, roundScore, type AuthenticityFinding, type FindingRegion } from './findings';
import { cellsBox } from './image/grid';
import { overlaps, toDisplayed, type Box } from './image/orientation';
import { decodePlanes, decodeRgb, reducePlanes } from './image/raster';
import { ADVISORY_CHECKS, ADVISORY_SHOW, gateFinding } from './policy';
import { ANALYSIS_MAX_SIDE } from './recapture/detect-recapture';
import { analyseRecapture, RECAPTURE_MODEL, thresholdFor } from './recapture/recapture';
import { fingerprintImage, type ImageFingerprint } from './reuse/fingerprint-image';
import { detectCopyMove, type CopyMoveResult } from './tamper/copy-move';
import { doubleJpegOf } from './tamper/double-jpeg';
import { fieldAnomalies } from './tamper/field-anomaly';
import { metadataIssues, readImageMetadata } from './tamper/metadata';

/** Inputs besides the bytes; all optional. */
export interface AnalyseImageOptions {
  /** When the engine received the file (ISO string or Date), for the capture-time rule. */
  uploadedAt?: string | Date;
  /**
   * Recognition output of the same image: fields with boxes (copy-move findings are shown only over a
   * recognised field), OCR lines (field anomalies) and the document type (per-type thresholds).
   */
  recognition?: { fields: readonly RecognisedField[]; lines?: readonly OcrLine[]; documentType?: string | null };
  /** Longer side the recognition boxes refer to (the vision working side, 1600 by default). */
  recognitionSide?: number;
}

/** Findings, reviewer heatmaps (rows of 0..1 cells), the image's fingerprint and raw scores. */
export interface ImageAnalysis {
  findings: AuthenticityFinding[];
  heatmaps: { recapture?: number[][]; doubleJpeg?: number[][] };
  fingerprint: ImageFingerprint;
  /**
   * Raw 0..1 scores. `edit` is the combined edit score (compression traces; copy-move only where its
   * copied noise confirms it); `doubleJpeg` the compression-trace score alone; `copyMove` is 0 when
   * the options carry no recognised field boxes (the search runs only where a finding could be shown).
   */
  scores: { recapture: number; copyMove: number; fieldAnomaly: number; doubleJpeg: number; edit: number };
  timingsMs: Record<string, number>;
}

/** Side of the working luma the copy-move search reads. */
const COPY_MOVE_SIDE = 1024;

/** The copy-move result of an image without recognised fields, where no finding could be shown. */
const COPY_MOVE_NOT_SEARCHED: CopyMoveResult = { score: 0, matchedBlocks: 0, residualCorrelation: 0, shift: null, regions: [] };

/** Runs every single-image check (recapture, metadata, compression traces, copy-move, field anomalies) and hashes the image. */
export async function analyseImage(bytes: Buffer, options: AnalyseImageOptions = {}): Promise<ImageAnalysis> {
  const timingsMs: Record<string, number> = {};
  const timed = async <T>(name: string, work: () => Promise<T> | T): Promise<T> => {
    const t = Date.now();
    const result = await work();
    timingsMs[name] = Date.now() - t;
    return result;
  };
  const meta = await sharp(bytes, { failOn: 'none' }).metadata();
  const orientation = meta.orientation ?? 1;
  const storedW = meta.width ?? 1;
  const storedH = meta.height ?? 1;
  const displayed = (b: Box): FindingRegion => toDisplayed(b.map(Math.round) as Box, storedW, storedH, orientation);
  const full = await timed('decode', () => decodeRgb(bytes, Number.POSITIVE_INFINITY));
  const working =
    Math.max(full.rgb.width, full.rgb.height) > ANALYSIS_MAX_SIDE
      ? await timed('decodeReduced', () => decodeRgb(bytes, ANALYSIS_MAX_SIDE))
      : full;
  const documentType = options.recognition?.documentType ?? null;
  const findings: AuthenticityFinding[] = [];

  const recapture = await timed('recapture', () => analyseRecapture(working.rgb, working.scale));
  const warnAt = thresholdFor(RECAPTURE_MODEL.thresholds, 'warning', documentType);
  const criticalAt = thresholdFor(RECAPTURE_MODEL.thresholds, 'critical', documentType);
  // While the check is advisory, only scores above its critical threshold are shown to reviewers.
  const showAt = ADVISORY_CHECKS.has('screen_recapture') ? criticalAt : warnAt;
  if (recapture.score >= showAt) {
    const hot = cellsBox(recapture.heatmap, (v) => v >= 0.5, recapture.tileSize, working.scale);
    const f = recapture.features;
    findings.push(
      gateFinding({
        check: 'screen_recapture',
        severity: recapture.score >= criticalAt ? 'critical' : 'warning',
        score: roundScore(recapture.score),
        methodVersion: METHOD_VERSIONS.screen_recapture,
        region: displayed(hot ?? [0, 0, storedW, storedH]),
        detail: `looks photographed off a screen (score ${recapture.score.toFixed(2)}, threshold ${warnAt.toFixed(2)}${documentType ? ` for ${documentType}` : ''}): periodic colour structure ${fmt(f['tileChromaPeak'])} with R/G/B phase spread ${fmt(f['tilePhaseSpread'])}, dark flat border ${fmt(f['borderDark'])}, ink/paper ${fmt(f['inkToPaper'])}`,
      }),
    );
  }

  const metadata = await timed('metadata', () => readImageMetadata(bytes));
  const uploadedAt = options.uploadedAt ? new Date(options.uploadedAt) : null;
  for (const issue of metadataIssues(metadata, uploadedAt)) {
    findings.push({
      check: 'metadata',
      severity: issue.severity,
      score: issue.score,
      methodVersion: METHOD_VERSIONS.metadata,
      region: null,
      detail: issue.detail,
    });
  }

  const dq = await timed('doubleJpeg', () => doubleJpegOf(full.rgb, bytes, orientation));
  if (dq.score >= ADVISORY_SHOW.doubleCompression) {
    findings.push(
      gateFinding({
        check: 'double_compression',
        severity: 'warning',
        score: roundScore(dq.score),
        methodVersion: METHOD_VERSIONS.double_compression,
        region: dq.region ? displayed(dq.region) : null,
        detail: `a region lacks the traces of an earlier JPEG compression that the rest of the image carries (z = ${dq.evidence.toFixed(1)} over ${dq.frequencies} DCT frequencies, ${dq.model === 'png' ? 'lossless file' : 'finer re-save'}), as re-typed, pasted or retouched content does`,
      }),
    );
  }

  // A copy-move finding is shown only over a recognised field (repeated glyphs and ruling make the
  // search fire on every document), so without recognised field boxes the search is not run at all.
  const fieldBoxes = recognisedBoxes(options, meta.width ?? 1, meta.height ?? 1);
  const mid = fieldBoxes.length > 0 ? reducePlanes(full.rgb, COPY_MOVE_SIDE) : null;
  const copyMove = mid ? await timed('copyMove', () => detectCopyMove(mid.luma)) : COPY_MOVE_NOT_SEARCHED;
  const toStored = mid ? 1 / mid.scale / full.scale : 1;
  const target = copyMove.regions[1] ? displayed(copyMove.regions[1].map((v) => v * toStored) as Box) : null;
  if (copyMove.score >= ADVISORY_SHOW.copyMove && target && fieldBoxes.some((b) => overlaps(b, target))) {
    findings.push(
      gateFinding({
        check: 'copy_move',
        severity: 'warning',
        score: roundScore(copyMove.score),
        methodVersion: METHOD_VERSIONS.copy_move,
        region: target,
        detail: `${copyMove.matchedBlocks} blocks over a recognised field repeat, with their noise (residual correlation ${copyMove.residualCorrelation.toFixed(2)}), at a shift of (${copyMove.shift?.map((v) => Math.round(v * toStored)).join(', ') ?? ''}) px`,
      }),
    );
  }

  let fieldScore = 0;
  if (options.recognition?.lines && options.recognition.lines.length > 0) {
    // Field boxes and OCR lines are in the displayed orientation: read them on a displayed-orientation plane.
    const planes = await decodePlanes(bytes, COPY_MOVE_SIDE);
    const side = options.recognitionSide ?? 1600;
    const longer = Math.max(meta.width ?? 1, meta.height ?? 1);
    const recognitionScale = Math.min(1, side / longer);
    const anomalies = await timed('fieldAnomaly', () =>
      fieldAnomalies(planes.luma, options.recognition?.fields ?? [], options.recognition?.lines ?? [], planes.scale / recognitionScale),
    );
    for (const a of anomalies) {
      fieldScore = Math.max(fieldScore, a.score);
      if (a.score < ADVISORY_SHOW.fieldAnomaly) continue;
      findings.push(
        gateFinding({
          check: 'field_anomaly',
          severity: 'warning',
          score: roundScore(a.score),
          methodVersion: METHOD_VERSIONS.field_anomaly,
          region: a.box.map((v) => Math.round(v / planes.scale)) as FindingRegion,
          detail: a.detail,
        }),
      );
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

/** Recognised field boxes in displayed original pixels. */
function recognisedBoxes(options: AnalyseImageOptions, width: number, height: number): Box[] {
  const side = options.recognitionSide ?? 1600;
  const k = 1 / Math.min(1, side / Math.max(width, height));
  return (options.recognition?.fields ?? []).flatMap((f) => (f.box ? [f.box.map((v) => v * k) as Box] : []));
}

const fmt = (x: number | undefined): string => (x === undefined ? '-' : x.toFixed(2));
