import { readdirSync, readFileSync } from 'node:fs';

/** CPU seconds used so far by the processes whose command line matches each label's pattern. */
export function cpuSeconds(patterns: Record<string, RegExp>): Record<string, number> {
  const ticks = 100; // USER_HZ on Linux
  const totals: Record<string, number> = Object.fromEntries(Object.keys(patterns).map((k) => [k, 0]));
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    let cmdline: string;
    let stat: string;
    try {
      cmdline = readFileSync(`/proc/${entry}/cmdline`, 'utf8').replace(/\0/g, ' ');
      stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
    } catch {
      continue;
    }
    const label = Object.keys(patterns).find((k) => patterns[k]?.test(cmdline));
    if (!label) continue;
    // Fields after the command name (which may hold spaces): utime is the 14th, stime the 15th field.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    totals[label] = (totals[label] ?? 0) + (Number(fields[11]) + Number(fields[12])) / ticks;
  }
  return totals;
}

/** The CPU each labelled process group spent between two readings, in milliseconds per call. */
export function cpuPerCall(before: Record<string, number>, after: Record<string, number>, calls: number): Record<string, number> {
  return Object.fromEntries(
    Object.keys(after).map((k) => [k, Math.round((((after[k] ?? 0) - (before[k] ?? 0)) * 1000 * 10) / Math.max(1, calls)) / 10]),
  );
}
