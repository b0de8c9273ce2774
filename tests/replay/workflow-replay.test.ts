import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { DeterminismViolationError } from '@temporalio/workflow';
import { Worker } from '@temporalio/worker';
import { decodeHistory, incompatibleVariant, loadHistories } from '../support/history-files';
import { engineDataConverter } from '@uplift/temporal';
import { sharedWorkflowBundle } from '../support/engine-harness';
import { REPLAY_HISTORY_KEY } from '../support/replay-key';

const histories = loadHistories();
// Payloads of histories recorded since the codec are encrypted under the test key; older ones are plain.
const dataConverter = engineDataConverter({ current: REPLAY_HISTORY_KEY, previous: [] });

describe('committed workflow histories replay against the current workflow code', () => {
  test('histories of both workflow generations are committed', () => {
    assert.ok(
      histories.some((h) => !h.name.startsWith('case-v2-')),
      'no history of the first workflow',
    );
    assert.ok(
      histories.some((h) => h.name.startsWith('case-v2-')),
      'no history of the re-cut workflow',
    );
  });

  for (const file of histories) {
    test(`${file.name} replays`, async () => {
      await Worker.runReplayHistory({ workflowBundle: await sharedWorkflowBundle(), dataConverter }, decodeHistory(file.json), file.name);
    });
    test(`${file.name} with its decision activity renamed is rejected as non-deterministic`, async () => {
      const replay = Worker.runReplayHistory(
        { workflowBundle: await sharedWorkflowBundle(), dataConverter },
        decodeHistory(incompatibleVariant(file.json)),
        `${file.name}-renamed`,
      );
      await assert.rejects(replay, DeterminismViolationError);
    });
  }
});
