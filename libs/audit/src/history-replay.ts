import type { DataConverter } from '@temporalio/common';
import { DefaultLogger, Runtime, Worker, bundleWorkflowCode, type WorkflowBundle } from '@temporalio/worker';
import { WORKFLOW_BUNDLE_PRELOADS, WORKFLOWS_PATH } from '@uplift/workflows';
import { decodeHistoryBytes } from './history-export';

/** The verdict of replaying one history against the workflow code this process runs. */
export interface ReplayVerdict {
  ok: boolean;
  /** Nondeterminism or another failure, as the replayer reported it (names the command and event). */
  problem: string | null;
  kind: 'replayed' | 'nondeterministic' | 'failed';
  durationMs: number;
}

let bundle: Promise<WorkflowBundle> | null = null;

/** The current workflow code, bundled once per process (a few seconds; call early to warm up). */
export function currentWorkflowBundle(): Promise<WorkflowBundle> {
  bundle ??= bundleWorkflowCode({
    workflowsPath: WORKFLOWS_PATH,
    preloadModules: [...WORKFLOW_BUNDLE_PRELOADS],
    logger: new DefaultLogger('WARN'),
  });
  return bundle;
}

/**
 * Replays a history (protobuf bytes, as archived) with Temporal's replayer against the current
 * workflow code. The data converter must be the engine's, with the master keys the payloads were
 * encrypted under.
 */
export async function replayHistory(history: Buffer, dataConverter: DataConverter, workflowId: string): Promise<ReplayVerdict> {
  const started = Date.now();
  ensureQuietRuntime();
  try {
    await Worker.runReplayHistory(
      { workflowBundle: await currentWorkflowBundle(), dataConverter },
      decodeHistoryBytes(history),
      workflowId,
    );
    return { ok: true, problem: null, kind: 'replayed', durationMs: Date.now() - started };
  } catch (error) {
    const name = error instanceof Error ? error.name : 'Error';
    const message = error instanceof Error ? error.message : String(error);
    return {
      ok: false,
      problem: `${name}: ${message}`,
      kind: name === 'DeterminismViolationError' ? 'nondeterministic' : 'failed',
      durationMs: Date.now() - started,
    };
  }
}

let runtimeReady = false;

/** The replayer's worker logs at WARN so an audit's output is its verdicts, unless the process set up its own runtime. */
function ensureQuietRuntime(): void {
  if (runtimeReady) return;
  runtimeReady = true;
  try {
    Runtime.install({ logger: new DefaultLogger('WARN') });
  } catch {
    // A runtime exists already (a worker in this process): keep its settings.
  }
}
