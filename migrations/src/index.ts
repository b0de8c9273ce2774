import type { MigrationInterface } from 'typeorm';
import { CreateCaseEvents1795305600000 } from './1795305600000-CreateCaseEvents';
import { CreateCases1795305601000 } from './1795305601000-CreateCases';
import { CreateEvidenceVault1795305602000 } from './1795305602000-CreateEvidenceVault';
import { CreateApiKeys1795305603000 } from './1795305603000-CreateApiKeys';
import { CreateIdempotencyKeys1795305604000 } from './1795305604000-CreateIdempotencyKeys';
import { CreateAppRole1795305605000 } from './1795305605000-CreateAppRole';
import { AllowReviewerApiKeys1795305607000 } from './1795305607000-AllowReviewerApiKeys';
import { CreateEvidenceFingerprints1795305608000 } from './1795305608000-CreateEvidenceFingerprints';
import { AllowOperatorApiKeys1795305609000 } from './1795305609000-AllowOperatorApiKeys';
import { CreateCaseOperations1795305610000 } from './1795305610000-CreateCaseOperations';
import { SealPersonalData1795305620000 } from './1795305620000-SealPersonalData';
import { ApiKeyLifecycle1795305630000 } from './1795305630000-ApiKeyLifecycle';
import { ArchiveCaseHistories1795305670000 } from './1795305670000-ArchiveCaseHistories';
import { ReuseLookupKeysAndSealedReferences1795305680000 } from './1795305680000-ReuseLookupKeysAndSealedReferences';
import { ConsoleSessionsAndReviewClaims1795305660000 } from './1795305660000-ConsoleSessionsAndReviewClaims';

/** Every migration, oldest first. Append new ones here; never edit one that has shipped. */
export const ALL_MIGRATIONS: (new () => MigrationInterface)[] = [
  CreateCaseEvents1795305600000,
  CreateCases1795305601000,
  CreateEvidenceVault1795305602000,
  CreateApiKeys1795305603000,
  CreateIdempotencyKeys1795305604000,
  CreateAppRole1795305605000,
  AllowReviewerApiKeys1795305607000,
  CreateEvidenceFingerprints1795305608000,
  AllowOperatorApiKeys1795305609000,
  CreateCaseOperations1795305610000,
  SealPersonalData1795305620000,
  ApiKeyLifecycle1795305630000,
  ConsoleSessionsAndReviewClaims1795305660000,
  ArchiveCaseHistories1795305670000,
  ReuseLookupKeysAndSealedReferences1795305680000,
];
