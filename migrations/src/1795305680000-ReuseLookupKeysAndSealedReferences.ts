import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The two-stage reuse lookup (docs/adr/0037). `evidence_fingerprint_keys` holds 64-bit pHashes of
 * parts of every stored picture (whole, mirror, content box, sub-windows), each split into four
 * B-tree indexed 16-bit bands like the whole-picture hash: the first stage's index. Each fingerprint
 * gains the method version it was made by and its sealed reference (fine hashes and a grey thumbnail,
 * sealed with the case key: unreadable once the case is erased). Rows of the old version keep a NULL
 * reference and the default version.
 */
export class ReuseLookupKeysAndSealedReferences1795305680000 implements MigrationInterface {
  name = 'ReuseLookupKeysAndSealedReferences1795305680000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "evidence_fingerprints" ADD "method_version" text NOT NULL DEFAULT 'phash-64-variants/2', ADD "sealed_reference" bytea`,
    );
    await queryRunner.query(
      `CREATE TABLE "evidence_fingerprint_keys" (` +
        `"evidence_id" uuid NOT NULL, ` +
        `"key_no" smallint NOT NULL, ` +
        `"case_id" text NOT NULL, ` +
        `"hash" bigint NOT NULL, ` +
        `"b0" integer NOT NULL, ` +
        `"b1" integer NOT NULL, ` +
        `"b2" integer NOT NULL, ` +
        `"b3" integer NOT NULL, ` +
        `CONSTRAINT "pk_evidence_fingerprint_keys" PRIMARY KEY ("evidence_id", "key_no"))`,
    );
    // Each band's index carries the key and its owner, so a lookup reads index entries only (an
    // index-only scan once the table is vacuumed): about 95 keys per picture make each band value
    // match ~15 rows per 10 000 pictures, and random heap reads of those dominated the lookup.
    for (const band of ['b0', 'b1', 'b2', 'b3']) {
      await queryRunner.query(
        `CREATE INDEX "ix_evidence_fingerprint_keys_${band}" ON "evidence_fingerprint_keys" ("${band}", "hash", "evidence_id", "key_no")`,
      );
    }
    await queryRunner.query(`CREATE INDEX "ix_evidence_fingerprint_keys_case_id" ON "evidence_fingerprint_keys" ("case_id")`);
    // Facts about uploads like the fingerprints: the app adds and reads them; shredding a case deletes them.
    await queryRunner.query(`GRANT SELECT, INSERT, DELETE ON "evidence_fingerprint_keys" TO "uplift_app"`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`REVOKE ALL ON "evidence_fingerprint_keys" FROM "uplift_app"`);
    await queryRunner.query(`DROP TABLE "evidence_fingerprint_keys"`);
    await queryRunner.query(`ALTER TABLE "evidence_fingerprints" DROP COLUMN "sealed_reference", DROP COLUMN "method_version"`);
  }
}
