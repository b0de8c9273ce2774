import { ensureLoginRole } from './postgres/admin';

/** NOLOGIN role the migrations create: it may only read and append the event log (and what the engine needs). */
export const ENGINE_GROUP_ROLE = 'uplift_app';

/** LOGIN role the embedded dev stack's engine processes connect as. */
export const ENGINE_LOGIN_ROLE = 'uplift';

/**
 * Makes the user named in `appUrl` a LOGIN member of {@link ENGINE_GROUP_ROLE}, with the password in
 * `appUrl`. Does nothing when `appUrl` uses the same user as `adminUrl` (no separate engine role).
 */
export async function provisionEngineRole(adminUrl: string, appUrl: string): Promise<void> {
  const app = new URL(appUrl);
  const admin = new URL(adminUrl);
  const user = decodeURIComponent(app.username);
  if (!user || user === decodeURIComponent(admin.username)) return;
  await ensureLoginRole(adminUrl, { name: user, password: decodeURIComponent(app.password), memberOf: ENGINE_GROUP_ROLE });
}
