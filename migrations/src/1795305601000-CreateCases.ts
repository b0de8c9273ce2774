import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The case read model. Its three indexes serve the list query (newest first, keyset paging on
 * (opened_at, case_id)) unfiltered, by channel, and by status; b-tree indexes scan backwards, so
 * ascending columns serve the descending order.
 */
export class CreateCases1795305601000 implements MigrationInterface {
  name = 'CreateCases1795305601000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "cases" (` +
        `"case_id" text NOT NULL, ` +
        `"channel" text NOT NULL, ` +
        `"merchant_ref" text NOT NULL, ` +
        `"status" text NOT NULL, ` +
        `"industry" text, ` +
        `"language" text NOT NULL, ` +
        `"current_limit" bigint NOT NULL, ` +
        `"requested_limit" bigint NOT NULL, ` +
        `"granted_limit" bigint, ` +
        `"outcome" text, ` +
        `"version" integer NOT NULL, ` +
        `"opened_at" TIMESTAMP WITH TIME ZONE NOT NULL, ` +
        `"updated_at" TIMESTAMP WITH TIME ZONE NOT NULL, ` +
        `"closed_at" TIMESTAMP WITH TIME ZONE, ` +
        `"state" jsonb NOT NULL, ` +
        `CONSTRAINT "pk_cases" PRIMARY KEY ("case_id"))`,
    );
    await queryRunner.query(`CREATE INDEX "ix_cases_opened_at_case_id" ON "cases" ("opened_at", "case_id")`);
    await queryRunner.query(`CREATE INDEX "ix_cases_channel_opened_at_case_id" ON "cases" ("channel", "opened_at", "case_id")`);
    await queryRunner.query(`CREATE INDEX "ix_cases_status_opened_at_case_id" ON "cases" ("status", "opened_at", "case_id")`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "cases"`);
  }
}
