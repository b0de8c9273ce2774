import { ApiProperty } from '@nestjs/swagger';
import { CASE_LIMITS } from '@uplift/domain';
import { IsIn, IsInt, IsString, Max, MaxLength, Min } from 'class-validator';
import { IsText, STORABLE_TEXT } from '../http/text-rules';

/** Body of POST /v1/cases/:id/review: a reviewer's decision on a referred case. */
export class ReviewVerdictDto {
  @ApiProperty({ enum: ['approved', 'partial', 'declined'], example: 'partial' })
  @IsIn(['approved', 'partial', 'declined'])
  outcome!: 'approved' | 'partial' | 'declined';

  @ApiProperty({
    type: 'integer',
    description: 'New limit in whole CNY: the current limit when declined, the requested one when approved.',
    example: 150000,
    minimum: 0,
    maximum: CASE_LIMITS.maxLimitCny,
  })
  @IsInt()
  @Min(0)
  @Max(CASE_LIMITS.maxLimitCny)
  grantedLimit!: number;

  @ApiProperty({
    description: 'Why, for the record (kept in the case history); no NUL characters.',
    example: 'Invoices confirm about half the declared revenue.',
    maxLength: CASE_LIMITS.maxMessageChars,
    pattern: STORABLE_TEXT.source,
  })
  @IsString()
  @MaxLength(CASE_LIMITS.maxMessageChars)
  @IsText(STORABLE_TEXT)
  note!: string;
}

/** Response of POST /v1/cases/:id/review. */
export class ReviewResultDto {
  @ApiProperty({ example: '5f0c6a53-8c1e-4b8e-9d8e-2a8f3c1b7e10' })
  caseId!: string;

  @ApiProperty({
    description: 'The final decision (policyVersion human-review+<engine policy>).',
    type: 'object',
    additionalProperties: true,
  })
  decision!: object;

  @ApiProperty({ description: "Whether the reviewer landed where the engine's provisional figure did.", example: true })
  agreesWithEngine!: boolean;
}
