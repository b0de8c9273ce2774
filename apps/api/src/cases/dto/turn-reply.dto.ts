import { CASE_STATUSES } from '@uplift/domain';
import { ApiProperty } from '@nestjs/swagger';
import type { AssistantAction, CaseStatus, Decision, Language } from '@uplift/domain';

const ACTION_EXAMPLE = { kind: 'ask_fact', fact: 'monthlyRevenue' };
const STATUSES: CaseStatus[] = CASE_STATUSES;

/** Response of POST /v1/cases (201): the new case and the assistant's first message. */
export class CaseOpenedDto {
  @ApiProperty({ example: '5f0c6a53-8c1e-4b8e-9d8e-2a8f3c1b7e10' })
  caseId!: string;

  @ApiProperty({ enum: STATUSES, example: 'collecting' })
  status!: CaseStatus;

  @ApiProperty({ description: "The assistant's message to the merchant.", example: '您好！请问您的店铺每月营业额大约是多少？' })
  reply!: string;

  @ApiProperty({
    description: 'What the assistant chose to do (a tagged object).',
    type: 'object',
    additionalProperties: true,
    example: ACTION_EXAMPLE,
  })
  action!: AssistantAction;

  @ApiProperty({ enum: ['zh', 'en'], example: 'zh' })
  language!: Language;

  @ApiProperty({ description: 'Case stream version after this reply.', example: 2 })
  version!: number;
}

/** Response of POST /v1/cases/:id/messages: the assistant's answer to one turn. */
export class TurnReplyDto extends CaseOpenedDto {
  @ApiProperty({ description: 'messageId this answers (null for the greeting).', nullable: true, type: String, example: 'msg-0001' })
  inReplyTo!: string | null;

  @ApiProperty({
    description: 'The limit decision once the case is decided.',
    nullable: true,
    type: 'object',
    additionalProperties: true,
    example: null,
  })
  decision!: Decision | null;
}
