import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

const LOOSE_OBJECT = { type: 'object', additionalProperties: true } as const;

/** Response of GET /v1/cases/:id/evidence/:evidenceId: what the engine made of one upload (never its bytes). */
export class EvidenceItemDto {
  @ApiProperty({ example: '0b9a2f0e-5a7d-4f0f-8c6e-1f2d3c4b5a69' })
  evidenceId!: string;

  @ApiProperty({
    description: 'The kind the channel declared: `{ kind: "voucher", type }` or `{ kind: "photo", class }`.',
    ...LOOSE_OBJECT,
    example: { kind: 'voucher', type: 'business_licence' },
  })
  declared!: Record<string, unknown>;

  @ApiProperty({ enum: ['image/jpeg', 'image/png', 'image/webp', 'application/pdf'], example: 'image/jpeg' })
  mediaType!: string;

  @ApiProperty({ example: 482113 })
  sizeBytes!: number;

  @ApiProperty({ description: 'sha256 of the file (hex).', example: '9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08' })
  sha256!: string;

  @ApiProperty({ example: '2025-11-22T08:01:00.000Z' })
  submittedAt!: string;

  @ApiPropertyOptional({
    description: 'Legibility and fit for the declared kind; null until assessed.',
    nullable: true,
    ...LOOSE_OBJECT,
    example: null,
  })
  assessment?: Record<string, unknown> | null;

  @ApiPropertyOptional({
    description: 'What recognition read from it; null until recognised.',
    nullable: true,
    ...LOOSE_OBJECT,
    example: null,
  })
  recognition?: Record<string, unknown> | null;

  @ApiPropertyOptional({
    description: 'The authenticity verdict with findings and heatmaps; null until checked.',
    nullable: true,
    ...LOOSE_OBJECT,
    example: null,
  })
  authenticity?: Record<string, unknown> | null;
}
