import type { MigrationInterface, QueryRunner } from 'typeorm';

const TABLES = ['evidence_fingerprints', 'evidence_document_numbers'] as const;

/**
 * Perceptual hashes of every evidence image and the document numbers read from them, searched
 * across cases for reuse. The pHash is split into four 16-bit bands, each B-tree indexed, so a
 * near-duplicate search probes a few index entries instead of scanning every stored hash.
 */
export class CreateEvidenceFingerprints1795305608000 implements MigrationInterface {
  name = 'CreateEvidenceFingerprints1795305608000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "evidence_fingerprints" (` +
        `"evidence_id" uuid NOT NULL, ` +
        `"case_id" text NOT NULL, ` +
        `"channel" text NOT NULL, ` +
        `"phash" bigint NOT NULL, ` +
        `"dhash" bigint NOT NULL, ` +
        `"p0" integer NOT NULL, ` +
        `"p1" integer NOT NULL, ` +
        `"p2" integer NOT NULL, ` +
        `"p3" integer NOT NULL, ` +
        `"created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), ` +
        `CONSTRAINT "pk_evidence_fingerprints" PRIMARY KEY ("evidence_id"))`,
    );
    for (const band of ['p0', 'p1', 'p2', 'p3']) {
      await queryRunner.query(`CREATE INDEX "ix_evidence_fingerprints_${band}" ON "evidence_fingerprints" ("${band}")`);
    }
    await queryRunner.query(`CREATE INDEX "ix_evidence_fingerprints_case_id" ON "evidence_fingerprints" ("case_id")`);
    await queryRunner.query(
      `CREATE TABLE "evidence_document_numbers" (` +
        `"evidence_id" uuid NOT NULL, ` +
        `"number_type" text NOT NULL, ` +
        `"number" text NOT NULL, ` +
        `"case_id" text NOT NULL, ` +
        `"channel" text NOT NULL, ` +
        `"created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), ` +
        `CONSTRAINT "pk_evidence_document_numbers" PRIMARY KEY ("evidence_id", "number_type", "number"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_evidence_document_numbers_type_number" ON "evidence_document_numbers" ("number_type", "number")`,
    );
    // Fingerprints are facts about uploads: the app adds and reads them; shredding a case deletes them.
    for (const table of TABLES) await queryRunner.query(`GRANT SELECT, INSERT, DELETE ON "${table}" TO "uplift_app"`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of TABLES) await queryRunner.query(`REVOKE ALL ON "${table}" FROM "uplift_app"`);
    await queryRunner.query(`DROP TABLE "evidence_document_numbers"`);
    await queryRunner.query(`DROP TABLE "evidence_fingerprints"`);
  }
}
