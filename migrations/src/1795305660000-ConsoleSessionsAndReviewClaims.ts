import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The browser console (docs/adr/0023). `console_sessions`: a signed-in reviewer, compliance officer or
 * operator, by the SHA-256 of the session cookie's secret (never the secret), the API key that signed
 * in, and when the session ends. `review_claims`: which reviewer is working on a referred case, until
 * when. `review_proposals`: an override waiting for a second reviewer (four eyes), its note sealed
 * with the case key so that erasing the case erases it too.
 */
export class ConsoleSessionsAndReviewClaims1795305660000 implements MigrationInterface {
  name = 'ConsoleSessionsAndReviewClaims1795305660000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "console_sessions" (` +
        `"session_sha256" character(64) NOT NULL, ` +
        `"key_id" text NOT NULL, ` +
        `"created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), ` +
        `"expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, ` +
        `CONSTRAINT "pk_console_sessions" PRIMARY KEY ("session_sha256"), ` +
        `CONSTRAINT "ck_console_sessions_expires_after_created" CHECK (expires_at > created_at))`,
    );
    await queryRunner.query(`CREATE INDEX "ix_console_sessions_expires_at" ON "console_sessions" ("expires_at")`);
    await queryRunner.query(
      `CREATE TABLE "review_claims" (` +
        `"case_id" text NOT NULL, ` +
        `"reviewer_id" text NOT NULL, ` +
        `"claimed_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), ` +
        `"expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, ` +
        `CONSTRAINT "pk_review_claims" PRIMARY KEY ("case_id"), ` +
        `CONSTRAINT "ck_review_claims_expires_after_claimed" CHECK (expires_at > claimed_at))`,
    );
    await queryRunner.query(
      `CREATE TABLE "review_proposals" (` +
        `"case_id" text NOT NULL, ` +
        `"proposed_by" text NOT NULL, ` +
        `"outcome" text NOT NULL, ` +
        `"granted_limit" bigint NOT NULL, ` +
        `"reason_code" text NOT NULL, ` +
        `"sealed_note" bytea NOT NULL, ` +
        `"proposed_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), ` +
        `CONSTRAINT "pk_review_proposals" PRIMARY KEY ("case_id"), ` +
        `CONSTRAINT "ck_review_proposals_outcome" CHECK (outcome IN ('approved', 'partial', 'declined')))`,
    );
    for (const table of ['console_sessions', 'review_claims', 'review_proposals']) {
      await queryRunner.query(`GRANT SELECT, INSERT, UPDATE, DELETE ON "${table}" TO "uplift_app"`);
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "review_proposals"`);
    await queryRunner.query(`DROP TABLE "review_claims"`);
    await queryRunner.query(`DROP TABLE "console_sessions"`);
  }
}
