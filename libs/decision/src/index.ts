export { evaluateLimit, LIMIT_POLICY_VERSION, LIMIT_POLICY_PARAMETERS } from './policy';
export {
  decideCase,
  recordOf,
  reevaluate,
  verifyRecord,
  hashDecisionInputs,
  decisionDifferences,
  type DecisionRecord,
  type Reproduction,
} from './record';
export { listPolicies, findPolicy, policy, championPolicy, CHAMPION_POLICY_VERSION } from './registry';
export type { LimitPolicy, PolicyStatus } from './policy-types';
export {
  decisionInputs,
  readAuthenticity,
  DECISION_INPUTS_SCHEMA,
  type DecisionInputs,
  type DecisionOptions,
  type EvidenceInput,
  type RecognitionInput,
  type AuthenticityInput,
} from './inputs';
export { admissibility, SUSPECT_DISCOUNT, type Admissibility, type AdmissibleEvidence, type ExclusionCode } from './admissibility';
export {
  runEstimators,
  declaredEstimate,
  invoiceEstimate,
  contractEstimate,
  bankStatementEstimate,
  taxEstimate,
  assetEstimate,
  utilityEstimate,
  payrollEstimate,
  merchantIdentity,
  ESTIMATOR_WEIGHTS,
  VAT_LEVY_RATE,
  type CapacityEstimate,
  type EstimatorContext,
  type EstimatorId,
  type EstimateKind,
  type StatementReading,
} from './estimators';
export { readStatementLines, type StatementLines, type LineNotCounted } from './statement-lines';
export { balanceCheckedStatementEstimate, statementLinesNotCounted } from './statement-estimator';
export {
  crossValidate,
  weightedMedian,
  type CrossValidation,
  type CrossValidationParameters,
  type ValidatedEstimate,
} from './cross-validate';
export { industryNorms, DECISION_KNOWLEDGE_VERSION, type IndustryNorms, type UnitNorm } from './norms';
export { createPolicyV1, POLICY_1_0_0_PARAMETERS, type PolicyV1Parameters } from './policies/v1';
export { explainDecision } from './explain';
export { canonicalJson, sha256Hex, type Json } from './canonical';
export { projectedLimit, estimatorFor } from './projection';
