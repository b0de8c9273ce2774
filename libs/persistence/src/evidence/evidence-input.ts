import { CASE_LIMITS, DomainError, ErrorCode, parseEvidenceKind } from '@uplift/domain';

/** An upload to store in the vault. `declaredKind` is the wire form, e.g. `voucher:business_licence`. */
export interface EvidenceUpload {
  caseId: string;
  bytes: Buffer;
  mediaType: string;
  declaredKind: string;
}

const MEDIA_TYPE = /^[a-z0-9][a-z0-9!#$&^_.+-]{0,63}\/[a-z0-9][a-z0-9!#$&^_.+-]{0,63}$/;

/** Rejects an upload the vault must not store; sizes and formats are the API's to police beforehand. */
export function assertValidUpload(input: EvidenceUpload): void {
  const invalid = (message: string, field: string): never => {
    throw new DomainError(ErrorCode.ValidationFailed, message, { field });
  };
  if (typeof input.caseId !== 'string' || !CASE_LIMITS.idPattern.test(input.caseId)) invalid('caseId is not a valid case id', 'caseId');
  if (!Buffer.isBuffer(input.bytes) || input.bytes.length === 0) invalid('the upload is empty', 'bytes');
  if (typeof input.mediaType !== 'string' || !MEDIA_TYPE.test(input.mediaType)) invalid('mediaType is not a media type', 'mediaType');
  if (typeof input.declaredKind !== 'string' || parseEvidenceKind(input.declaredKind) === null) {
    invalid('declaredKind names no evidence kind in the catalogue', 'declaredKind');
  }
}
