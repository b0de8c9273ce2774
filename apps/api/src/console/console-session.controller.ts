import type { TLSSocket } from 'node:tls';
import { Body, Controller, Delete, Get, HttpCode, Inject, Post, Req, Res } from '@nestjs/common';
import { ApiHeader, ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import type { UpliftConfig } from '@uplift/config';
import { DomainError, ErrorCode } from '@uplift/domain';
import type { ApiKeys, ConsoleSessions } from '@uplift/persistence';
import { Public } from '../auth/access-metadata';
import { csrfTokenFor, csrfTokenMatches, CSRF_HEADER, SESSION_COOKIE, sessionOf, sessionSecretFromCookies } from '../auth/console-session';
import { TOKENS } from '../dependencies';
import { ApiErrorResponses } from '../docs/api-error-responses';
import type { ApiRequest, ApiResponse as HttpResponse } from '../http/api-request';
import { REVIEWER_REASON_CODES } from '../review-queue/reviewer-reasons';
import { ConsoleSessionDto, SignInDto } from './console-session.dto';
import { CONSOLE_TOKENS } from './console-tokens';

/**
 * Signing in to the browser console: an API key is exchanged once for an HttpOnly, SameSite=Strict
 * session cookie, so the browser never keeps the key (docs/adr/0023).
 */
@ApiTags('console')
@Controller('v1/console/session')
export class ConsoleSessionController {
  constructor(
    @Inject(TOKENS.apiKeys) private readonly keys: ApiKeys,
    @Inject(CONSOLE_TOKENS.sessions) private readonly sessions: ConsoleSessions,
    @Inject(TOKENS.config) private readonly config: UpliftConfig,
  ) {}

  /** POST /v1/console/session: sign in with a reviewer, compliance or operator key. */
  @Post()
  @Public()
  @ApiOperation({ summary: 'Sign in to the console: sets the HttpOnly session cookie `uplift_console`' })
  @ApiResponse({
    status: 201,
    type: ConsoleSessionDto,
    headers: { 'Set-Cookie': { description: 'uplift_console=<secret>; HttpOnly; SameSite=Strict; Path=/', schema: { type: 'string' } } },
  })
  @ApiErrorResponses(400, 401, 403)
  async signIn(@Body() body: SignInDto, @Req() req: ApiRequest, @Res({ passthrough: true }) res: HttpResponse): Promise<ConsoleSessionDto> {
    const principal = await this.keys.authenticate(body.apiKey);
    if (!principal) throw new DomainError(ErrorCode.Unauthenticated, 'This key is unknown, expired or revoked.');
    if (principal.role === 'channel') throw new DomainError(ErrorCode.Forbidden, 'Channel keys cannot sign in to the console.');
    const session = await this.sessions.start(principal.keyId, this.config.console.sessionTtlMs);
    res.setHeader('Set-Cookie', this.cookie(req, session.secret, Math.floor(this.config.console.sessionTtlMs / 1000)));
    res.setHeader('Cache-Control', 'no-store');
    const { keyId, role, channel } = principal;
    return {
      keyId,
      role,
      channel,
      csrfToken: csrfTokenFor(session.secret),
      expiresAt: session.expiresAt.toISOString(),
      ...this.settings(),
    };
  }

  /** GET /v1/console/session: who is signed in (the console asks after a reload, to get its CSRF token again). */
  @Get()
  @ApiOperation({ summary: 'The current console session (authenticated by the `uplift_console` cookie; 401 without one)' })
  @ApiResponse({ status: 200, type: ConsoleSessionDto })
  @ApiErrorResponses(401)
  current(@Req() req: ApiRequest, @Res({ passthrough: true }) res: HttpResponse): ConsoleSessionDto {
    const session = sessionOf(req);
    if (!session || !req.principal) throw new DomainError(ErrorCode.Unauthenticated, 'Not signed in to the console.');
    res.setHeader('Cache-Control', 'no-store');
    const { keyId, role, channel } = req.principal;
    return {
      keyId,
      role,
      channel,
      csrfToken: csrfTokenFor(session.secret),
      expiresAt: session.expiresAt.toISOString(),
      ...this.settings(),
    };
  }

  /** DELETE /v1/console/session: sign out (ends the session and clears the cookie). */
  @Delete()
  @Public()
  @HttpCode(204)
  @ApiHeader({ name: CSRF_HEADER, required: false, description: "The session's CSRF token (required when a session cookie is sent)." })
  @ApiOperation({ summary: 'Sign out of the console: ends the session of the `uplift_console` cookie, if any, and clears the cookie' })
  @ApiResponse({ status: 204, description: 'Signed out (also when there was no session).' })
  @ApiErrorResponses(403)
  async signOut(@Req() req: ApiRequest, @Res({ passthrough: true }) res: HttpResponse): Promise<void> {
    const secret = sessionSecretFromCookies(req.headers.cookie);
    if (secret !== undefined) {
      const presented = req.headers[CSRF_HEADER];
      if (!csrfTokenMatches(secret, typeof presented === 'string' ? presented : undefined))
        throw new DomainError(ErrorCode.Forbidden, `Signing out needs the session's ${CSRF_HEADER} header.`);
      await this.sessions.end(secret);
    }
    res.setHeader('Set-Cookie', this.cookie(req, '', 0));
  }

  /** What the console needs to know of the configuration: the Temporal UI's address and the review rules. */
  private settings(): Pick<ConsoleSessionDto, 'temporalUi' | 'fourEyesAbove' | 'reviewerReasonCodes'> {
    const origin = this.config.temporalUiOrigins[0];
    return {
      temporalUi: origin ? `${origin}/namespaces/${encodeURIComponent(this.config.temporal.namespace)}` : null,
      fourEyesAbove: this.config.review.fourEyesAboveCny,
      reviewerReasonCodes: [...REVIEWER_REASON_CODES],
    };
  }

  private cookie(req: ApiRequest, value: string, maxAgeSeconds: number): string {
    const mode = this.config.console.secureCookie;
    const secure = mode === 'on' || (mode === 'auto' && (req.socket as TLSSocket).encrypted === true);
    return `${SESSION_COOKIE}=${value}; Path=/; HttpOnly; SameSite=Strict; Max-Age=${maxAgeSeconds}${secure ? '; Secure' : ''}`;
  }
}
