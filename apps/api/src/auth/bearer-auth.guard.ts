import type { CanActivate, ExecutionContext } from '@nestjs/common';
import type { Reflector } from '@nestjs/core';
import { DomainError, ErrorCode } from '@uplift/domain';
import type { ApiRequest } from '../http/api-request';
import { PUBLIC_ROUTE, ROLES_ONLY } from './access-metadata';
import {
  attachSession,
  csrfTokenMatches,
  CSRF_HEADER,
  isSafeMethod,
  sessionSecretFromCookies,
  type AuthenticateSession,
} from './console-session';
import type { Principal, PrincipalRole } from './principal';

/** Resolves a bearer token to a principal, or null when the token is unknown or revoked. */
export type Authenticate = (token: string) => Promise<Principal | null>;

// The scheme is case-insensitive (RFC 9110 §11.1): "bearer" and "BEARER" are "Bearer". Tokens are
// opaque; anything longer than 512 characters is not one of ours and is not worth a database look-up.
const BEARER = /^Bearer +([A-Za-z0-9._~+/=-]{1,512})$/i;

/**
 * Global guard: every route needs `Authorization: Bearer <key>` unless marked @Public(); routes
 * marked @RolesOnly(...) refuse keys of other roles. The principal is stored on the request.
 * Without an Authorization header, the console's session cookie is the alternative: it stands for the
 * (non-channel) key that signed in, with the same roles, and a request that changes something must
 * also carry the session's CSRF token (docs/adr/0023).
 */
export class BearerAuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly authenticate: Authenticate,
    private readonly authenticateSession?: AuthenticateSession,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const req = context.switchToHttp().getRequest<ApiRequest>();
    // Guards are the first step that sees route parameters: record the case id here so that even a
    // refused request's log line names the case it tried to reach.
    const caseId = req.params?.id;
    if (caseId !== undefined) req.context.caseId = caseId;

    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(PUBLIC_ROUTE, targets)) return true;

    const principal =
      req.headers.authorization === undefined ? await this.fromSession(req) : await this.fromBearer(req.headers.authorization);
    if (!principal) throw new DomainError(ErrorCode.Unauthenticated, 'A valid API key is required (Authorization: Bearer <key>).');

    req.principal = principal;
    req.context.channel = principal.channel;
    const allowed = this.reflector.getAllAndOverride<PrincipalRole[] | undefined>(ROLES_ONLY, targets);
    if (allowed && !allowed.includes(principal.role)) {
      throw new DomainError(ErrorCode.Forbidden, `Only ${allowed.join(' or ')} keys may do this.`);
    }
    return true;
  }

  private async fromBearer(authorization: string): Promise<Principal | null> {
    const match = BEARER.exec(authorization);
    return match?.[1] ? this.authenticate(match[1]) : null;
  }

  private async fromSession(req: ApiRequest): Promise<Principal | null> {
    const secret = sessionSecretFromCookies(req.headers.cookie);
    if (!secret || !this.authenticateSession) return null;
    const session = await this.authenticateSession(secret);
    // Channel keys cannot sign in; a session is refused should its key's role ever become one.
    if (!session || session.role === 'channel') return null;
    const csrf = req.headers[CSRF_HEADER];
    if (!isSafeMethod(req.method) && !csrfTokenMatches(secret, typeof csrf === 'string' ? csrf : undefined)) {
      throw new DomainError(ErrorCode.Forbidden, `A console request that changes something needs the session's ${CSRF_HEADER} header.`);
    }
    attachSession(req, { secret, expiresAt: session.expiresAt });
    return { keyId: session.keyId, channel: session.channel, role: session.role };
  }
}
