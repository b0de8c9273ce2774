// The baseline of bench:load: the same interaction shape as a case (Update-With-Start opens it and
// answers a first message, then one update per turn) with nothing behind it, so the difference is
// what the engine adds (API, dialogue, event store). `bareWithCommit` adds the one local activity a
// case turn runs, to show how much of the difference that is.
import { condition, defineUpdate, proxyLocalActivities, setHandler } from '@temporalio/workflow';

export const openedUpdate = defineUpdate<string, []>('opened');
export const turnUpdate = defineUpdate<string, [{ messageId: string; text: string }]>('turn');

const store = proxyLocalActivities<{ commit(text: string): Promise<number> }>({ startToCloseTimeout: '15s' });

/** Answers every turn at once. */
export async function bare(): Promise<void> {
  const answered = new Map<string, string>();
  setHandler(openedUpdate, () => 'hello');
  setHandler(turnUpdate, ({ messageId, text }) => {
    const reply = answered.get(messageId) ?? `got ${text.length} characters`;
    answered.set(messageId, reply);
    return reply;
  });
  await condition(() => false);
}

/** Answers every turn after one local activity, one turn at a time. */
export async function bareWithCommit(): Promise<void> {
  let tail: Promise<unknown> = Promise.resolve();
  setHandler(openedUpdate, () => 'hello');
  setHandler(turnUpdate, ({ text }) => {
    const reply = tail.then(async () => `stored as ${await store.commit(text)}`);
    tail = reply.catch(() => undefined);
    return reply;
  });
  await condition(() => false);
}
