import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { sniffMedia } from '@uplift/domain';

const bytes = (...values: number[]): Uint8Array => Uint8Array.from(values);
const text = (value: string): Uint8Array => new TextEncoder().encode(value);

describe('sniffMedia', () => {
  test('recognises JPEG by FF D8 FF', () => {
    assert.deepEqual(sniffMedia(bytes(0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 0x4a, 0x46)), { format: 'jpeg', mediaType: 'image/jpeg' });
  });

  test('recognises PNG by its eight-byte signature', () => {
    assert.deepEqual(sniffMedia(bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13)), {
      format: 'png',
      mediaType: 'image/png',
    });
  });

  test('recognises WebP by RIFF....WEBP whatever the RIFF size', () => {
    const head = new Uint8Array([...text('RIFF'), 0x12, 0x34, 0x56, 0x78, ...text('WEBPVP8 ')]);
    assert.deepEqual(sniffMedia(head), { format: 'webp', mediaType: 'image/webp' });
  });

  test('recognises PDF by %PDF-', () => {
    assert.deepEqual(sniffMedia(text('%PDF-1.7\n%âãÏÓ')), { format: 'pdf', mediaType: 'application/pdf' });
  });

  test('rejects text, other RIFF files, truncated signatures and empty input', () => {
    assert.equal(sniffMedia(text('hello, I am a jpeg, honestly')), null);
    assert.equal(sniffMedia(new Uint8Array([...text('RIFF'), 0, 0, 0, 0, ...text('WAVEfmt ')])), null);
    assert.equal(sniffMedia(bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a)), null);
    assert.equal(sniffMedia(bytes(0xff, 0xd8)), null);
    assert.equal(sniffMedia(text('%PDF')), null);
    assert.equal(sniffMedia(new Uint8Array(0)), null);
  });

  test('rejects formats that are images but not accepted (GIF, BMP, TIFF, SVG)', () => {
    assert.equal(sniffMedia(text('GIF89a\x01\x00\x01\x00')), null);
    assert.equal(sniffMedia(bytes(0x42, 0x4d, 0x3a, 0, 0, 0, 0, 0)), null);
    assert.equal(sniffMedia(bytes(0x49, 0x49, 0x2a, 0, 8, 0, 0, 0)), null);
    assert.equal(sniffMedia(text('<svg xmlns="http://www.w3.org/2000/svg"/>')), null);
  });
});
