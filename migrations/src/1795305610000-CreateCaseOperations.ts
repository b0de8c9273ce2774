import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Cases that cannot go on by themselves, as the operations sweep last found them in Temporal (a
 * workflow task failing, an activity retrying for long), with the last failure. Rewritten by every
 * sweep; a case that recovers leaves the table.
 */
export class CreateCaseOperations1795305610000 implements MigrationInterface {
  name = 'CreateCaseOperations1795305610000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "case_operations" (` +
        `"case_id" text NOT NULL, ` +
        `"problem" text NOT NULL, ` +
        `"detail" jsonb NOT NULL, ` +
        `"since" TIMESTAMP WITH TIME ZONE NOT NULL, ` +
        `"checked_at" TIMESTAMP WITH TIME ZONE NOT NULL, ` +
        `CONSTRAINT "pk_case_operations" PRIMARY KEY ("case_id"), ` +
        `CONSTRAINT "ck_case_operations_problem" CHECK (problem IN ('workflow_task_failing', 'activity_retrying')))`,
    );
    await queryRunner.query(`GRANT SELECT, INSERT, UPDATE, DELETE ON "case_operations" TO "uplift_app"`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "case_operations"`);
  }
}
