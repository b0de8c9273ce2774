import assert from 'node:assert/strict';
import { dirname } from 'node:path';
import { test } from 'node:test';
import { dialogueContext, nextAction, readMessage, renderAction, renderTurnReply } from '@uplift/dialogue';
import { initialCaseState, type CaseState } from '@uplift/domain';
import { PRELOADED_WORKFLOW_MODULES } from '@uplift/workflows';

// The worker evaluates PRELOADED_WORKFLOW_MODULES once per workflow thread and deep-freezes what
// they export (Temporal's reusable V8 context). A module that hands out something it later mutates,
// such as a global RegExp (its lastIndex), then throws inside every case. Each test file runs in its
// own process, so freezing here touches no other test.

const MESSAGES = [
  '我们是做宠物美容的，有八位美容师',
  '我哋间铺头一个月流水廿几万',
  '提额会查征信吗',
  'we run 3 noodle shops since 2015, around 80k a month',
  "please don't withdraw anything",
  '材料都交齐了，可以审了',
  '民国100年开的店，员工十几个',
  'I want to talk to a person',
];

/** What the workflow computes from a message on a fresh case: understanding, next action, reply. */
function transcript(state: CaseState): string[] {
  return MESSAGES.map((text) => {
    const understanding = readMessage(text, dialogueContext(state), null);
    const action = nextAction(state, understanding.intent);
    const reply = renderTurnReply(action, state, understanding.facts, understanding.language, { intent: understanding.intent, text });
    return JSON.stringify({ understanding, action, reply, greeting: renderAction({ kind: 'greet' }, state, state.language) });
  });
}

/** The directories of the preloaded packages' compiled code. */
function preloadedDirectories(): string[] {
  return PRELOADED_WORKFLOW_MODULES.map((name) => dirname(require.resolve(name)));
}

function loadedModulesUnder(directories: string[]): NodeJS.Module[] {
  return Object.entries(require.cache)
    .filter(([path]) => directories.some((dir) => path.startsWith(`${dir}/`)))
    .map(([, module]) => module)
    .filter((module): module is NodeJS.Module => module !== undefined);
}

/** Every object reachable from a value (own properties, Map and Set entries). */
function* reachable(root: unknown, seen = new WeakSet<object>()): Generator<object> {
  if (root === null || (typeof root !== 'object' && typeof root !== 'function')) return;
  if (seen.has(root)) return;
  seen.add(root);
  yield root;
  if (root instanceof RegExp) return;
  if (root instanceof Map) for (const [key, value] of root) yield* [...reachable(key, seen), ...reachable(value, seen)];
  if (root instanceof Set) for (const value of root) yield* reachable(value, seen);
  for (const name of Object.getOwnPropertyNames(root)) {
    const descriptor = Object.getOwnPropertyDescriptor(root, name);
    if (descriptor && 'value' in descriptor) yield* reachable(descriptor.value, seen);
  }
}

function deepFreeze(root: unknown): void {
  for (const value of reachable(root)) {
    if (ArrayBuffer.isView(value)) continue; // typed arrays cannot be frozen (the SDK skips them too)
    Object.freeze(value);
  }
}

test('the preloaded workflow libraries export no RegExp that carries state (global or sticky)', () => {
  const modules = loadedModulesUnder(preloadedDirectories());
  assert.ok(modules.length > 20, `expected the preloaded packages to be loaded, found ${modules.length} modules`);
  const stateful = modules.flatMap((module) =>
    [...reachable(module.exports)].filter((value): value is RegExp => value instanceof RegExp && (value.global || value.sticky)),
  );
  assert.deepEqual(
    stateful.map((re) => re.source.slice(0, 40)),
    [],
  );
});

test('understanding and replies are the same once the preloaded libraries are frozen as the worker freezes them', () => {
  const state = initialCaseState('frozen-modules');
  const before = transcript(state);
  for (const module of loadedModulesUnder(preloadedDirectories())) deepFreeze(module.exports);
  assert.deepEqual(transcript(state), before);
  const question = JSON.parse(before[2] ?? '{}') as { understanding?: { intent?: string } };
  assert.equal(question.understanding?.intent, 'ask_question');
});
