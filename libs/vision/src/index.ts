export { createRecogniser, type Recogniser, type RecogniserOptions, type RecognitionInput } from './recogniser';
export { hasModelFiles, modelFiles, type OcrModelSet } from './ocr/model-sets';
export type { Box, DetectedObjects, Field, OcrLine, RecognitionResult, SealFinding, SignatureRegion, Validation } from './types';
export { TEXT_EXCERPT_CHARS } from './types';
export { VOUCHER_SPECS, voucherSpec, type FieldSpec, type FieldKind, type VoucherSpec } from './classify/voucher-specs';
export { classifyDocument, type Classification, type LayoutHints } from './classify/classify-document';
export { extractFields } from './extract/extract-fields';
export { readAmountRows, readStatementRows } from './extract/read-tables';
export { plateKind, PLATE_IN_TEXT } from './validate/plate';
export { parseChineseDate, parsePeriod, periodCovers, isPlausiblePastDate, type Period } from './validate/dates';
export {
  parseAmountFen,
  formatFen,
  amountPlusTaxEqualsTotal,
  firstRunningBalanceBreak,
  rowsSumToTotal,
  type StatementRow,
} from './validate/amounts';
export { runValidations, type ValidationContext } from './validate/run-validations';
export { findSeals, isSealRed } from './visual/find-seals';
export { findSignatures } from './visual/find-signatures';
export { countObjects, inferPhotoClass, COCO_TO_ASSET, UNCOVERED_ASSET_CLASSES } from './objects/asset-mapping';
export {
  callExternalModel,
  parseExternalModelResponse,
  EXTERNAL_MODEL_CONTRACT,
  type ExternalModelRequest,
  type ExternalModelResponse,
} from './objects/external-model-client';
export { decodeInput, type RgbImage } from './input/decode-input';
export { cellsToRows } from './ocr/rows';
export { planarInput } from './ocr/planar-input';
export { binariseMap, decodeCtc, type DecodedText, type ModelOutput } from './ocr/model-output';
export { prepareTessdata } from './ocr/tessdata';
export { digitsKept } from './extract/total-from-garbled-words';
export { nearestTerm, TAX_TYPES } from './extract/closed-vocabularies';
