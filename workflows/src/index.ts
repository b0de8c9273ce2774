// The package entry exposes the workflow's contract only. Workers load the workflow code itself
// from `workflowsPath` (see WORKFLOWS_PATH), so clients never import workflow internals.
export * from './definitions';

/** Absolute path of the module the worker bundles (the workflow functions). */
export const WORKFLOWS_PATH = require.resolve('./workflows');

/**
 * Pure, stateless libraries evaluated once per workflow thread and shared by every case it holds,
 * instead of once per case (docs/adr/0027): their module scope keeps only constant tables and
 * deterministic memo caches, never per-case state. Bundles take them through WORKFLOW_BUNDLE_PRELOADS.
 */
export const PRELOADED_WORKFLOW_MODULES: readonly string[] = ['@uplift/domain', '@uplift/decision', '@uplift/dialogue'];

/** Sets the depth of the stacks captured inside the workflow sandbox before its globals freeze (docs/adr/0032). */
export const WORKFLOW_SANDBOX_STACK_DEPTH = require.resolve('./sandbox-stack-depth');

/** What every bundle of WORKFLOWS_PATH preloads, in this order: the sandbox's setup, then the shared libraries. */
export const WORKFLOW_BUNDLE_PRELOADS: readonly string[] = [WORKFLOW_SANDBOX_STACK_DEPTH, ...PRELOADED_WORKFLOW_MODULES];
export { CaseSearchAttributeKeys } from './search-attribute-keys';
export { toApplicationFailure } from './failures';
export { nextTimer, DEFAULT_REVIEW_ESCALATE_AFTER_MS, type DueTimer } from './timers';
