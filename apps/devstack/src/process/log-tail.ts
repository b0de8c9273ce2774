import { readFileSync } from 'node:fs';

/** The last `lines` lines of a log file, for error messages; empty when the file is unreadable. */
export function logTail(path: string, lines = 30): string {
  try {
    return readFileSync(path, 'utf8').trimEnd().split('\n').slice(-lines).join('\n');
  } catch {
    return '';
  }
}

/** An error message followed by the tail of the log that explains it. */
export function withLogTail(message: string, logPath: string): string {
  const tail = logTail(logPath);
  return tail ? `${message}\n--- last lines of ${logPath} ---\n${tail}` : `${message} (see ${logPath})`;
}
