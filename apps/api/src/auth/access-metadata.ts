import { SetMetadata } from '@nestjs/common';
import type { PrincipalRole } from './principal';

/** Metadata key of routes anyone may call (health, readiness). */
export const PUBLIC_ROUTE = 'uplift:public';
/** Metadata key of routes only some roles may call. */
export const ROLES_ONLY = 'uplift:roles-only';

/** Marks a route or controller as callable without an API key. */
export const Public = (): MethodDecorator & ClassDecorator => SetMetadata(PUBLIC_ROUTE, true);

/** Marks a route that only keys of these roles may call; any other key gets 403 FORBIDDEN. */
export const RolesOnly = (...roles: PrincipalRole[]): MethodDecorator & ClassDecorator => SetMetadata(ROLES_ONLY, roles);

/** Marks a route that changes a case on a merchant's behalf: only channel keys may call it. */
export const ChannelRoleOnly = (): MethodDecorator & ClassDecorator => RolesOnly('channel');
