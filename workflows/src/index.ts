// The package entry exposes the workflow's contract only. Workers load the workflow code itself
// from `workflowsPath` (see WORKFLOWS_PATH), so clients never import workflow internals.
export * from './definitions';

/** Absolute path of the module the worker bundles (the workflow functions). */
export const WORKFLOWS_PATH = require.resolve('./workflows');

/**
 * Pure, stateless libraries evaluated once per workflow thread and shared by every case it holds,
 * instead of once per case (docs/adr/0027): their module scope keeps only constant tables and
 * deterministic memo caches, never per-case state. Give it to every bundle of WORKFLOWS_PATH.
 */
export const PRELOADED_WORKFLOW_MODULES: readonly string[] = ['@uplift/domain', '@uplift/decision', '@uplift/dialogue'];
export { CaseSearchAttributeKeys } from './search-attribute-keys';
export { toApplicationFailure } from './failures';
export { nextTimer, DEFAULT_REVIEW_ESCALATE_AFTER_MS, type DueTimer } from './timers';
