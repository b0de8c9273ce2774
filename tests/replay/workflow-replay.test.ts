import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { DeterminismViolationError } from '@temporalio/workflow';
import { Worker } from '@temporalio/worker';
import { loadHistories } from '../support/history-files';
import { sharedWorkflowBundle } from '../support/engine-harness';

const histories = loadHistories();

describe('committed workflow histories replay against the current workflow code', () => {
  test('there is at least one history that must replay and one that must fail', () => {
    assert.ok(histories.some((h) => !h.mustFail), 'no replayable history committed');
    assert.ok(histories.some((h) => h.mustFail), 'no must-fail history committed');
  });

  for (const file of histories) {
    test(`${file.name} ${file.mustFail ? 'is rejected as non-deterministic' : 'replays'}`, async () => {
      const replay = Worker.runReplayHistory({ workflowBundle: await sharedWorkflowBundle() }, file.history, file.name);
      if (file.mustFail) await assert.rejects(replay, DeterminismViolationError);
      else await replay;
    });
  }
});
