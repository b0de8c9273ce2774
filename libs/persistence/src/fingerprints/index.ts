export {
  EvidenceFingerprints,
  MAX_NEAR_DUPLICATE_DISTANCE,
  normaliseDocumentNumber,
  type DocumentNumberMatch,
  type FingerprintInput,
  type NearDuplicate,
} from './evidence-fingerprints';
export { EvidenceDocumentNumberEntity, EvidenceFingerprintEntity, FINGERPRINT_ENTITIES } from './fingerprint.entities';
