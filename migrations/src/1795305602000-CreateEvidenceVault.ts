import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Encrypted evidence and the per-case data keys that encrypt it. Shredding a case nulls its
 * wrapped key (the CHECK keeps a row either fully keyed or fully shredded) and deletes the
 * ciphertexts; UNIQUE (case_id, sha256) makes a repeated upload resolve to the first one.
 */
export class CreateEvidenceVault1795305602000 implements MigrationInterface {
  name = 'CreateEvidenceVault1795305602000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "case_keys" (` +
        `"case_id" text NOT NULL, ` +
        `"wrapped_key" bytea, ` +
        `"wrap_iv" bytea, ` +
        `"wrap_tag" bytea, ` +
        `"created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), ` +
        `"shredded_at" TIMESTAMP WITH TIME ZONE, ` +
        `CONSTRAINT "ck_case_keys_material" CHECK (` +
        `(shredded_at IS NULL AND wrapped_key IS NOT NULL AND wrap_iv IS NOT NULL AND wrap_tag IS NOT NULL) OR ` +
        `(shredded_at IS NOT NULL AND wrapped_key IS NULL AND wrap_iv IS NULL AND wrap_tag IS NULL)), ` +
        `CONSTRAINT "pk_case_keys" PRIMARY KEY ("case_id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "evidence" (` +
        `"evidence_id" uuid NOT NULL, ` +
        `"case_id" text NOT NULL, ` +
        `"sha256" character(64) NOT NULL, ` +
        `"media_type" text NOT NULL, ` +
        `"declared_kind" text NOT NULL, ` +
        `"size_bytes" integer NOT NULL, ` +
        `"ciphertext" bytea NOT NULL, ` +
        `"iv" bytea NOT NULL, ` +
        `"auth_tag" bytea NOT NULL, ` +
        `"created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), ` +
        `CONSTRAINT "uq_evidence_case_id_sha256" UNIQUE ("case_id", "sha256"), ` +
        `CONSTRAINT "pk_evidence" PRIMARY KEY ("evidence_id"))`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "evidence"`);
    await queryRunner.query(`DROP TABLE "case_keys"`);
  }
}
