import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Reviewer keys: the people who decide referred cases. */
export class AllowReviewerApiKeys1795305607000 implements MigrationInterface {
  name = 'AllowReviewerApiKeys1795305607000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "api_keys" DROP CONSTRAINT "ck_api_keys_role"`);
    await queryRunner.query(
      `ALTER TABLE "api_keys" ADD CONSTRAINT "ck_api_keys_role" CHECK (role IN ('channel', 'compliance', 'reviewer'))`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    // Reviewer keys cannot exist under the old rule: revoke nothing silently, refuse instead.
    await queryRunner.query(`ALTER TABLE "api_keys" DROP CONSTRAINT "ck_api_keys_role"`);
    await queryRunner.query(`ALTER TABLE "api_keys" ADD CONSTRAINT "ck_api_keys_role" CHECK (role IN ('channel', 'compliance'))`);
  }
}
