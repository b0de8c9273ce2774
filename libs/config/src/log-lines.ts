import { pino, type DestinationStream, type Logger } from 'pino';
import { redact, redactText } from './redact';

/** Severity of a log line, lowest first; the levels LOG_LEVEL accepts. */
export type LogLevel = 'debug' | 'info' | 'warn' | 'error';

/** How a process writes its log lines. */
export interface LogLinesOptions {
  /** Written as `service` on every line. */
  service: string;
  /** Lines below this level are dropped. */
  level: LogLevel;
  /** Key of the message: the API has always written `msg`, the worker `message`. */
  messageKey?: 'msg' | 'message';
  /** Where lines go (one JSON object and a newline per write); default stdout. */
  destination?: DestinationStream;
  /** false: the caller puts an ISO `time` in the fields itself (the worker keeps the SDK's timestamp). */
  stampTime?: boolean;
}

/**
 * A pino logger writing one JSON object per line: level (as a word), time (ISO), service, the fields and
 * the message. Every argument of a log call (fields, message) and every child binding goes through `redact`,
 * so the one redaction list in ./redact.ts is all that decides what a log may contain.
 */
export function createLogLines(options: LogLinesOptions): Logger {
  return pino(
    {
      level: options.level,
      messageKey: options.messageKey ?? 'msg',
      base: { service: options.service },
      timestamp: options.stampTime === false ? false : pino.stdTimeFunctions.isoTime,
      formatters: {
        level: (label) => ({ level: label }),
        bindings: (bindings) => redact(bindings) as Record<string, unknown>,
      },
      hooks: {
        // Every argument of a call: the fields object, the message and any interpolated value.
        logMethod(args, method) {
          const safe = args.map((arg) => (typeof arg === 'string' ? redactText(arg) : redact(arg))) as Parameters<typeof method>;
          method.apply(this, safe);
        },
      },
    },
    options.destination ?? process.stdout,
  );
}
