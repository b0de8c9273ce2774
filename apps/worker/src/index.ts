export { createCaseWorkers, bundleCaseWorkflows, type CaseWorkerDeps } from './case-workers';
export { jsonLogger } from './logging';
export { decodeMasterKey } from './master-key';
export { sniffFormat, MEDIA_TYPES } from './assessment/sniff-format';
export { measureQuality, qualityProblems, QUALITY_THRESHOLDS } from './assessment/image-quality';
