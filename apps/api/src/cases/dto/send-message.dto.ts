import { ApiProperty } from '@nestjs/swagger';
import { CASE_LIMITS } from '@uplift/domain';
import { IsString, Length, Matches } from 'class-validator';
import { IsText, NON_BLANK_TEXT } from '../../http/text-rules';

/** Body of POST /v1/cases/:id/messages: one merchant turn relayed by the channel. */
export class SendMessageDto {
  @ApiProperty({
    description: "The channel's id of this message; resending the same id returns the same reply.",
    example: 'msg-0001',
    pattern: CASE_LIMITS.idPattern.source,
  })
  @IsString()
  @Matches(CASE_LIMITS.idPattern)
  messageId!: string;

  @ApiProperty({
    description: 'What the merchant wrote: not blank, no NUL characters.',
    example: '我们是一家火锅店，每月营业额大概30万。',
    minLength: 1,
    maxLength: CASE_LIMITS.maxMessageChars,
    pattern: NON_BLANK_TEXT.source,
  })
  @IsString()
  @Length(1, CASE_LIMITS.maxMessageChars)
  @IsText(NON_BLANK_TEXT)
  text!: string;
}
