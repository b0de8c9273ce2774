import assert from 'node:assert/strict';
import { test } from 'node:test';
import { jsonLogger } from '@uplift/worker';

test('the worker logs with the same redaction list as the API: merchant text, tokens and credentials never reach a line', () => {
  const lines: string[] = [];
  const write = process.stdout.write.bind(process.stdout);
  process.stdout.write = (chunk: string | Uint8Array) => {
    lines.push(String(chunk));
    return true;
  };
  try {
    jsonLogger('info').warn('retrying with Bearer abc.def-123 against postgres://app:hunter2@db/uplift', {
      text: '我的身份证号是11010519491231002X',
      caseId: 'c-1',
      nested: { token: 't0k3n', fileName: '营业执照.jpg' },
    });
  } finally {
    process.stdout.write = write;
  }
  assert.equal(lines.length, 1);
  const line = JSON.parse(lines[0] ?? '{}') as Record<string, unknown>;
  assert.equal(line['caseId'], 'c-1', 'ids stay');
  for (const secret of ['abc.def-123', 'hunter2', '11010519491231002X', 't0k3n', '营业执照'])
    assert.ok(!(lines[0] ?? '').includes(secret), `${secret} leaked`);
  assert.equal(line['text'], '[redacted]');
});
