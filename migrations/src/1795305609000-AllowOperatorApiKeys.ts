import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Operator keys: the people who keep cases running (stuck cases, the codec server, operator actions). */
export class AllowOperatorApiKeys1795305609000 implements MigrationInterface {
  name = 'AllowOperatorApiKeys1795305609000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "api_keys" DROP CONSTRAINT "ck_api_keys_role"`);
    await queryRunner.query(
      `ALTER TABLE "api_keys" ADD CONSTRAINT "ck_api_keys_role" CHECK (role IN ('channel', 'compliance', 'reviewer', 'operator'))`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    // Operator keys cannot exist under the old rule: refuse rather than drop them silently.
    await queryRunner.query(`ALTER TABLE "api_keys" DROP CONSTRAINT "ck_api_keys_role"`);
    await queryRunner.query(
      `ALTER TABLE "api_keys" ADD CONSTRAINT "ck_api_keys_role" CHECK (role IN ('channel', 'compliance', 'reviewer'))`,
    );
  }
}
