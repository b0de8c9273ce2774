import { stripVTControlCharacters } from 'node:util';

/** Test counts one `node --test` run reported. */
export interface TierCounts {
  passed: number;
  failed: number;
  cancelled: number;
  skipped: number;
  /** True when the summary lines were found at all. */
  reported: boolean;
}

const SUMMARY = /^ℹ (tests|pass|fail|cancelled|skipped|todo) (\d+)\s*$/;

/**
 * Reads the closing summary of node's spec reporter (`ℹ pass N`, `ℹ fail N`, ...). The last value
 * of each wins, since nested output could in theory repeat a line.
 */
export class SpecSummaryParser {
  private readonly values = new Map<string, number>();

  /** Feeds one line of the reporter's output. */
  addLine(rawLine: string): void {
    const match = SUMMARY.exec(stripVTControlCharacters(rawLine).trim());
    if (match?.[1] && match[2]) this.values.set(match[1], Number(match[2]));
  }

  /** The counts seen so far. */
  counts(): TierCounts {
    return {
      passed: this.values.get('pass') ?? 0,
      failed: this.values.get('fail') ?? 0,
      cancelled: this.values.get('cancelled') ?? 0,
      skipped: (this.values.get('skipped') ?? 0) + (this.values.get('todo') ?? 0),
      reported: this.values.has('pass') || this.values.has('fail'),
    };
  }
}
