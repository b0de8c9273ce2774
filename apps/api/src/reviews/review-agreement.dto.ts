import { ApiProperty } from '@nestjs/swagger';

/** Agreement between reviewers and the engine over one group of reviewed cases. */
export class AgreementRowDto {
  @ApiProperty({ description: '`all`, an industry id (or `unknown`), or a voucher type id.', example: 'catering' })
  key!: string;

  @ApiProperty({ description: 'Cases a reviewer decided.', minimum: 0, example: 12 })
  reviewed!: number;

  @ApiProperty({ description: "Of those, how many landed where the engine's provisional figure did.", minimum: 0, example: 9 })
  agreed!: number;

  @ApiProperty({ description: 'agreed / reviewed, to three decimals (0 when none were reviewed).', minimum: 0, maximum: 1, example: 0.75 })
  rate!: number;
}

/** Response of GET /v1/reports/review-agreement. */
export class AgreementReportDto {
  @ApiProperty({ type: AgreementRowDto })
  overall!: AgreementRowDto;

  @ApiProperty({ type: [AgreementRowDto] })
  byIndustry!: AgreementRowDto[];

  @ApiProperty({ type: [AgreementRowDto], description: 'A case counts once for each voucher type it holds.' })
  byVoucherType!: AgreementRowDto[];
}
