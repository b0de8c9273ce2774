import { defaultPayloadConverter, type PayloadCodec } from '@temporalio/common';
import type { temporal } from '@temporalio/proto';

type History = temporal.api.history.v1.IHistory;
const text = new TextDecoder();

/** The activity type of a local-activity marker, or undefined for other markers. */
function localActivityType(marker: temporal.api.history.v1.IMarkerRecordedEventAttributes): string | undefined {
  if (marker.markerName !== 'core_local_activity') return undefined;
  const data = marker.details?.['data']?.payloads?.[0]?.data;
  return data ? (JSON.parse(text.decode(data)) as { activity_type?: string }).activity_type : undefined;
}

/**
 * The history with the values its case-stream commits recorded (what each message was understood
 * to mean, docs/adr/0030) replaced by `edit`'s, re-encoded with `codec`: what a history made by
 * other rules than the current ones looks like to the current code. Returns how many were edited.
 */
export async function editRecordedCommitValues(
  history: History,
  codec: PayloadCodec,
  edit: (recorded: Record<string, unknown>, index: number) => Record<string, unknown>,
): Promise<number> {
  let edited = 0;
  for (const event of history.events ?? []) {
    const marker = event.markerRecordedEventAttributes;
    if (!marker || localActivityType(marker) !== 'commitCaseEvents') continue;
    const payloads = marker.details?.['result']?.payloads;
    const encoded = payloads?.[0];
    if (!payloads || !encoded) continue;
    const [plain] = await codec.decode([encoded]);
    const result = defaultPayloadConverter.fromPayload<{ recorded?: Record<string, unknown> }>(plain ?? encoded);
    if (result.recorded === undefined) continue;
    const [sealed] = await codec.encode([defaultPayloadConverter.toPayload({ ...result, recorded: edit(result.recorded, edited) })]);
    if (sealed) payloads[0] = sealed;
    edited += 1;
  }
  return edited;
}
