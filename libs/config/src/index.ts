export { loadConfig, ConfigError } from './config';
export type { UpliftConfig } from './config';
export { parseDuration } from './duration';
export { masterKeys, type MasterKeys } from './master-keys';
export { redact, redactText, REDACTED } from './redact';
export { createLogLines, type LogLevel, type LogLinesOptions } from './log-lines';
