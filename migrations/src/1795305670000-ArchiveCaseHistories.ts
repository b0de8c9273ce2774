import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Archived Temporal histories (docs/adr/0024): the protobuf history of a case's run, gzipped and
 * sealed with the case key (so erasure makes it unreadable with everything else), its SHA-256 anchored
 * in the case's event chain by a HistoryArchived event. `final` marks the archive taken after the run
 * closed; open cases are archived periodically as well. Rows are never updated or deleted by the engine.
 */
export class ArchiveCaseHistories1795305670000 implements MigrationInterface {
  name = 'ArchiveCaseHistories1795305670000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "case_archives" (` +
        `"case_id" text NOT NULL, ` +
        `"sha256" text NOT NULL, ` +
        `"run_id" text NOT NULL, ` +
        `"final" boolean NOT NULL, ` +
        `"history_events" integer NOT NULL, ` +
        `"history_bytes" integer NOT NULL, ` +
        `"sealed" bytea NOT NULL, ` +
        `"archived_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), ` +
        `CONSTRAINT "pk_case_archives" PRIMARY KEY ("case_id", "sha256"), ` +
        `CONSTRAINT "ck_case_archives_sha256" CHECK (sha256 ~ '^[0-9a-f]{64}$'))`,
    );
    await queryRunner.query(`CREATE INDEX "ix_case_archives_case_archived_at" ON "case_archives" ("case_id", "archived_at")`);
    await queryRunner.query(`GRANT SELECT, INSERT ON "case_archives" TO "uplift_app"`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "case_archives"`);
  }
}
