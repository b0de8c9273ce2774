import type { MigrationInterface, QueryRunner } from 'typeorm';

/** API keys: the token's secret is never stored, only its SHA-256. */
export class CreateApiKeys1795305603000 implements MigrationInterface {
  name = 'CreateApiKeys1795305603000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "api_keys" (` +
        `"key_id" text NOT NULL, ` +
        `"channel" text NOT NULL, ` +
        `"role" text NOT NULL, ` +
        `"name" text NOT NULL, ` +
        `"secret_sha256" character(64) NOT NULL, ` +
        `"created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), ` +
        `"revoked_at" TIMESTAMP WITH TIME ZONE, ` +
        `CONSTRAINT "ck_api_keys_role" CHECK (role IN ('channel', 'compliance')), ` +
        `CONSTRAINT "pk_api_keys" PRIMARY KEY ("key_id"))`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "api_keys"`);
  }
}
