import type { Decision } from '@uplift/domain';
import type { DecisionInputs } from './inputs';

/** Where a policy version stands: the champion decides live cases; a candidate only runs in backtests. */
export type PolicyStatus = 'champion' | 'candidate' | 'retired';

/** One version of the limit policy: a pure function of the decision inputs. */
export interface LimitPolicy {
  /** Semantic version; recorded in every decision it makes. */
  version: string;
  status: PolicyStatus;
  summary: string;
  /** Version of the knowledge (industry norms) the policy reads; records made with other knowledge are flagged. */
  knowledgeVersion: string;
  evaluate(inputs: DecisionInputs): Decision;
}
