import type { LoggerService } from '@nestjs/common';
import { redact, redactText } from '@uplift/config';

/** Severity of a log line, lowest first. */
export type LogLevel = 'debug' | 'info' | 'warn' | 'error';

const RANK: Record<LogLevel, number> = { debug: 10, info: 20, warn: 30, error: 40 };

/** Where finished lines go; stdout by default, replaceable in tests. */
export type LogSink = (line: string) => void;

/**
 * Writes one JSON object per line: time, level, msg, then the (redacted) fields, e.g. requestId and
 * caseId. Also serves as Nest's logger, so framework messages share the format.
 */
export class JsonLogger implements LoggerService {
  constructor(
    private readonly minLevel: LogLevel = 'info',
    private readonly sink: LogSink = (line) => process.stdout.write(`${line}\n`),
    private readonly base: Readonly<Record<string, unknown>> = { service: 'uplift-api' },
  ) {}

  /** Writes a structured line at `level` when the level is enabled. */
  write(level: LogLevel, msg: string, fields: Readonly<Record<string, unknown>> = {}): void {
    if (RANK[level] < RANK[this.minLevel]) return;
    const line = { time: new Date().toISOString(), level, msg: redactText(msg), ...this.base, ...(redact(fields) as object) };
    this.sink(JSON.stringify(line));
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
