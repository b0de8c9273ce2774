import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { WorkflowExecutionDescription } from '@temporalio/client';
import { classifyCase } from '@uplift/temporal';

/** A described workflow with just the fields the classification reads. */
function described(workflowId: string, raw: Record<string, unknown>): WorkflowExecutionDescription {
  return { workflowId, raw } as unknown as WorkflowExecutionDescription;
}

describe('which running cases need an operator', () => {
  const thresholds = { activityAttempts: 5 };

  test('a workflow task that failed and is being retried', () => {
    const found = classifyCase(described('case-c1', { pendingWorkflowTask: { attempt: 3 } }), thresholds);
    assert.deepEqual(found, {
      caseId: 'c1',
      problem: 'workflow_task_failing',
      detail: { attempts: 3, lastFailure: null, workflowId: 'case-c1' },
    });
  });

  test('an activity that has retried at least the threshold (its failure is read, decoded, afterwards)', () => {
    const raw = {
      pendingActivities: [
        { attempt: 2, activityType: { name: 'decideCase' } },
        { attempt: 6, activityType: { name: 'examineEvidence' }, lastFailure: { message: 'ECONNREFUSED' } },
      ],
    };
    assert.deepEqual(classifyCase(described('case-c2', raw), thresholds), {
      caseId: 'c2',
      problem: 'activity_retrying',
      detail: { attempts: 6, lastFailure: null, activityType: 'examineEvidence', workflowId: 'case-c2' },
    });
  });

  test('a case going on (first task attempt, young retries) or a workflow that is not a case is not listed', () => {
    assert.equal(
      classifyCase(described('case-c3', { pendingWorkflowTask: { attempt: 1 }, pendingActivities: [{ attempt: 4 }] }), thresholds),
      null,
    );
    assert.equal(classifyCase(described('uplift-operations-sweep-1', { pendingWorkflowTask: { attempt: 9 } }), thresholds), null);
  });
});
