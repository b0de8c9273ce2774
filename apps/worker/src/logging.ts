import { DefaultLogger, type LogEntry, type LogLevel } from '@temporalio/worker';
import { redact, redactText } from '@uplift/config';

/** JSON-lines logger for the SDK (workflow and activity `log` calls land here), secrets and merchant text redacted. */
export function jsonLogger(level: 'debug' | 'info' | 'warn' | 'error'): DefaultLogger {
  const sdkLevel: LogLevel = level === 'debug' ? 'DEBUG' : level === 'info' ? 'INFO' : level === 'warn' ? 'WARN' : 'ERROR';
  return new DefaultLogger(sdkLevel, (entry: LogEntry) => {
    const line = {
      time: new Date(Number(entry.timestampNanos / 1_000_000n)).toISOString(),
      level: entry.level.toLowerCase(),
      service: 'worker',
      message: redactText(entry.message),
      ...(redact(entry.meta ?? {}) as Record<string, unknown>),
    };
    process.stdout.write(`${JSON.stringify(line)}\n`);
  });
}
