// Decision records are hashed as canonical JSON with SHA-256, inside the workflow sandbox too: both
// come from @uplift/domain (one implementation for the event chain and the decision records).
export { canonicalJson, sha256Hex } from '@uplift/domain';

/** A JSON value as decision records hold it. */
export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
