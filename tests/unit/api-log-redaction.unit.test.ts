import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { JsonLogger, redact } from '@uplift/api';

describe('log redaction', () => {
  test('replaces secrets and personal data by key, at any depth', () => {
    const out = redact({
      requestId: 'r-1',
      caseId: 'c-1',
      headers: { authorization: 'Bearer upk_abc_def', Cookie: 'sid=1', 'x-request-id': 'r-1' },
      body: { text: '我的手机号是13800000000', messageId: 'm-1', filename: '身份证.jpg', sizeBytes: 12 },
      crypto: { masterKeyBase64: 'A'.repeat(44) },
      nested: [{ token: 't' }, { password: 'p' }],
    });
    assert.deepEqual(out, {
      requestId: 'r-1',
      caseId: 'c-1',
      headers: { authorization: '[redacted]', Cookie: '[redacted]', 'x-request-id': 'r-1' },
      body: { text: '[redacted]', messageId: 'm-1', filename: '[redacted]', sizeBytes: 12 },
      crypto: { masterKeyBase64: '[redacted]' },
      nested: [{ token: '[redacted]' }, { password: '[redacted]' }],
    });
  });

  test('masks credentials inside connection strings and bearer tokens inside free text', () => {
    assert.equal(
      redact('connect postgres://uplift:s3cret@db:5432/uplift failed'),
      'connect postgres://uplift:[redacted]@db:5432/uplift failed',
    );
    assert.equal(redact('header was Bearer upk_0123_abcDEF-_'), 'header was Bearer [redacted]');
  });

  test('never writes bytes', () => {
    assert.deepEqual(redact({ payload: Buffer.from('secret bytes') }), { payload: '[redacted]' });
  });

  test('JsonLogger writes one redacted JSON object per line and honours the level', () => {
    const lines: string[] = [];
    const logger = new JsonLogger('info', (line) => lines.push(line));
    logger.write('debug', 'hidden', { requestId: 'r-0' });
    logger.info('http request', { requestId: 'r-1', caseId: 'c-1', authorization: 'Bearer x' });
    assert.equal(lines.length, 1);
    const entry = JSON.parse(lines[0] ?? '') as Record<string, unknown>;
    assert.equal(entry.level, 'info');
    assert.equal(entry.msg, 'http request');
    assert.equal(entry.requestId, 'r-1');
    assert.equal(entry.caseId, 'c-1');
    assert.equal(entry.authorization, '[redacted]');
    assert.equal(typeof entry.time, 'string');
  });
});
