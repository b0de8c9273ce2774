import { sha256Hex } from './canonical-json';
import { ERASED_TEXT } from './case/erasure';
import type { CaseEvent } from './case/events';

/**
 * A digest of what a client sent under an id it chose (a message's text, the step a button asks
 * for), so that the id sent again with something else is told apart from a retry: the case answers a
 * retry as it answered the first time, and the API refuses the id reused for another request.
 * `kind` keeps a message's digest apart from an action's.
 */
export function requestDigest(kind: 'message' | 'action', request: string): string {
  return sha256Hex(`${kind}\u0000${request}`).slice(0, 32);
}

/**
 * The digest of the request a case recorded under a message or action id, read from its events
 * (what the API compares once the case has closed and its workflow can no longer answer); undefined
 * when nothing was recorded under the id, or when the message's text has been erased with the case.
 */
export function recordedRequestDigest(events: readonly CaseEvent[], via: 'message' | 'action', reference: string): string | undefined {
  for (const event of events) {
    if (via === 'message' && event.type === 'MerchantMessageReceived' && event.data.messageId === reference) {
      return event.data.text === ERASED_TEXT ? undefined : requestDigest('message', event.data.text);
    }
    if (via === 'action' && event.type === 'ActionConfirmed' && event.data.via === 'action' && event.data.reference === reference) {
      return requestDigest('action', event.data.proposal);
    }
  }
  return undefined;
}
