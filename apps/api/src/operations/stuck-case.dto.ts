import { ApiProperty } from '@nestjs/swagger';

/** What Temporal last reported about a stuck case. */
export class StuckCaseDetailDto {
  @ApiProperty({ description: 'Attempts so far (of the failing workflow task, or of the retrying activity).', example: 7 })
  attempts!: number;

  @ApiProperty({ description: 'The last failure message.', example: 'connect ECONNREFUSED 127.0.0.1:5433' })
  lastFailure!: string;

  @ApiProperty({ required: false, description: 'The retrying activity.', example: 'examineEvidence' })
  activityType?: string;

  @ApiProperty({ description: 'Its workflow in the Temporal Web UI.', example: 'case-5f0c6a53-8c1e-4b8e-9d8e-2a8f3c1b7e10' })
  workflowId!: string;
}

/** A case that cannot go on by itself (GET /v1/operations/stuck, and `operations` of GET /v1/cases/:id). */
export class StuckCaseDto {
  @ApiProperty({ example: '5f0c6a53-8c1e-4b8e-9d8e-2a8f3c1b7e10' })
  caseId!: string;

  @ApiProperty({ enum: ['workflow_task_failing', 'activity_retrying'], example: 'activity_retrying' })
  problem!: string;

  @ApiProperty({ description: 'When the sweep first found it so.', example: '2026-11-29T08:00:00.000Z' })
  since!: string;

  @ApiProperty({ description: 'When the sweep last looked.', example: '2026-11-29T08:04:00.000Z' })
  checkedAt!: string;

  @ApiProperty({ type: StuckCaseDetailDto })
  detail!: StuckCaseDetailDto;
}

/** Response of GET /v1/operations/stuck. */
export class StuckCasesDto {
  @ApiProperty({ type: [StuckCaseDto] })
  items!: StuckCaseDto[];
}
