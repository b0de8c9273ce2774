// The module the worker bundles: every workflow function the engine runs.
export { caseWorkflow } from './case-workflow';
export { operationsSweepWorkflow } from './operations-sweep';
export { privacySweepWorkflow } from './privacy-sweep';
export { recordsSweepWorkflow } from './records-sweep';
