import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import sharp from 'sharp';
import { checkUploadContent, readImageDimensions } from '@uplift/api';
import { ErrorCode, isDomainError } from '@uplift/domain';

const solid = (width: number, height: number, alpha = false) =>
  sharp({ create: { width, height, channels: alpha ? 4 : 3, background: { r: 40, g: 90, b: 160, alpha: 0.5 } } });

/** A PNG whose IHDR declares `width`×`height` but which carries no pixel data at all. */
function pngHeader(width: number, height: number): Buffer {
  const ihdr = Buffer.alloc(25);
  ihdr.writeUInt32BE(13, 0);
  ihdr.write('IHDR', 4, 'latin1');
  ihdr.writeUInt32BE(width, 8);
  ihdr.writeUInt32BE(height, 12);
  ihdr.set([8, 2, 0, 0, 0], 16);
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), ihdr]);
}

const expectCode = (code: ErrorCode) => (error: unknown) => {
  assert.ok(isDomainError(error), `expected a DomainError, got ${String(error)}`);
  assert.equal(error.code, code);
  return true;
};

describe('readImageDimensions', () => {
  test('reads baseline and progressive JPEG frames, also behind EXIF', async () => {
    assert.deepEqual(readImageDimensions('jpeg', await solid(321, 123).jpeg().toBuffer()), { width: 321, height: 123 });
    assert.deepEqual(readImageDimensions('jpeg', await solid(64, 480).jpeg({ progressive: true }).toBuffer()), { width: 64, height: 480 });
    const withExif = await solid(200, 150)
      .withMetadata({ exif: { IFD0: { Copyright: 'uplift test' } } })
      .jpeg()
      .toBuffer();
    assert.deepEqual(readImageDimensions('jpeg', withExif), { width: 200, height: 150 });
  });

  test('reads PNG from IHDR', async () => {
    assert.deepEqual(readImageDimensions('png', await solid(17, 9).png().toBuffer()), { width: 17, height: 9 });
  });

  test('reads lossy (VP8), lossless (VP8L) and extended (VP8X) WebP', async () => {
    assert.deepEqual(readImageDimensions('webp', await solid(300, 200).webp().toBuffer()), { width: 300, height: 200 });
    assert.deepEqual(readImageDimensions('webp', await solid(129, 77).webp({ lossless: true }).toBuffer()), { width: 129, height: 77 });
    const extended = await solid(250, 41, true)
      .webp()
      .withMetadata({ exif: { IFD0: { Copyright: 'x' } } })
      .toBuffer();
    assert.equal(extended.toString('latin1', 12, 16), 'VP8X');
    assert.deepEqual(readImageDimensions('webp', extended), { width: 250, height: 41 });
  });

  test('reads a declared size without any pixel data (a decompression bomb costs nothing)', () => {
    assert.deepEqual(readImageDimensions('png', pngHeader(60_000, 60_000)), { width: 60_000, height: 60_000 });
  });

  test('returns null for truncated or malformed headers', async () => {
    const jpeg = await solid(10, 10).jpeg().toBuffer();
    assert.equal(readImageDimensions('jpeg', jpeg.subarray(0, 20)), null);
    assert.equal(
      readImageDimensions('jpeg', Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.from('not an image'.repeat(9))])),
      null,
    );
    assert.equal(readImageDimensions('png', pngHeader(10, 10).subarray(0, 20)), null);
    assert.equal(readImageDimensions('png', pngHeader(0, 10)), null);
    assert.equal(readImageDimensions('webp', Buffer.from('RIFF\0\0\0\0WEBPJUNKxxxxxxxxxxxxxxxxxxxxxxxxxx', 'latin1')), null);
  });
});

describe('checkUploadContent', () => {
  test('accepts an image within the pixel budget and reports its media type and size', async () => {
    const png = await solid(100, 100).png().toBuffer();
    assert.deepEqual(checkUploadContent(png, 10_000), {
      format: 'png',
      mediaType: 'image/png',
      dimensions: { width: 100, height: 100 },
    });
  });

  test('rejects an image one pixel over the budget with IMAGE_TOO_LARGE and the numbers', () => {
    assert.throws(
      () => checkUploadContent(pngHeader(101, 100), 10_000),
      (error: unknown) => {
        expectCode(ErrorCode.ImageTooLarge)(error);
        assert.ok(isDomainError(error));
        assert.deepEqual(error.details, { width: 101, height: 100, maxPixels: 10_000 });
        return true;
      },
    );
  });

  test('rejects an unreadable image header with UNDECODABLE_FILE', () => {
    const corrupt = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.from('this is not really an image'.repeat(20))]);
    assert.throws(() => checkUploadContent(corrupt, 50_000_000), expectCode(ErrorCode.UndecodableFile));
  });

  test('rejects content that is not JPEG, PNG, WebP or PDF with UNSUPPORTED_MEDIA_TYPE', () => {
    assert.throws(
      () => checkUploadContent(Buffer.from('plain text pretending to be x.jpg'), 50_000_000),
      expectCode(ErrorCode.UnsupportedMediaType),
    );
  });

  test('accepts a PDF without a pixel check', () => {
    assert.deepEqual(checkUploadContent(Buffer.from('%PDF-1.4\n1 0 obj\n<<>>\nendobj\n'), 10_000), {
      format: 'pdf',
      mediaType: 'application/pdf',
      dimensions: null,
    });
  });
});
