import type { LoggerService } from '@nestjs/common';
import { createLogLines, type LogLevel } from '@uplift/config';

export type { LogLevel };

/** Where finished lines go (one JSON object, no newline); stdout by default, replaceable in tests. */
export type LogSink = (line: string) => void;

type LineWriter = ReturnType<typeof createLogLines>;

/**
 * Writes one JSON object per line through pino: level, time, service, the (redacted) fields, e.g.
 * requestId and caseId, and msg. Also serves as Nest's logger, so framework messages share the format.
 */
export class JsonLogger implements LoggerService {
  private readonly lines: LineWriter;

  constructor(minLevel: LogLevel = 'info', sink?: LogSink, service = 'uplift-api') {
    const destination = sink ? { write: (line: string) => sink(line.replace(/\n$/, '')) } : undefined;
    this.lines = createLogLines({ service, level: minLevel, messageKey: 'msg', ...(destination ? { destination } : {}) });
  }

  /** Writes a structured line at `level` when the level is enabled. */
  write(level: LogLevel, msg: string, fields: Readonly<Record<string, unknown>> = {}): void {
    this.lines[level](fields, msg);
  }

  /** Structured info line. */
  info(msg: string, fields?: Readonly<Record<string, unknown>>): void {
    this.write('info', msg, fields);
  }

  // --- Nest LoggerService: (message, ...optionalParams) where the last param is the context. ---

  log(message: unknown, ...params: unknown[]): void {
    this.write('info', ...fromNest(message, params));
  }

  error(message: unknown, ...params: unknown[]): void {
    this.write('error', ...fromNest(message, params));
  }

  warn(message: unknown, ...params: unknown[]): void {
    this.write('warn', ...fromNest(message, params));
  }

  debug(message: unknown, ...params: unknown[]): void {
    this.write('debug', ...fromNest(message, params));
  }

  verbose(message: unknown, ...params: unknown[]): void {
    this.write('debug', ...fromNest(message, params));
  }

  fatal(message: unknown, ...params: unknown[]): void {
    this.write('error', ...fromNest(message, params));
  }
}

function fromNest(message: unknown, params: unknown[]): [string, Record<string, unknown>] {
  const fields: Record<string, unknown> = {};
  const rest = [...params];
  if (typeof rest[rest.length - 1] === 'string') fields.context = rest.pop();
  if (rest.length > 0) fields.extra = rest;
  if (typeof message === 'string') return [message, fields];
  if (message instanceof Error) return [message.message, { ...fields, errorName: message.name }];
  return ['nest', { ...fields, detail: message }];
}
