export {
  EvidenceFingerprints,
  MAX_NEAR_DUPLICATE_DISTANCE,
  normaliseDocumentNumber,
  type DocumentNumberMatch,
  type FingerprintInput,
  type NearDuplicate,
  type ReuseCandidateRow,
  WHOLE_PICTURE_FINGERPRINT_VERSION,
} from './evidence-fingerprints';
export {
  EvidenceDocumentNumberEntity,
  EvidenceFingerprintEntity,
  EvidenceFingerprintKeyEntity,
  FINGERPRINT_ENTITIES,
} from './fingerprint.entities';
