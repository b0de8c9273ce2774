import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The append-only event log. A statement-level trigger rejects UPDATE, DELETE and TRUNCATE for
 * every role, the owner included, so the only way to change history is to visibly disable the
 * trigger first (and the hash chain then exposes the edit).
 */
export class CreateCaseEvents1795305600000 implements MigrationInterface {
  name = 'CreateCaseEvents1795305600000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "case_events" (` +
        `"event_id" uuid NOT NULL, ` +
        `"case_id" text NOT NULL, ` +
        `"seq" integer NOT NULL, ` +
        `"type" text NOT NULL, ` +
        `"schema_version" integer NOT NULL, ` +
        `"data" jsonb NOT NULL, ` +
        `"occurred_at" TIMESTAMP WITH TIME ZONE NOT NULL, ` +
        `"recorded_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), ` +
        `"prev_hash" character(64) NOT NULL, ` +
        `"hash" character(64) NOT NULL, ` +
        `CONSTRAINT "uq_case_events_case_id_seq" UNIQUE ("case_id", "seq"), ` +
        `CONSTRAINT "ck_case_events_seq_positive" CHECK ("seq" > 0), ` +
        `CONSTRAINT "pk_case_events" PRIMARY KEY ("event_id"))`,
    );
    await queryRunner.query(`
      CREATE FUNCTION "case_events_reject_change"() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'case_events is append-only: % is not allowed', TG_OP
          USING HINT = 'Events are facts; append a compensating event instead.';
      END
      $$`);
    await queryRunner.query(
      `CREATE TRIGGER "case_events_append_only" BEFORE UPDATE OR DELETE OR TRUNCATE ON "case_events" ` +
        `FOR EACH STATEMENT EXECUTE FUNCTION "case_events_reject_change"()`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "case_events"`);
    await queryRunner.query(`DROP FUNCTION "case_events_reject_change"()`);
  }
}
