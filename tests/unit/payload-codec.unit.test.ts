import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { test } from 'node:test';
import { defaultPayloadConverter, type Payload } from '@temporalio/common';
import { DEFLATE_FROM_BYTES, payloadCodecFor, payloadKeyFrom } from '@uplift/temporal';

const text = (payload: Payload | undefined) => Buffer.from(payload?.data ?? new Uint8Array()).toString('utf8');
const secret = { name: '张伟明', idNumber: '11010519491231002X', note: 'x'.repeat(4_000) };

test('a payload round-trips, compressed and sealed: no plain text, a key id but no key in the metadata', async () => {
  const master = randomBytes(32);
  const codec = payloadCodecFor({ current: master, previous: [] });
  const plain = defaultPayloadConverter.toPayload(secret);
  const [sealed] = await codec.encode([plain]);
  assert.ok(sealed?.data);
  const raw = Buffer.concat([
    Buffer.from(sealed.data),
    ...Object.values(sealed.metadata ?? {}).map((v) => Buffer.from(v ?? new Uint8Array())),
  ]);
  for (const value of [secret.name, secret.idNumber, 'xxxx']) assert.equal(raw.includes(Buffer.from(value)), false, `${value} is visible`);
  assert.equal(raw.includes(master), false);
  assert.equal(Buffer.from(sealed.metadata?.['encryption-key-id'] ?? []).toString(), payloadKeyFrom(master).id);
  assert.ok(sealed.data.length < (plain.data?.length ?? 0) / 4, 'deflated before encryption');
  const [opened] = await codec.decode([sealed]);
  assert.deepEqual(defaultPayloadConverter.fromPayload(opened as Payload), secret);
});

test('every encoding uses a fresh IV: the same payload never seals to the same bytes', async () => {
  const codec = payloadCodecFor({ current: randomBytes(32), previous: [] });
  const plain = defaultPayloadConverter.toPayload('same');
  const [a, b] = await codec.encode([plain, plain]);
  assert.notDeepEqual(Buffer.from(a?.data ?? []), Buffer.from(b?.data ?? []));
});

test('after a rotation the previous key still decodes, new payloads use the new key, and a retired key is named', async () => {
  const old = randomBytes(32);
  const next = randomBytes(32);
  const [before] = await payloadCodecFor({ current: old, previous: [] }).encode([defaultPayloadConverter.toPayload(secret)]);
  const rotated = payloadCodecFor({ current: next, previous: [old] });
  assert.deepEqual(defaultPayloadConverter.fromPayload((await rotated.decode([before as Payload]))[0] as Payload), secret);
  const [after] = await rotated.encode([defaultPayloadConverter.toPayload(1)]);
  assert.equal(Buffer.from(after?.metadata?.['encryption-key-id'] ?? []).toString(), payloadKeyFrom(next).id);
  await assert.rejects(
    payloadCodecFor({ current: next, previous: [] }).decode([before as Payload]),
    /unknown key .*UPLIFT_MASTER_KEY_PREVIOUS/,
  );
});

test('a tampered payload fails to decode; a payload that was never encrypted passes through', async () => {
  const codec = payloadCodecFor({ current: randomBytes(32), previous: [] });
  const [sealed] = await codec.encode([defaultPayloadConverter.toPayload(secret)]);
  const data = Buffer.from(sealed?.data ?? []);
  data[data.length - 1] = (data[data.length - 1] ?? 0) ^ 1;
  await assert.rejects(codec.decode([{ ...sealed, data }]));
  const legacy = defaultPayloadConverter.toPayload({ from: 'before the codec' });
  assert.equal(text((await codec.decode([legacy]))[0]), text(legacy));
});

test('a small payload is sealed without compression, says so in its metadata, and round-trips; an unknown cipher is refused', async () => {
  const codec = payloadCodecFor({ current: randomBytes(32), previous: [] });
  const small = { messageId: 'm-1', text: '月流水大概三十来万' };
  const plain = defaultPayloadConverter.toPayload(small);
  assert.ok((plain.data?.length ?? 0) < DEFLATE_FROM_BYTES);
  const [sealed] = await codec.encode([plain]);
  assert.equal(Buffer.from(sealed?.metadata?.['encryption-cipher'] ?? []).toString(), 'AES-256-GCM');
  assert.equal(Buffer.from(sealed?.data ?? []).includes(Buffer.from('月流水')), false, 'sealed, not plain');
  const [opened] = await codec.decode([sealed as Payload]);
  assert.deepEqual(defaultPayloadConverter.fromPayload(opened as Payload), small);
  const [large] = await codec.encode([defaultPayloadConverter.toPayload(secret)]);
  assert.equal(Buffer.from(large?.metadata?.['encryption-cipher'] ?? []).toString(), 'AES-256-GCM+deflate');
  const unknown = { ...sealed, metadata: { ...sealed?.metadata, 'encryption-cipher': Buffer.from('ROT13') } };
  await assert.rejects(codec.decode([unknown]), /unknown cipher ROT13/);
});
