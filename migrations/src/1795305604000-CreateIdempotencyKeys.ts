import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Idempotency-Key claims per channel; the primary key is what makes concurrent claims race-safe. */
export class CreateIdempotencyKeys1795305604000 implements MigrationInterface {
  name = 'CreateIdempotencyKeys1795305604000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "idempotency_keys" (` +
        `"channel" text NOT NULL, ` +
        `"key" text NOT NULL, ` +
        `"request_hash" text NOT NULL, ` +
        `"case_id" text NOT NULL, ` +
        `"response" jsonb, ` +
        `"created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), ` +
        `CONSTRAINT "pk_idempotency_keys" PRIMARY KEY ("channel", "key"))`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "idempotency_keys"`);
  }
}
