import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Tables the application reads and writes freely; case_events is deliberately not among them. */
const MUTABLE_TABLES = ['cases', 'case_keys', 'evidence', 'api_keys', 'idempotency_keys'] as const;

/**
 * The NOLOGIN group role the application's login role joins. It may only SELECT and INSERT on
 * case_events, so even a bug or an injected statement in the app cannot rewrite history (the
 * trigger is the second line, for owners). Roles are cluster-wide and shared by every database of
 * the cluster, so creation tolerates a concurrent creator and down() revokes but never drops it.
 */
export class CreateAppRole1795305605000 implements MigrationInterface {
  name = 'CreateAppRole1795305605000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      DO $$
      BEGIN
        IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'uplift_app') THEN
          CREATE ROLE "uplift_app" NOLOGIN;
        END IF;
      EXCEPTION
        -- Another database of this cluster migrating at the same moment created it first.
        WHEN duplicate_object OR unique_violation THEN NULL;
      END
      $$`);
    await queryRunner.query(`GRANT USAGE ON SCHEMA public TO "uplift_app"`);
    await queryRunner.query(`GRANT SELECT, INSERT ON "case_events" TO "uplift_app"`);
    for (const table of MUTABLE_TABLES) {
      await queryRunner.query(`GRANT SELECT, INSERT, UPDATE, DELETE ON "${table}" TO "uplift_app"`);
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of [...MUTABLE_TABLES, 'case_events']) {
      await queryRunner.query(`REVOKE ALL ON "${table}" FROM "uplift_app"`);
    }
    await queryRunner.query(`REVOKE USAGE ON SCHEMA public FROM "uplift_app"`);
  }
}
