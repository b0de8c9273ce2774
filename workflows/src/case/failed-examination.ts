import { ErrorCode, type EvidenceExamination, type EvidenceFormat } from '@uplift/domain';

const FORMAT_BY_MEDIA_TYPE: Record<string, EvidenceFormat> = {
  'application/pdf': 'pdf',
  'image/png': 'png',
  'image/webp': 'webp',
  'image/jpeg': 'jpeg',
};

/** What is recorded when the file itself cannot be examined: the merchant's to replace. */
export function unreadableExamination(mediaType: string, failureType: string): EvidenceExamination {
  return {
    assessment: {
      verdict: 'unreadable',
      problems: [
        failureType === ErrorCode.UndecodableFile || failureType === ErrorCode.UnsupportedMediaType
          ? 'UNDECODABLE'
          : `ASSESSMENT_FAILED:${failureType}`,
      ],
      format: FORMAT_BY_MEDIA_TYPE[mediaType] ?? 'jpeg',
      width: null,
      height: null,
      pages: null,
      sharpness: null,
      brightness: null,
      textCharacters: null,
      methodVersion: 'none',
    },
    recognition: null,
    authenticity: null,
  };
}
