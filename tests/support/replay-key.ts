/**
 * The master key committed histories are recorded under (UPLIFT_RECORD_HISTORIES=1), so the replay
 * test can decode their payloads. A test key: it protects nothing.
 */
export const REPLAY_HISTORY_KEY = Buffer.from('dXBsaWZ0LXJlcGxheS1oaXN0b3JpZXMtdGVzdC1rZXk=', 'base64');
