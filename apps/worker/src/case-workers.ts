import { bundleWorkflowCode, DefaultLogger, Worker, type NativeConnection, type WorkflowBundle } from '@temporalio/worker';
import type { ImageAnalyser } from '@uplift/authenticity';
import type { UpliftConfig } from '@uplift/config';
import type { Client } from '@temporalio/client';
import type { DataConverter } from '@temporalio/common';
import {
  CaseArchives,
  CaseErasures,
  CaseOperations,
  EventStore,
  EvidenceFingerprints,
  EvidenceVault,
  type DataSource,
  type MasterKeyRing,
} from '@uplift/persistence';
import { WORKFLOW_BUNDLE_PRELOADS, WORKFLOWS_PATH } from '@uplift/workflows';
import { createCaseDecisionActivities } from './activities/case-decision-activities';
import { createCaseStoreActivities } from './activities/case-store-activities';
import { createDecisionActivities } from './activities/decision-activities';
import { createEvidenceActivities } from './activities/evidence-activities';
import { createLanguageModelActivities } from './activities/language-model-activities';
import { createOperationsActivities } from './activities/operations-activities';
import { createPrivacyActivities } from './activities/privacy-activities';
import { createRecordsActivities } from './activities/records-activities';
import { createUnderstandingActivities } from './activities/understanding-activities';
import type { LazyRecogniser } from './lazy-recogniser';

/** What the case workers need; the process entry point (or a test) builds these. */
export interface CaseWorkerDeps {
  config: UpliftConfig;
  dataSource: DataSource;
  connection: NativeConnection;
  /** A client of the same namespace, for the operations sweep. */
  client: Client;
  /** The master key, or during a rotation the ring of the current and previous ones. */
  masterKey: Buffer | MasterKeyRing;
  /** The engine's payload codec (engineDataConverter); absent only in tests of plain payloads. */
  dataConverter?: DataConverter;
  /** Recognition for the evidence worker (created lazily; the caller closes it after the workers stop). */
  recogniser: LazyRecogniser;
  /** The single-image authenticity checks for the evidence worker (an ImageAnalysisPool; the caller closes it). */
  imageAnalysis: ImageAnalyser;
  /** A pre-built workflow bundle (tests build it once); otherwise the workflows are bundled here. */
  workflowBundle?: WorkflowBundle;
}

/** Bundles the workflow code once (webpack); reuse the result across workers. */
export function bundleCaseWorkflows(): Promise<WorkflowBundle> {
  return bundleWorkflowCode({
    workflowsPath: WORKFLOWS_PATH,
    preloadModules: [...WORKFLOW_BUNDLE_PRELOADS],
    logger: new DefaultLogger('WARN'),
  });
}

/**
 * Up to two workers on one connection (WORKER_ROLES): the case queue runs the workflows, their
 * commits and the decision; the evidence queue runs the heavier upload checks, so they can be
 * scaled, throttled and sized on their own.
 */
export async function createCaseWorkers(deps: CaseWorkerDeps): Promise<Worker[]> {
  const roles = deps.config.workerRoles;
  const workers: Worker[] = [];
  if (roles !== 'evidence') workers.push(await createCaseQueueWorker(deps));
  if (roles !== 'cases') workers.push(await createEvidenceQueueWorker(deps));
  return workers;
}

/** The case queue: the workflows, their commits (local activities), decisions, the model adviser and the sweep. */
async function createCaseQueueWorker(deps: CaseWorkerDeps): Promise<Worker> {
  const { config, dataSource, connection } = deps;
  const workflowSource = deps.workflowBundle
    ? { workflowBundle: deps.workflowBundle }
    : { workflowsPath: WORKFLOWS_PATH, bundlerOptions: { preloadModules: [...WORKFLOW_BUNDLE_PRELOADS] } };
  const store = new EventStore(dataSource, deps.masterKey);
  return Worker.create({
    connection,
    namespace: config.temporal.namespace,
    taskQueue: config.temporal.taskQueue,
    ...workflowSource,
    ...(deps.dataConverter ? { dataConverter: deps.dataConverter } : {}),
    activities: {
      ...createCaseStoreActivities(store),
      ...createCaseDecisionActivities(store),
      ...createDecisionActivities(),
      ...createLanguageModelActivities(config.dialogueModel),
      ...createUnderstandingActivities(),
      ...createRecordsActivities({
        client: deps.client,
        archives: new CaseArchives(dataSource, store, deps.masterKey),
        openCasesEveryMs: config.archive.openCasesEveryMs,
      }),
      ...createPrivacyActivities({
        client: deps.client,
        erasures: new CaseErasures(dataSource, store),
        retentionMs: config.privacy.retentionAfterCloseMs,
      }),
      ...createOperationsActivities({
        client: deps.client,
        operations: new CaseOperations(dataSource),
        thresholds: { activityAttempts: config.operations.stuckAttempts },
        codecs: deps.dataConverter?.payloadCodecs ?? [],
      }),
    },
    maxCachedWorkflows: config.temporal.maxCachedWorkflows,
    shutdownGraceTime: '10s',
  });
}

/** The evidence queue: examining and erasing uploads (the OCR models live here; scaled on their own). */
async function createEvidenceQueueWorker(deps: CaseWorkerDeps): Promise<Worker> {
  const { config, dataSource, connection } = deps;
  return Worker.create({
    connection,
    namespace: config.temporal.namespace,
    taskQueue: config.temporal.evidenceTaskQueue,
    ...(deps.dataConverter ? { dataConverter: deps.dataConverter } : {}),
    activities: createEvidenceActivities({
      vault: new EvidenceVault(dataSource, deps.masterKey),
      fingerprints: new EvidenceFingerprints(dataSource, deps.masterKey),
      maxPixels: config.evidence.maxPixels,
      recogniser: deps.recogniser,
      imageAnalysis: deps.imageAnalysis,
    }),
    maxConcurrentActivityTaskExecutions: config.evidenceWorkerConcurrency,
    shutdownGraceTime: '10s',
  });
}
