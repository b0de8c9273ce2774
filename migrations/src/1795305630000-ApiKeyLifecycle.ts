import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * API key lifecycle: a key may expire (`expires_at`), and the API records roughly when it was last
 * used (`last_used_at`, written at most about once a minute per key). `revoked_at` may now lie in
 * the future: a rotated key keeps working until the end of its grace period.
 */
export class ApiKeyLifecycle1795305630000 implements MigrationInterface {
  name = 'ApiKeyLifecycle1795305630000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "api_keys" ADD "expires_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`ALTER TABLE "api_keys" ADD "last_used_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`ALTER TABLE "api_keys" ADD CONSTRAINT "ck_api_keys_expires_after_created" CHECK (expires_at > created_at)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "api_keys" DROP CONSTRAINT "ck_api_keys_expires_after_created"`);
    await queryRunner.query(`ALTER TABLE "api_keys" DROP COLUMN "last_used_at"`);
    await queryRunner.query(`ALTER TABLE "api_keys" DROP COLUMN "expires_at"`);
  }
}
