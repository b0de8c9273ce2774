export { evaluateLimit, LIMIT_POLICY_VERSION, LIMIT_POLICY_PARAMETERS } from './policy';
