import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Personal data sealed with the case key (docs/adr/0020): each event keeps its erased form in `data`
 * and its full form in `sealed` (AES-256-GCM under the case's key, NULL when the event holds nothing
 * personal); `chain_version` 2 hashes both. The read model keeps the erased state in `state` and the
 * full one in `sealed_state` (empty once the key is shredded and the row rebuilt). Rows written before this migration stay as they were (version 1, full
 * data in clear). Legal holds keep a closed case out of the retention policy's erasure;
 * case_erasures records every erasure and when the case's Temporal execution was deleted.
 */
export class SealPersonalData1795305620000 implements MigrationInterface {
  name = 'SealPersonalData1795305620000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "case_events" ADD "sealed" bytea`);
    await queryRunner.query(`ALTER TABLE "case_events" ADD "chain_version" smallint NOT NULL DEFAULT 1`);
    await queryRunner.query(`ALTER TABLE "case_events" ADD CONSTRAINT "ck_case_events_chain_version" CHECK (chain_version IN (1, 2))`);
    await queryRunner.query(`ALTER TABLE "cases" ADD "sealed_state" bytea`);
    await queryRunner.query(
      `CREATE TABLE "legal_holds" (` +
        `"case_id" text NOT NULL, ` +
        `"reason" text NOT NULL, ` +
        `"placed_by" text NOT NULL, ` +
        `"placed_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), ` +
        `CONSTRAINT "pk_legal_holds" PRIMARY KEY ("case_id"), ` +
        `CONSTRAINT "ck_legal_holds_reason" CHECK (length(reason) BETWEEN 1 AND 500))`,
    );
    await queryRunner.query(`GRANT SELECT, INSERT, UPDATE, DELETE ON "legal_holds" TO "uplift_app"`);
    await queryRunner.query(
      `CREATE TABLE "case_erasures" (` +
        `"case_id" text NOT NULL, ` +
        `"reason" text NOT NULL, ` +
        `"erased_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), ` +
        `"execution_deleted_at" TIMESTAMP WITH TIME ZONE, ` +
        `CONSTRAINT "pk_case_erasures" PRIMARY KEY ("case_id"), ` +
        `CONSTRAINT "ck_case_erasures_reason" CHECK (reason IN ('consent_withdrawn', 'retention')))`,
    );
    await queryRunner.query(`GRANT SELECT, INSERT, UPDATE ON "case_erasures" TO "uplift_app"`);
    await queryRunner.query(`CREATE INDEX "ix_cases_closed_at" ON "cases" ("closed_at") WHERE closed_at IS NOT NULL`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "ix_cases_closed_at"`);
    await queryRunner.query(`DROP TABLE "case_erasures"`);
    await queryRunner.query(`DROP TABLE "legal_holds"`);
    await queryRunner.query(`ALTER TABLE "cases" DROP COLUMN "sealed_state"`);
    await queryRunner.query(`ALTER TABLE "case_events" DROP CONSTRAINT "ck_case_events_chain_version"`);
    await queryRunner.query(`ALTER TABLE "case_events" DROP COLUMN "chain_version"`);
    await queryRunner.query(`ALTER TABLE "case_events" DROP COLUMN "sealed"`);
  }
}
