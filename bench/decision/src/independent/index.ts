export { buildIndependentPortfolio, INDEPENDENT_SEED, type IndependentCase } from './portfolio';
export { INDEPENDENT_PROFILES, type IndependentProfile } from './behaviours';
export { MISREPRESENTATION_MULTIPLE, type IndependentLabel } from './ground-truth';
export { LINE_CEILING, PROFIT_YEARS } from './fair-limit';
