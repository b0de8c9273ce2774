import type { ExecutionContext } from '@nestjs/common';
import { createParamDecorator } from '@nestjs/common';
import { DomainError, ErrorCode } from '@uplift/domain';
import type { ApiRequest } from '../http/api-request';
import type { Principal } from './principal';

/** Injects the authenticated principal (set by BearerAuthGuard) into a handler parameter. */
export const CurrentPrincipal = createParamDecorator((_data: unknown, context: ExecutionContext): Principal => {
  const principal = context.switchToHttp().getRequest<ApiRequest>().principal;
  // Only reachable if a route were @Public() yet asked for a principal: a wiring bug, not a client error.
  if (!principal) throw new DomainError(ErrorCode.Unauthenticated, 'A valid API key is required.');
  return principal;
});
