import { ApiProperty } from '@nestjs/swagger';
import { IsString, Matches, MaxLength } from 'class-validator';
import { REVIEWER_REASON_CODES } from '../review-queue/reviewer-reasons';

// The characters a bearer token may have (as the guard's Authorization pattern).
const API_KEY_TOKEN = /^[A-Za-z0-9._~+/=-]+$/;

/** Body of POST /v1/console/session: the API key to sign in with (sent once, never stored by the browser). */
export class SignInDto {
  @ApiProperty({
    description: 'A reviewer, compliance or operator API key; channel keys cannot sign in.',
    example: 'uplift_0123456789abcdef0123456789abcdef_s3cr3t',
    minLength: 1,
    maxLength: 512,
    pattern: API_KEY_TOKEN.source,
  })
  @IsString()
  @MaxLength(512)
  @Matches(API_KEY_TOKEN, { message: 'apiKey must be an API key token' })
  apiKey!: string;
}

/** A signed-in console session (the cookie itself is HttpOnly and never in a body). */
export class ConsoleSessionDto {
  @ApiProperty({ description: 'The key that signed in.', example: '0123456789abcdef0123456789abcdef' })
  keyId!: string;

  @ApiProperty({ enum: ['compliance', 'reviewer', 'operator'], example: 'reviewer' })
  role!: string;

  @ApiProperty({ example: 'review-desk' })
  channel!: string;

  @ApiProperty({
    description: 'Send it as X-CSRF-Token with every console request that changes something; keep it in memory only.',
    example: 'kq3V0m2m7d0E4VbqQ3o9W8m0Ck2t6rQn1yZ0fP1s9xY',
  })
  csrfToken!: string;

  @ApiProperty({ description: 'When the session ends.', example: '2026-11-29T16:00:00.000Z' })
  expiresAt!: string;

  @ApiProperty({
    description: "The engine's namespace in the Temporal Web UI (first of TEMPORAL_UI_ORIGINS), for operators' links.",
    nullable: true,
    type: String,
    example: 'http://localhost:8233/namespaces/default',
  })
  temporalUi!: string | null;

  @ApiProperty({
    description: 'Granted limits above this (CNY), when the reviewer departs from the engine, need a second reviewer.',
    example: 200000,
  })
  fourEyesAbove!: number;

  @ApiProperty({ enum: REVIEWER_REASON_CODES, isArray: true, description: 'The closed list of reviewer reason codes.' })
  reviewerReasonCodes!: string[];
}
