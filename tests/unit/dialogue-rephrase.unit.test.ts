import assert from 'node:assert/strict';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, test } from 'node:test';
import { rephraseReply, validateRephrasing, type RephraseRequest } from '@uplift/dialogue';
import { createHttpRephraser } from '@uplift/language-model';

const request: RephraseRequest = {
  text: '建议您上传「道路运输证」。按行业经验估算，每一份经核实的「道路运输证」大约可多支撑6.3万元的额度，仅为估算，最终以审批为准。',
  language: 'zh',
  action: { kind: 'request_evidence', evidence: { kind: 'voucher', type: 'road_transport_certificate' } },
};

describe('rephrasing validation', () => {
  test('keeps a faithful rewording', () => {
    assert.deepEqual(
      validateRephrasing(
        request,
        '方便的话请上传「道路运输证」。按行业经验粗估，每份核实过的道路运输证约可多支撑6.3万元额度，仅供参考，以审批为准。',
      ),
      { ok: true },
    );
  });
  test('rejects changed numbers, a dropped action, a promise, another language', () => {
    assert.deepEqual(validateRephrasing(request, '请上传「道路运输证」，每份可多支撑10万元额度，以审批为准。'), {
      ok: false,
      reason: 'numbers_changed',
    });
    assert.deepEqual(validateRephrasing(request, '请上传营业执照，每份约可多支撑6.3万元额度，以审批为准。'), {
      ok: false,
      reason: 'action_changed',
    });
    assert.deepEqual(validateRephrasing(request, '上传「道路运输证」保证多支撑6.3万元额度。'), { ok: false, reason: 'promise_added' });
    assert.deepEqual(validateRephrasing(request, 'Please upload your road transport certificate, about 6.3 more.'), {
      ok: false,
      reason: 'language_changed',
    });
  });
  test('off by default: no rephraser, the template is used', async () => {
    assert.deepEqual(await rephraseReply(null, request), { text: request.text, rephrased: false, reason: 'disabled' });
  });
});

describe('HTTP rephraser against a local fake OpenAI-compatible endpoint', () => {
  let server: Server;
  let baseUrl = '';
  let answer: (body: unknown) => { status: number; json: unknown } = () => ({ status: 200, json: {} });
  const seen: unknown[] = [];

  const readBody = async (req: IncomingMessage) => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    return JSON.parse(Buffer.concat(chunks).toString('utf8')) as unknown;
  };

  before(async () => {
    server = createServer((req, res) => {
      void readBody(req).then((body) => {
        seen.push({ url: req.url, auth: req.headers.authorization, body });
        const { status, json } = answer(body);
        res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(json));
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/v1`;
  });
  after(async () => {
    await new Promise<void>((resolve) => server.close(() => resolve()));
  });

  const chat = (content: string) => () => ({ status: 200, json: { choices: [{ message: { role: 'assistant', content } }] } });

  test('a valid rewording is used, and the request is an OpenAI chat completion', async () => {
    answer = chat('方便的话请上传「道路运输证」。按行业经验粗估，每份核实过的道路运输证约可多支撑6.3万元额度，仅供参考，以审批为准。');
    const result = await rephraseReply(createHttpRephraser({ baseUrl, model: 'fake', apiKey: 'k' }), request);
    assert.equal(result.rephrased, true);
    const last = seen.at(-1) as { url: string; auth: string; body: { model: string; messages: { role: string; content: string }[] } };
    assert.equal(last.url, '/v1/chat/completions');
    assert.equal(last.auth, 'Bearer k');
    assert.equal(last.body.messages.at(-1)?.content, request.text);
  });

  test('an answer that changes a number falls back to the template', async () => {
    answer = chat('请上传「道路运输证」，每份可多支撑20万元额度，以审批为准。');
    const result = await rephraseReply(createHttpRephraser({ baseUrl, model: 'fake' }), request);
    assert.deepEqual(result, { text: request.text, rephrased: false, reason: 'numbers_changed' });
  });

  test('a server error or a malformed body falls back to the template', async () => {
    answer = () => ({ status: 500, json: { error: 'boom' } });
    assert.equal((await rephraseReply(createHttpRephraser({ baseUrl, model: 'fake' }), request)).text, request.text);
    answer = () => ({ status: 200, json: { choices: [] } });
    assert.equal((await rephraseReply(createHttpRephraser({ baseUrl, model: 'fake' }), request)).rephrased, false);
  });

  test('an unreachable endpoint falls back to the template', async () => {
    const result = await rephraseReply(createHttpRephraser({ baseUrl: 'http://127.0.0.1:9/v1', model: 'fake', timeoutMs: 500 }), request);
    assert.equal(result.rephrased, false);
  });
});
