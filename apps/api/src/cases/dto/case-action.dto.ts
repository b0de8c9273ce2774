import { ApiProperty } from '@nestjs/swagger';
import { CASE_LIMITS } from '@uplift/domain';
import { IsString, Matches } from 'class-validator';

/** Body of POST /v1/cases/:id/submit and /withdrawal: the merchant pressed the button. */
export class CaseActionDto {
  @ApiProperty({
    description: "The channel's id of this button press; resending the same id returns the same answer.",
    example: 'tap-0001',
    pattern: CASE_LIMITS.idPattern.source,
  })
  @IsString()
  @Matches(CASE_LIMITS.idPattern)
  actionId!: string;
}
