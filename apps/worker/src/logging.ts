import { DefaultLogger, type LogEntry, type LogLevel as SdkLogLevel } from '@temporalio/worker';
import { createLogLines, type LogLevel } from '@uplift/config';

const SDK_LEVEL: Record<LogLevel, SdkLogLevel> = { debug: 'DEBUG', info: 'INFO', warn: 'WARN', error: 'ERROR' };

/**
 * JSON-lines logger for the SDK (workflow and activity `log` calls land here) written through pino:
 * time (the SDK's own timestamp), level, service, message and the entry's fields, redacted by the
 * shared list in @uplift/config.
 */
export function jsonLogger(level: LogLevel): DefaultLogger {
  const lines = createLogLines({ service: 'worker', level: 'debug', messageKey: 'message', stampTime: false });
  // DefaultLogger filters by level; a TRACE entry only arrives when the SDK level allows it, and goes out as debug.
  return new DefaultLogger(SDK_LEVEL[level], (entry: LogEntry) => {
    const time = new Date(Number(entry.timestampNanos / 1_000_000n)).toISOString();
    const method = entry.level === 'TRACE' ? 'debug' : (entry.level.toLowerCase() as LogLevel);
    lines[method]({ time, ...entry.meta }, entry.message);
  });
}
