// Where a turn's time goes, from the engine's own Prometheus histograms read before and after a phase:
// the API's handling of the message route, the worker's workflow tasks and local activities on the
// case queue, how long tasks waited to be picked up and how long handing them back took. Means per turn, in milliseconds.

/** Sum and count of one histogram, over the series whose labels match. */
interface HistogramTotals {
  sum: number;
  count: number;
}

/** The histograms read, each with the label values a series must carry to count (`queue`: the workflow task queue). */
const series = (queue: string) =>
  ({
    apiMessage: { metric: 'uplift_api_request_duration_seconds', labels: ['route="/v1/cases/:id/messages"', 'method="POST"'] },
    workflowTask: { metric: 'temporal_workflow_task_execution_latency', labels: [`task_queue="${queue}"`] },
    workflowTaskWait: { metric: 'temporal_workflow_task_schedule_to_start_latency', labels: [`task_queue="${queue}"`] },
    localActivity: { metric: 'temporal_local_activity_execution_latency', labels: [`task_queue="${queue}"`] },
    completionSent: { metric: 'temporal_request_latency', labels: ['operation="RespondWorkflowTaskCompleted"'] },
  }) as const;

export type Readings = Record<keyof ReturnType<typeof series>, HistogramTotals>;

/** Adds up `<metric>_sum` and `<metric>_count` of every series carrying all the labels. */
export function histogramTotals(text: string, metric: string, labels: readonly string[]): HistogramTotals {
  const totals = { sum: 0, count: 0 };
  for (const line of text.split('\n')) {
    const match = /^([a-z_]+)(\{[^}]*\})? (\S+)$/.exec(line);
    if (!match || !labels.every((label) => (match[2] ?? '').includes(label))) continue;
    if (match[1] === `${metric}_sum`) totals.sum += Number(match[3]);
    if (match[1] === `${metric}_count`) totals.count += Number(match[3]);
  }
  return totals;
}

async function scrape(url: string): Promise<string> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url} answered ${response.status}`);
  return response.text();
}

/** Where a side's figures are served: the API's (none for the bare baseline) and its worker's, and the worker's queue. */
export interface MetricsSources {
  apiMetricsUrl?: string;
  workerMetricsUrl: string;
  taskQueue: string;
}

/** The histograms of one side now. */
export async function readHistograms(sources: MetricsSources): Promise<Readings> {
  const [api, worker] = await Promise.all([sources.apiMetricsUrl ? scrape(sources.apiMetricsUrl) : '', scrape(sources.workerMetricsUrl)]);
  const text = { apiMessage: api, workflowTask: worker, workflowTaskWait: worker, localActivity: worker, completionSent: worker };
  const entries = Object.entries(series(sources.taskQueue)).map(([key, { metric, labels }]) => [
    key,
    histogramTotals(text[key as keyof Readings], metric, labels),
  ]);
  return Object.fromEntries(entries) as Readings;
}

export interface TurnBreakdown {
  /** Mean time in the API per message, receipt to reply (HTTP, checks, the Temporal update); 0 for the bare baseline. */
  apiMs: number;
  /** Workflow tasks per turn on the case queue, their mean execution time, and their mean wait before a worker took them. */
  workflowTasksPerTurn: number;
  workflowTaskMs: number;
  workflowTaskWaitMs: number;
  /** Local activities per turn (the commit) and their mean execution time. */
  localActivitiesPerTurn: number;
  localActivityMs: number;
  /** Mean round trip of handing a finished workflow task back to Temporal (every worker queue). */
  completionSentMs: number;
}

const mean = (before: HistogramTotals, after: HistogramTotals): number =>
  after.count > before.count ? Math.round(((after.sum - before.sum) / (after.count - before.count)) * 1000 * 10) / 10 : 0;
const perTurn = (before: HistogramTotals, after: HistogramTotals, turns: number): number =>
  Math.round(((after.count - before.count) / Math.max(1, turns)) * 100) / 100;

/** The breakdown of `turns` turns from readings taken before and after them. */
export function turnBreakdown(before: Readings, after: Readings, turns: number): TurnBreakdown {
  return {
    apiMs: mean(before.apiMessage, after.apiMessage),
    workflowTasksPerTurn: perTurn(before.workflowTask, after.workflowTask, turns),
    workflowTaskMs: mean(before.workflowTask, after.workflowTask),
    workflowTaskWaitMs: mean(before.workflowTaskWait, after.workflowTaskWait),
    localActivitiesPerTurn: perTurn(before.localActivity, after.localActivity, turns),
    localActivityMs: mean(before.localActivity, after.localActivity),
    completionSentMs: mean(before.completionSent, after.completionSent),
  };
}
