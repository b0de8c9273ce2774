export {
  ALL_AUTHENTICITY_CHECKS,
  METHOD_VERSIONS,
  severityFor,
  type AuthenticityCheck,
  type AuthenticityFinding,
  type FindingRegion,
  type FindingSeverity,
} from './findings';
export { analyseImage, type AnalyseImageOptions, type ImageAnalysis } from './analyse-image';
export { ImageAnalysisPool, type ImageAnalyser } from './analysis-pool';
export type { VerifyTask } from './analysis-thread';
export {
  ADVISORY_CHECKS,
  ADVISORY_SHOW,
  gateFinding,
  REUSE_POLICY,
  reuseImageFinding,
  reusedDocumentNumberFinding,
  VERIFIED_REUSE_POLICY,
  verifiedReuseFinding,
  WHOLE_PICTURE_REUSE_VERSION,
  type StoredTwin,
  type VerifiedTwin,
} from './policy';
export { ANALYSIS_MAX_SIDE, detectRecapture } from './recapture/detect-recapture';
export {
  analyseRecapture,
  recaptureScore,
  RECAPTURE_MODEL,
  thresholdFor,
  type RecaptureModel,
  type RecaptureResult,
  type TypedThresholds,
} from './recapture/recapture';
export { recaptureEvidence, type RecaptureEvidence, type RecaptureFeatureVector } from './recapture/features';
export { chromaBandFeatures, type ChromaBandFeatures } from './recapture/chroma-bands';
export { detectCopyMove, type CopyMoveResult } from './tamper/copy-move';
export { fieldAnomalies, type FieldAnomaly } from './tamper/field-anomaly';
export { readImageMetadata, metadataIssues, type ImageMetadata, type MetadataIssue } from './tamper/metadata';
export {
  decodePlanes,
  decodeRgb,
  greyThumbnail,
  reducePlanes,
  reducePlanesBy,
  reductionFactor,
  type Plane,
  type Planes,
  type Rgb,
} from './image/raster';
export { blockDct, ZIGZAG_AC, type BlockGrid } from './tamper/block-dct';
export { dct8x8 } from './math/dct8';
export {
  pHash,
  dHash,
  hammingDistance,
  hashBands,
  bandNeighbours,
  hashToSignedBigint,
  signedBigintToHash,
  type Hash64,
} from './reuse/perceptual-hash';
export {
  fingerprintImage,
  fingerprintSimilarity,
  partSimilarity,
  placedSimilarity,
  reuseSimilarity,
  windowedSimilarity,
  type Comparable,
  REUSE_SIMILARITY_VERSION,
  type ImageFingerprint,
} from './reuse/fingerprint-image';
export { locateInside, type Placement } from './reuse/locate-inside';
export {
  keyDistance,
  LOOKUP_KEY_RADIUS,
  LOOKUP_PART_RADIUS,
  lookupKeyPlaces,
  nearestKey,
  nearestKeyDistance,
  probeLookups,
  turnedBack,
  type Probe,
  storedLookupKeys,
  type KeyPlace,
} from './reuse/lookup-keys';
export {
  lookupReuse,
  PLACED_SEARCHES,
  REUSE_CANDIDATES,
  verifyReuseCandidates,
  type ReuseCandidate,
  type StoredPicture,
} from './reuse/verify-reuse';
export { decodeReuseReference, encodeReuseReference, type ReuseReference } from './reuse/reuse-reference';
export {
  checkConsistency,
  referenceDoubt,
  type ConsistencyEvidence,
  type ConsistencyInput,
  type MerchantFacts,
} from './consistency/check-consistency';
export { DOCUMENT_NUMBER_FIELDS, FIELD_ROLES, type FieldRoles } from './consistency/field-roles';
export { sameName, sameAddress, signFitsName, platesInText } from './consistency/normalise';
export { detectDoubleJpeg, doubleJpegOf, DOUBLE_JPEG_CALIBRATION, tracesScore, type DoubleJpegResult } from './tamper/double-jpeg';
export { jpegTraces, type JpegTraces } from './tamper/jpeg-traces';
export { readJpegMarkers, type JpegMarkers } from './image/jpeg-markers';
export { logOdds, probability, type BoostedTrees, type TreeNode } from './math/boosted-trees';
export { noiseResidual, noiseScore, NOISE_CALIBRATION, NOISE_CELL, type NoiseResidual } from './tamper/noise-residual';
