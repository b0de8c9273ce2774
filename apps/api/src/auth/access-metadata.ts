import { SetMetadata } from '@nestjs/common';

/** Metadata key of routes anyone may call (health, readiness). */
export const PUBLIC_ROUTE = 'uplift:public';
/** Metadata key of routes only channel keys may call (they change a case). */
export const CHANNEL_ROLE_ONLY = 'uplift:channel-only';

/** Marks a route or controller as callable without an API key. */
export const Public = (): MethodDecorator & ClassDecorator => SetMetadata(PUBLIC_ROUTE, true);

/** Marks a route that changes a case: compliance keys get 403 FORBIDDEN. */
export const ChannelRoleOnly = (): MethodDecorator & ClassDecorator => SetMetadata(CHANNEL_ROLE_ONLY, true);
