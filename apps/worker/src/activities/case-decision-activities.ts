import { checkConsistency, METHOD_VERSIONS } from '@uplift/authenticity';
import { decideCase } from '@uplift/decision';
import { evolve, type CaseDecisionActivities, type CaseState } from '@uplift/domain';
import type { EventStore } from '@uplift/persistence';

/**
 * Uploads the cross-document check compares. Those that already failed authenticity (a recapture,
 * a reused photo) are left out: the decision ignores them anyway, and as a reference they would
 * only pass their taint on to the genuine documents they disagree with. The others carry their own
 * findings: one shown to reviewers (e.g. an advisory screen recapture) keeps an upload from being
 * the reference while an upload without one carries the fact (`referenceDoubt`).
 */
export function consistencyEvidence(state: CaseState) {
  return state.evidenceOrder.flatMap((id) => {
    const item = state.evidence[id];
    return item && item.authenticity?.verdict !== 'fail'
      ? [{ evidenceId: id, declared: item.declared, recognition: item.recognition, findings: item.authenticity?.findings ?? [] }]
      : [];
  });
}

/**
 * The decision of the re-cut workflow: the case is read from its stream at the workflow's version
 * (so only ids travel through Temporal), compared across documents, then decided on the result.
 */
export function createCaseDecisionActivities(store: EventStore): CaseDecisionActivities {
  return {
    async decideCase({ caseId, throughVersion, asOf }) {
      const state = await store.foldCase(caseId, throughVersion);
      if (state.version !== throughVersion)
        throw new Error(`case ${caseId} is at ${state.version}, the workflow expected ${throughVersion}`);
      const consistency = {
        findings: checkConsistency({ evidence: consistencyEvidence(state) }),
        methodVersion: METHOD_VERSIONS.inconsistent,
      };
      const checked =
        consistency.findings.length > 0
          ? evolve(state, { type: 'ConsistencyChecked', occurredAt: asOf, data: consistency })
          : { ...state, updatedAt: asOf };
      return { consistency, record: decideCase(checked) };
    },
  };
}
