import type { MerchantFacts } from '@uplift/domain';
import type { Conversation } from './conversation';
import { STYLES } from './personas';

interface SlotTally {
  tp: number;
  fp: number;
  fn: number;
}

const round = (x: number, digits = 3) => Number(x.toFixed(digits));
const mean = (values: number[]) => (values.length === 0 ? 0 : values.reduce((a, v) => a + v, 0) / values.length);

/** Nearest-rank percentile. */
export function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] ?? 0;
}

function f1(t: SlotTally) {
  const precision = t.tp + t.fp === 0 ? 1 : t.tp / (t.tp + t.fp);
  const recall = t.tp + t.fn === 0 ? 1 : t.tp / (t.tp + t.fn);
  return {
    precision: round(precision),
    recall: round(recall),
    f1: round(precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall)),
    ...t,
  };
}

/** Adds one message to the per-slot tallies: same slot and value within 2% (counts exact) is a hit. */
function score(tallies: Record<string, SlotTally>, gold: MerchantFacts, predicted: MerchantFacts): void {
  for (const key of new Set([...Object.keys(gold), ...Object.keys(predicted)])) {
    const t = (tallies[key] ??= { tp: 0, fp: 0, fn: 0 });
    const g = (gold as Record<string, unknown>)[key];
    const p = (predicted as Record<string, unknown>)[key];
    const match =
      g !== undefined &&
      p !== undefined &&
      (typeof g === 'number' && typeof p === 'number' ? Math.abs(g - p) <= Math.max(0.5, Math.abs(g) * 0.02) : g === p);
    if (match) t.tp += 1;
    else {
      if (p !== undefined) t.fp += 1;
      if (g !== undefined) t.fn += 1;
    }
  }
}

const latencySummary = (ms: number[]) => ({
  p50: round(percentile(ms, 50), 3),
  p90: round(percentile(ms, 90), 3),
  p99: round(percentile(ms, 99), 3),
  max: round(Math.max(0, ...ms), 3),
  samples: ms.length,
});

/** The figures the issue asks for, from a set of conversations (same definitions for every mode). */
export function summarise(conversations: Conversation[]) {
  const tallies: Record<string, SlotTally> = {};
  let intentsCorrect = 0;
  let messages = 0;
  let missingUnderstanding = 0;
  for (const c of conversations) {
    for (const m of c.messages) {
      messages += 1;
      if (!m.understood) missingUnderstanding += 1;
      score(tallies, m.gold, m.understood?.facts ?? {});
      if (m.understood?.intent === m.intent) intentsCorrect += 1;
    }
  }
  const total = Object.values(tallies).reduce((a, t) => ({ tp: a.tp + t.tp, fp: a.fp + t.fp, fn: a.fn + t.fn }), { tp: 0, fp: 0, fn: 0 });
  const turnsToReady = (c: Conversation) => c.readyAtTurn ?? c.turns;
  const ready = conversations.filter((c) => c.readyAtTurn !== null);
  const requests = conversations.reduce((a, c) => a + c.requested.length, 0);
  const satisfied = conversations.reduce((a, c) => a + c.requested.filter((k) => c.provided.includes(k)).length, 0);
  const all = conversations.flatMap((c) => c.latenciesMs);
  return {
    conversations: conversations.length,
    messages,
    slots: { micro: f1(total), perSlot: Object.fromEntries(Object.entries(tallies).map(([k, t]) => [k, f1(t)])) },
    intentAccuracy: round(intentsCorrect / Math.max(1, messages)),
    ...(missingUnderstanding > 0 ? { messagesWithoutUnderstanding: missingUnderstanding } : {}),
    turnsToReady: {
      mean: round(mean(conversations.map(turnsToReady)), 2),
      meanWhenReached: round(mean(ready.map(turnsToReady)), 2),
      readyShare: round(ready.length / Math.max(1, conversations.length)),
      max: Math.max(0, ...conversations.map(turnsToReady)),
    },
    evidence: {
      endedWithRequestedEvidenceShare: round(
        conversations.filter((c) => c.endedWithRequestedEvidence).length / Math.max(1, conversations.length),
      ),
      requestsSatisfiedShare: round(satisfied / Math.max(1, requests)),
      requestsPerConversation: round(requests / Math.max(1, conversations.length), 2),
      uploads: conversations.reduce((a, c) => a + c.uploads, 0),
      uploadsReadable: conversations.reduce((a, c) => a + c.provided.length, 0),
      uploadsSkippedByCap: conversations.reduce((a, c) => a + c.uploadsSkipped, 0),
    },
    latencyMs: {
      allTurns: latencySummary(all.map((l) => l.ms)),
      dialogueTurns: latencySummary(all.filter((l) => l.kind === 'dialogue').map((l) => l.ms)),
      closingTurns: latencySummary(all.filter((l) => l.kind === 'closing').map((l) => l.ms)),
    },
    byStyle: Object.fromEntries(
      STYLES.map((style) => {
        const group = conversations.filter((c) => c.style === style);
        return [
          style,
          {
            conversations: group.length,
            meanTurnsToReady: round(mean(group.map(turnsToReady)), 2),
            readyShare: round(group.filter((c) => c.readyAtTurn !== null).length / Math.max(1, group.length)),
            endedWithRequestedEvidence: round(group.filter((c) => c.endedWithRequestedEvidence).length / Math.max(1, group.length)),
          },
        ];
      }),
    ),
    sampleTranscripts: conversations.filter((c) => c.transcript).map((c) => ({ persona: c.persona, transcript: c.transcript })),
  };
}

export type Summary = ReturnType<typeof summarise>;
