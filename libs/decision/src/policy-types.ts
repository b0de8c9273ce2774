import type { IndustryId } from '@uplift/domain';
import type { EstimatorId } from './estimators';
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
  /**
   * The limit this policy would support if `annualRevenue` were verified by one source read by
   * `estimator`: the figure the assistant quotes when it asks for that evidence (never a promise).
   */
  project?(input: { industry: IndustryId | null; annualRevenue: number; estimator: EstimatorId }): number;
  evaluate(inputs: DecisionInputs): Decision;
}
