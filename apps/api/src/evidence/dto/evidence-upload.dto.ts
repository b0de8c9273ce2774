import { ApiProperty } from '@nestjs/swagger';
import { PHOTO_CLASSES, VOUCHER_TYPES } from '@uplift/domain';

/** Every declarable kind of evidence, in its wire form. */
const EVIDENCE_KINDS: string[] = [...VOUCHER_TYPES.map((v) => `voucher:${v.id}`), ...PHOTO_CLASSES.map((p) => `photo:${p.id}`)];

/** multipart/form-data body of POST /v1/cases/:id/evidence (documentation only: it is parsed by busboy). */
export class EvidenceUploadDto {
  @ApiProperty({
    description: 'What the file is: `voucher:<type>` or `photo:<class>` from the catalogue.',
    enum: EVIDENCE_KINDS,
    example: 'voucher:business_licence',
  })
  kind!: string;

  @ApiProperty({ description: 'The merchant consented to this evidence being processed; must be "true".', example: 'true', enum: ['true'] })
  consent!: string;

  @ApiProperty({
    description:
      'One JPEG, PNG, WebP or PDF file (the type is read from its content, the file name is ignored): other content is 415, ' +
      'an unreadable image header or more than the configured pixels 422.',
    type: 'string',
    format: 'binary',
  })
  file!: unknown;
}

/** Response of an evidence upload: 202 when newly stored, 200 when the same file was already stored. */
export class EvidenceAcceptedDto {
  @ApiProperty({ example: '0b9a2f0e-5a7d-4f0f-8c6e-1f2d3c4b5a69' })
  evidenceId!: string;

  @ApiProperty({ description: 'sha256 of the file (hex).', example: '9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08' })
  sha256!: string;

  @ApiProperty({ example: 482113 })
  sizeBytes!: number;

  @ApiProperty({ enum: ['image/jpeg', 'image/png', 'image/webp', 'application/pdf'], example: 'image/jpeg' })
  mediaType!: string;

  @ApiProperty({ example: 'voucher:business_licence' })
  kind!: string;

  @ApiProperty({ description: 'True when this exact file was already stored for the case.', example: false })
  duplicate!: boolean;
}
