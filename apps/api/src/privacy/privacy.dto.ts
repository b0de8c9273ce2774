import { ApiProperty } from '@nestjs/swagger';
import { IsString, MaxLength, MinLength } from 'class-validator';
import { IsText, NON_BLANK_TEXT } from '../http/text-rules';

/** Body of PUT /v1/cases/:id/legal-hold. */
export class PlaceLegalHoldDto {
  @ApiProperty({
    description: 'Why the case must be kept (a case number, an investigation); 1 to 500 characters, not blank, no NUL characters.',
    minLength: 1,
    maxLength: 500,
    pattern: NON_BLANK_TEXT.source,
    example: 'Litigation 2026-SZ-0142',
  })
  @IsString()
  @MinLength(1)
  @MaxLength(500)
  @IsText(NON_BLANK_TEXT)
  reason!: string;
}

/** A legal hold: while it exists the retention policy does not erase the case. */
export class LegalHoldDto {
  @ApiProperty({ example: '5f0c6a53-8c1e-4b8e-9d8e-2a8f3c1b7e10' })
  caseId!: string;

  @ApiProperty({ example: 'Litigation 2026-SZ-0142' })
  reason!: string;

  @ApiProperty({ description: 'Key id of the compliance officer who placed it.', example: 'k_3f9a1c2b' })
  placedBy!: string;

  @ApiProperty({ example: '2026-11-28T09:00:00.000Z' })
  placedAt!: string;
}

/** How a case was erased. */
export class ErasureDto {
  @ApiProperty({ enum: ['consent_withdrawn', 'retention'], example: 'consent_withdrawn' })
  reason!: string;

  @ApiProperty({ example: '2026-11-28T09:00:00.000Z' })
  erasedAt!: string;

  @ApiProperty({
    description: "When the case's Temporal execution (its workflow history) was deleted; null until then.",
    nullable: true,
    type: String,
    example: null,
  })
  executionDeletedAt!: string | null;
}

/** Response of GET /v1/cases/:id/privacy: whether the case is erased or held, and the policy that applies. */
export class CasePrivacyDto {
  @ApiProperty({ example: '5f0c6a53-8c1e-4b8e-9d8e-2a8f3c1b7e10' })
  caseId!: string;

  @ApiProperty({ type: ErasureDto, nullable: true })
  erasure!: ErasureDto | null;

  @ApiProperty({ type: LegalHoldDto, nullable: true })
  legalHold!: LegalHoldDto | null;

  @ApiProperty({
    description: 'When the retention policy will erase the case (closed cases not held); null while open, held or erased.',
    nullable: true,
    type: String,
    example: '2031-11-27T09:00:00.000Z',
  })
  erasureDueAt!: string | null;
}
