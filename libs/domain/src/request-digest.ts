import { sha256Hex } from './canonical-json';

/**
 * A digest of what a client sent under an id it chose (a message's text, the step a button asks
 * for), so that the id sent again with something else is told apart from a retry: the case answers a
 * retry as it answered the first time, and the API refuses the id reused for another request.
 * `kind` keeps a message's digest apart from an action's.
 */
export function requestDigest(kind: 'message' | 'action', request: string): string {
  return sha256Hex(`${kind}\u0000${request}`).slice(0, 32);
}
