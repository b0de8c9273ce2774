export { createCaseWorkers, bundleCaseWorkflows, type CaseWorkerDeps } from './case-workers';
export { jsonLogger } from './logging';
export { LazyRecogniser } from './lazy-recogniser';
export { measureQuality, qualityProblems, QUALITY_THRESHOLDS } from './assessment/image-quality';
export { createOperationsActivities } from './activities/operations-activities';
