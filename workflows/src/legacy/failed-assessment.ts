import { ErrorCode, type EvidenceAssessment, type EvidenceFormat, type EvidenceKind, type EvidenceRecognition } from '@uplift/domain';

const FORMAT_BY_MEDIA_TYPE: Record<string, EvidenceFormat> = {
  'application/pdf': 'pdf',
  'image/png': 'png',
  'image/webp': 'webp',
  'image/jpeg': 'jpeg',
};

/**
 * The assessment recorded when the checks could not run to the end: an undecodable file is the
 * merchant's to replace; any other failure type is kept verbatim for operators.
 */
export function failedAssessment(mediaType: string, failureType: string): EvidenceAssessment {
  return {
    verdict: 'unreadable',
    problems: [failureType === ErrorCode.UndecodableFile ? 'UNDECODABLE' : `ASSESSMENT_FAILED:${failureType}`],
    format: FORMAT_BY_MEDIA_TYPE[mediaType] ?? 'jpeg',
    width: null,
    height: null,
    pages: null,
    sharpness: null,
    brightness: null,
    textCharacters: null,
    methodVersion: 'none',
  };
}

/** The recognition recorded when recognition could not run: nothing read, so nothing is relied on. */
export function failedRecognition(declared: EvidenceKind, failureType: string): EvidenceRecognition {
  return {
    documentType: declared.kind === 'voucher' ? 'unknown' : null,
    classificationConfidence: 0,
    fields: [],
    validations: [],
    seals: [],
    signatures: [],
    objects: [],
    text: '',
    ocrEngine: 'none',
    methodVersions: { failure: failureType },
    timingsMs: {},
  };
}
