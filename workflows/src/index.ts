// The package entry exposes the workflow's contract only. Workers load the workflow code itself
// from `workflowsPath` (see WORKFLOWS_PATH), so clients never import workflow internals.
export * from './definitions';

/** Absolute path of the module the worker bundles (the workflow functions). */
export const WORKFLOWS_PATH = require.resolve('./workflows');
export { CaseSearchAttributeKeys } from './search-attribute-keys';
export { toApplicationFailure } from './failures';
export { nextTimer, DEFAULT_REVIEW_ESCALATE_AFTER_MS, type DueTimer } from './timers';
