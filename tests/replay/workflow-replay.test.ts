import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { DeterminismViolationError } from '@temporalio/workflow';
import { Worker } from '@temporalio/worker';
import { decodeHistory, incompatibleVariant, loadHistories } from '../support/history-files';
import { engineDataConverter, payloadCodecFor } from '@uplift/temporal';
import { editRecordedCommitValues } from '../support/recorded-commits';
import { sharedWorkflowBundle } from '../support/engine-harness';
import { REPLAY_HISTORY_KEY } from '../support/replay-key';

const histories = loadHistories();
// Payloads of histories recorded since the codec are encrypted under the test key; older ones are plain.
const dataConverter = engineDataConverter({ current: REPLAY_HISTORY_KEY, previous: [] });
const codec = payloadCodecFor({ current: REPLAY_HISTORY_KEY, previous: [] });
// Histories whose commits carry what each message was understood to mean (docs/adr/0030).
const understoodWithCommit = histories.filter((h) => h.name.startsWith('case-v4-understood-with-commit-'));

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

  test('histories whose commits record the understanding are committed', () => {
    assert.ok(understoodWithCommit.length >= 2, 'record them with UPLIFT_RECORD_HISTORIES=1 (tests/integration/case-workflow)');
  });

  for (const file of understoodWithCommit) {
    test(`${file.name}, made by other rules (another understanding recorded), replays with the recorded understanding`, async () => {
      const history = decodeHistory(file.json);
      const edited = await editRecordedCommitValues(history, codec, (recorded) => ({
        ...recorded,
        understandingVersion: 'rules-0.1.0-older',
      }));
      assert.ok(edited > 0, 'no commit recorded an understanding');
      await Worker.runReplayHistory({ workflowBundle: await sharedWorkflowBundle(), dataConverter }, history, `${file.name}-older-rules`);
    });

    test(`${file.name} with a recorded understanding that means something else does not replay (the recorded one decides)`, async () => {
      const history = decodeHistory(file.json);
      const edited = await editRecordedCommitValues(history, codec, (recorded, index) =>
        index === 0 ? { ...recorded, intent: 'withdraw_consent', answer: null } : recorded,
      );
      assert.ok(edited > 0, 'no commit recorded an understanding');
      const replay = Worker.runReplayHistory(
        { workflowBundle: await sharedWorkflowBundle(), dataConverter },
        history,
        `${file.name}-other`,
      );
      await assert.rejects(replay, /stream is at \d+, the folded state at \d+/);
    });
  }
});
