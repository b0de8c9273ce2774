import { CASE_STATUSES } from '@uplift/domain';
import { ApiProperty } from '@nestjs/swagger';
import { StuckCaseDto } from '../../operations/stuck-case.dto';
import { LIST_CURSOR_FORMAT } from './list-cases.query';
import type { CaseState, CaseStatus, DecisionOutcome } from '@uplift/domain';

const STATUSES: CaseStatus[] = CASE_STATUSES;
const OUTCOMES: DecisionOutcome[] = ['approved', 'partial', 'declined', 'referred'];

/** A case as the read model holds it (GET /v1/cases/:id and list items). */
export class CaseRecordDto {
  @ApiProperty({ example: '5f0c6a53-8c1e-4b8e-9d8e-2a8f3c1b7e10' })
  caseId!: string;

  @ApiProperty({ example: 'wechat-mini' })
  channel!: string;

  @ApiProperty({ example: 'MER-2025-00917' })
  merchantRef!: string;

  @ApiProperty({ enum: STATUSES, example: 'collecting' })
  status!: string;

  @ApiProperty({ nullable: true, type: String, example: 'catering' })
  industry!: string | null;

  @ApiProperty({ enum: ['zh', 'en'], example: 'zh' })
  language!: string;

  @ApiProperty({ example: 50_000 })
  currentLimit!: number;

  @ApiProperty({ example: 200_000 })
  requestedLimit!: number;

  @ApiProperty({ nullable: true, type: Number, example: null })
  grantedLimit!: number | null;

  @ApiProperty({
    description: "The engine's or the reviewer's outcome; `referred` while a reviewer has the case.",
    nullable: true,
    type: String,
    // OpenAPI 3.0: an enum must list null itself for a nullable value to validate.
    enum: [...OUTCOMES, null],
    example: null,
  })
  outcome!: string | null;

  @ApiProperty({ example: 4 })
  version!: number;

  @ApiProperty({ example: '2025-11-22T08:00:00.000Z' })
  openedAt!: string;

  @ApiProperty({ example: '2025-11-22T08:03:10.000Z' })
  updatedAt!: string;

  @ApiProperty({ nullable: true, type: String, example: null })
  closedAt!: string | null;

  @ApiProperty({
    description:
      "When the case's personal data was erased (consent withdrawn, or the retention policy): from then on `state` is the erased state, in which messages, replies, read values and the merchant's figures are gone and only what was asked, submitted, checked and decided remains.",
    nullable: true,
    type: String,
    example: null,
  })
  erasedAt!: string | null;

  @ApiProperty({
    description: 'The full case state (facts, evidence, turns, decision): the fold of its events (the erased state once erasedAt is set).',
    type: 'object',
    additionalProperties: true,
    example: { caseId: '5f0c6a53-8c1e-4b8e-9d8e-2a8f3c1b7e10', status: 'collecting', facts: { monthlyRevenue: 300_000 }, version: 4 },
  })
  state!: CaseState;

  @ApiProperty({
    description:
      'Present when the case cannot go on by itself (a workflow task failing, an activity retrying): operators are on it. Only in GET /v1/cases/:id.',
    nullable: true,
    required: false,
    type: StuckCaseDto,
  })
  operations?: StuckCaseDto | null;
}

/** Response of GET /v1/cases: one page of cases, newest activity first. */
export class CaseListDto {
  @ApiProperty({ type: [CaseRecordDto] })
  items!: CaseRecordDto[];

  @ApiProperty({
    description: 'Pass as `cursor` for the next page; null on the last page.',
    nullable: true,
    type: String,
    format: LIST_CURSOR_FORMAT,
    example: null,
  })
  nextCursor!: string | null;
}

/** Result of re-hashing a case's event chain. */
export class ChainCheckDto {
  @ApiProperty({ description: 'True when every event hash links to its predecessor.', example: true })
  ok!: boolean;

  @ApiProperty({ description: 'Number of events checked.', example: 4 })
  checked!: number;

  @ApiProperty({ description: 'Sequence number of the first event that does not verify.', nullable: true, type: Number, example: null })
  brokenAtSeq!: number | null;
}

/** Response of GET /v1/cases/:id/events: the case's event stream with a chain check, for compliance. */
export class CaseEventsDto {
  @ApiProperty({ example: '5f0c6a53-8c1e-4b8e-9d8e-2a8f3c1b7e10' })
  caseId!: string;

  @ApiProperty({ type: ChainCheckDto })
  chain!: ChainCheckDto;

  @ApiProperty({
    description:
      "Stored events, oldest first. An event marked `erased: true` is shown in its erased form: the case's key was shredded, and what the merchant wrote, showed or had read is gone.",
    type: 'array',
    items: { type: 'object', additionalProperties: true },
    example: [{ seq: 1, type: 'CaseOpened', recordedAt: '2025-11-22T08:00:00.000Z', data: { channel: 'wechat-mini' } }],
  })
  events!: unknown[];
}
