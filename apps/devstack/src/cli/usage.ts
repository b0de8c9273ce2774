/** Help text of `npm run uplift -- <command>`. */
export const USAGE = `Usage: npm run uplift -- <command> [options]

Commands:
  api-key create --channel <name> [--role channel|compliance|reviewer|operator] [--name <text>]
                 [--expires-in <duration>]
                          Create an API key; prints the token once (on stdout, alone). --expires-in: e.g. 90d
                          (durations: 30s, 15m, 24h, 90d); without it the key does not expire.
  api-key list [--channel <name>] [--include-revoked]
                          List keys, never their secrets: id, channel, role, status, expiry, last use, name.
                          Revoked keys only with --include-revoked (expired ones are always listed).
  api-key revoke --key <keyId>
                          Revoke a key now; every API process refuses it within 1 s. Revoking again is a no-op.
  api-key rotate --key <keyId> [--expires-in <duration>] [--grace <duration>]
                          Issue a key with the same channel, role and name (new token on stdout, alone) and
                          revoke the old one, or let both work for --grace (e.g. 1h). Without --expires-in the
                          new key gets the old key's lifetime. A revoked key cannot be rotated.
  read-model rebuild      Rebuild the read model from the event log.
  events verify --case <id>
                          Check the hash chain of one case's events; exits 1 when broken.
  migrate                 Apply pending migrations (DATABASE_MIGRATION_URL, else DATABASE_URL), and give
                          DATABASE_URL's user, when it is another one, LOGIN membership of uplift_app.
  temporal setup          Create TEMPORAL_NAMESPACE and the case search attributes if missing.
  worker check            Exit 0 when a worker on this host polls TEMPORAL_TASK_QUEUE (container health check).
  operations stuck [--refresh]
                          List cases that cannot go on by themselves (a workflow task failing, an activity
                          retrying), with the last failure; --refresh asks Temporal now. Exits 1 when any.
  keys rewrap             After a master key rotation (UPLIFT_MASTER_KEY new, UPLIFT_MASTER_KEY_PREVIOUS old):
                          re-wrap every case key under the new key, so the old one can be retired.
  help                    Show this text.

Database: DATABASE_URL, or when unset the running dev stack's database (see UPLIFT_DATA_DIR).`;

/** A mistake in the command line: reported with the usage text and exit code 2. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}
