import { DefaultLogger, type LogEntry, type LogLevel } from '@temporalio/worker';

const SECRET_KEYS = /^(authorization|token|password|secret|masterKey|bytes|text)$/i;

function redact(meta: Record<string, unknown> | undefined): Record<string, unknown> {
  if (!meta) return {};
  return Object.fromEntries(Object.entries(meta).map(([k, v]) => [k, SECRET_KEYS.test(k) ? '[redacted]' : v]));
}

/** JSON-lines logger for the SDK (workflow and activity `log` calls land here), secrets and merchant text redacted. */
export function jsonLogger(level: 'debug' | 'info' | 'warn' | 'error'): DefaultLogger {
  const sdkLevel: LogLevel = level === 'debug' ? 'DEBUG' : level === 'info' ? 'INFO' : level === 'warn' ? 'WARN' : 'ERROR';
  return new DefaultLogger(sdkLevel, (entry: LogEntry) => {
    const line = {
      time: new Date(Number(entry.timestampNanos / 1_000_000n)).toISOString(),
      level: entry.level.toLowerCase(),
      service: 'worker',
      message: entry.message,
      ...redact(entry.meta),
    };
    process.stdout.write(`${JSON.stringify(line)}\n`);
  });
}
