import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { OPERATOR_ACTION_KINDS, type OperatorActionKind } from '@uplift/domain';
import { IsIn, IsInt, IsOptional, IsString, Matches, MaxLength, Min, MinLength } from 'class-validator';

// A version, or an ISO date / date-time every string of which parses (ASCII digits only).
const AS_OF =
  /^([0-9]{1,9}|[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])(T([01][0-9]|2[0-3]):[0-5][0-9](:[0-5][0-9](\.[0-9]{1,3})?)?(Z|[+-]([01][0-9]|2[0-3]):[0-5][0-9])?)?)$/;

/** Query of the audit and replay endpoints. */
export class AuditQueryDto {
  @ApiPropertyOptional({
    description: 'A stream version (whole number) or an ISO time: the case as it was then.',
    example: '2026-11-28T09:00:00Z',
  })
  @IsOptional()
  @IsString()
  @Matches(AS_OF, { message: 'asOf must be a stream version (a whole number) or an ISO 8601 time' })
  asOf?: string;

  @ApiPropertyOptional({
    enum: ['json', 'html'],
    description: 'json (default): the signed bundle; html: a page a person can read and print.',
  })
  @IsOptional()
  @IsIn(['json', 'html'])
  format?: 'json' | 'html';
}

/** One check of a case audit. */
export class AuditVerdictDto {
  @ApiProperty({ enum: ['chain', 'archive', 'replay', 'read_model', 'decision'] })
  step!: string;

  @ApiProperty({ enum: ['pass', 'fail', 'skipped'] })
  status!: string;

  @ApiProperty({ example: 'the archived history replays against the current workflow code (412 ms)' })
  detail!: string;
}

/** Response of GET /v1/cases/:id/replay. */
export class ReplayResultDto {
  @ApiProperty()
  caseId!: string;

  @ApiProperty({ description: 'True when no check failed.' })
  ok!: boolean;

  @ApiProperty({ type: [AuditVerdictDto] })
  verdicts!: AuditVerdictDto[];

  @ApiProperty({ enum: ['archive', 'temporal', 'none'], description: 'Where the replayed workflow history came from.' })
  historySource!: string;

  @ApiProperty({ type: 'object', additionalProperties: true, nullable: true, description: 'The case state at asOf (null without asOf).' })
  stateAsOf!: Record<string, unknown> | null;
}

/** The audit bundle (format uplift-audit-report/v1); `integrity` carries its digest and signature. */
export class AuditReportDto {
  @ApiProperty({ enum: ['uplift-audit-report/v1'] })
  format!: string;

  @ApiProperty({
    type: 'object',
    additionalProperties: true,
    description: 'digest (SHA-256 of the canonical JSON without integrity), signature (HMAC-SHA256), algorithm',
  })
  integrity!: Record<string, unknown>;

  @ApiProperty({ type: 'object', additionalProperties: true })
  verification!: Record<string, unknown>;

  @ApiProperty({ type: 'array', items: { type: 'object', additionalProperties: true } })
  timeline!: Record<string, unknown>[];
}

/** Response of POST /v1/audit/verify. */
export class ReportVerificationDto {
  @ApiProperty({ description: "The report's content hashes to its digest." })
  digestMatches!: boolean;

  @ApiProperty({ description: "The digest carries this engine's signature (current or previous master key)." })
  signatureValid!: boolean;
}

/** Body of POST /v1/operations/cases/:id/actions. */
export class OperatorActionDto {
  @ApiProperty({ enum: OPERATOR_ACTION_KINDS, example: 'pause_activity' })
  @IsIn(OPERATOR_ACTION_KINDS)
  kind!: OperatorActionKind;

  @ApiProperty({
    description: 'Why (kept in the case audit), 3 to 500 characters.',
    minLength: 3,
    maxLength: 500,
    example: 'OCR model server down; pausing until it is back',
  })
  @IsString()
  @MinLength(3)
  @MaxLength(500)
  reason!: string;

  @ApiPropertyOptional({
    description: 'For pause_activity, unpause_activity and reset_activity: the activity id the Temporal UI shows.',
    maxLength: 200,
    example: '7',
  })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  activityId?: string;

  @ApiPropertyOptional({
    description: 'For reset_workflow: the workflow-task event id of the history to reset to.',
    minimum: 1,
    example: 4,
  })
  @IsOptional()
  @IsInt()
  @Min(1)
  resetToEventId?: number;
}

/** Response of POST /v1/operations/cases/:id/actions. */
export class OperatorActionResultDto {
  @ApiProperty({ description: 'The Idempotency-Key the action was sent with.' })
  actionId!: string;

  @ApiProperty({ description: 'Position of the OperatorAction event in the case stream.' })
  seq!: number;

  @ApiProperty({ enum: OPERATOR_ACTION_KINDS })
  kind!: string;

  @ApiProperty({ enum: ['performed', 'recorded_only'] })
  temporal!: string;

  @ApiProperty({ type: String, nullable: true, description: 'The new run after reset_workflow.' })
  newRunId!: string | null;

  @ApiProperty({ description: 'True when this Idempotency-Key had been recorded before.' })
  replayed!: boolean;
}
