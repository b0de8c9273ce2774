import assert from 'node:assert/strict';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, test } from 'node:test';
import { guardProposal } from '@uplift/dialogue';
import { createChatModel, proposeUnderstanding } from '@uplift/language-model';

/** A local stand-in for an OpenAI-compatible endpoint: answers what the test queues, records requests. */
let server: Server;
let baseUrl = '';
const requests: { headers: IncomingMessage['headers']; body: Record<string, unknown> }[] = [];
let answer: { status: number; content?: string; delayMs?: number } = { status: 200, content: '{}' };

before(async () => {
  server = createServer((req, res) => {
    let text = '';
    req.on('data', (chunk: Buffer) => (text += chunk.toString()));
    req.on('end', () => {
      requests.push({ headers: req.headers, body: JSON.parse(text) as Record<string, unknown> });
      setTimeout(() => {
        res.statusCode = answer.status;
        res.setHeader('content-type', 'application/json');
        res.end(JSON.stringify({ choices: [{ message: { role: 'assistant', content: answer.content } }] }));
      }, answer.delayMs ?? 0);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/v1`;
});
after(() => new Promise<void>((resolve) => server.close(() => resolve())));

const request = { text: '我们月流水三十来万，有5辆车', language: 'zh' as const, pendingFact: null, today: '2026-11-29' };
const model = () => createChatModel({ baseUrl, model: 'qwen-test', apiKey: 'sk-test', timeoutMs: 500 });

describe('the language-model adapter (OpenAI-compatible chat completions)', () => {
  test('sends the message with the schema instructions, JSON mode, temperature 0 and the key', async () => {
    answer = { status: 200, content: JSON.stringify({ intent: 'provide_info', facts: { monthlyRevenue: 300000, vehicles: 5 } }) };
    const proposal = await proposeUnderstanding(model(), request);
    assert.deepEqual(proposal, { model: 'qwen-test', intent: 'provide_info', facts: { monthlyRevenue: 300_000, vehicles: 5 } });
    const sent = requests.at(-1);
    assert.equal(sent?.headers.authorization, 'Bearer sk-test');
    assert.equal(sent?.body['model'], 'qwen-test');
    assert.equal(sent?.body['temperature'], 0);
    assert.deepEqual(sent?.body['response_format'], { type: 'json_object' });
    const messages = sent?.body['messages'] as { role: string; content: string }[];
    assert.match(messages[0]?.content ?? '', /withdraw_consent/);
    assert.match(messages[1]?.content ?? '', /三十来万/);
  });

  test('answers outside the schema, errors and timeouts give no proposal (the rules stand alone)', async () => {
    for (const bad of [
      { status: 200, content: 'sure! it means they want money' },
      { status: 200, content: JSON.stringify({ intent: 'delete_everything', facts: {} }) },
      { status: 200, content: JSON.stringify({ intent: 'provide_info', facts: { monthlyRevenue: 'lots' } }) },
      { status: 500, content: '' },
      { status: 200, content: JSON.stringify({ intent: 'done', facts: {} }), delayMs: 1_500 },
    ]) {
      answer = bad;
      assert.equal(await proposeUnderstanding(model(), request), null, JSON.stringify(bad));
    }
  });

  test('fenced JSON and null facts are accepted; unknown fields are ignored', async () => {
    answer = { status: 200, content: '```json\n{"intent":"ask_question","facts":{"employees":null,"mood":"happy"}}\n```' };
    assert.deepEqual(await proposeUnderstanding(model(), request), { model: 'qwen-test', intent: 'ask_question', facts: {} });
  });
});

describe('the guard on a model proposal', () => {
  test('keeps figures the message carries (as is, per day, per year, a midpoint) and drops invented or implausible ones', () => {
    const proposal = {
      model: 'm',
      intent: 'provide_info' as const,
      facts: { monthlyRevenue: 300_000, vehicles: 5, employees: 40, seats: 9_999, industry: 'logistics' as const },
    };
    const kept = guardProposal(proposal, '我们月流水三十来万，有5辆车', '2026-11-29');
    assert.deepEqual(kept.facts, { monthlyRevenue: 300_000, vehicles: 5, industry: 'logistics' });
    assert.deepEqual(kept.dropped.sort(), ['employees', 'seats']);
    assert.deepEqual(guardProposal({ ...proposal, facts: { monthlyRevenue: 300_000 } }, 'about 10k a day', '2026-11-29').facts, {
      monthlyRevenue: 300_000,
    });
    assert.deepEqual(guardProposal({ ...proposal, facts: { monthlyRevenue: 350_000 } }, '旺季50万淡季20万', '2026-11-29').facts, {
      monthlyRevenue: 350_000,
    });
    assert.deepEqual(guardProposal({ ...proposal, facts: { yearsInBusiness: 8 } }, 'been trading since 2018', '2026-11-29').facts, {
      yearsInBusiness: 8,
    });
    assert.deepEqual(guardProposal({ ...proposal, facts: { monthlyRevenue: 9_000_000 } }, 'we are doing fine', '2026-11-29').dropped, [
      'monthlyRevenue',
    ]);
  });
});
