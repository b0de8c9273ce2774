// The recognition types are the domain's (they are stored in events); these names are the vision API's.
export type {
  Box,
  OcrLine,
  RecognisedField as Field,
  FieldValidation as Validation,
  SealFinding,
  SignatureRegion,
  DetectedObjects,
  EvidenceRecognition as RecognitionResult,
} from '@uplift/domain';

/** Bounds on the excerpt of recognised text kept in a result. */
export const TEXT_EXCERPT_CHARS = 2000;
