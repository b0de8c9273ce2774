import type { IncomingMessage } from 'node:http';
import busboy from 'busboy';
import { DomainError, ErrorCode } from '@uplift/domain';
import { validationFailed } from '../errors/field-problems';

/** The text fields an evidence upload may carry. */
export type EvidenceFieldName = 'kind' | 'consent';

/** What was read from an evidence upload: its small fields and the file's bytes (null if no file part). */
export interface EvidenceMultipart {
  fields: Partial<Record<EvidenceFieldName, string>>;
  file: Buffer | null;
}

// Room for the multipart framing and the two small fields on top of the file itself.
const MULTIPART_OVERHEAD_BYTES = 16 * 1024;
const FIELD_NAMES: ReadonlySet<string> = new Set<EvidenceFieldName>(['kind', 'consent']);
const FILE_FIELD = 'file';

/**
 * Reads a multipart/form-data evidence upload straight from the request stream. At most one file
 * (part `file`) of at most `maxFileBytes` is held in memory: once the file passes the cap, reading
 * stops and the promise rejects with PAYLOAD_TOO_LARGE, so an endless upload costs at most the cap.
 * The client's file name and part content type are ignored.
 */
export function readEvidenceMultipart(req: IncomingMessage, maxFileBytes: number): Promise<EvidenceMultipart> {
  const contentType = req.headers['content-type'] ?? '';
  if (!/^multipart\/form-data\s*;/i.test(contentType)) {
    return Promise.reject(new DomainError(ErrorCode.UnsupportedMediaType, 'Send evidence as multipart/form-data.'));
  }
  const declaredLength = Number(req.headers['content-length'] ?? NaN);
  if (declaredLength > maxFileBytes + MULTIPART_OVERHEAD_BYTES) {
    return Promise.reject(tooLarge(maxFileBytes));
  }

  let parser: busboy.Busboy;
  try {
    parser = busboy({
      headers: req.headers,
      // busboy reports `parts` when the count is *reached* (and `files`/`fields` when exceeded), so the
      // parts limit is one more than the three parts a valid upload has: reaching it means one too many.
      limits: { files: 1, fileSize: maxFileBytes, fields: FIELD_NAMES.size, fieldSize: 256, fieldNameSize: 32, parts: 4, headerPairs: 16 },
    });
  } catch {
    return Promise.reject(validationFailed([], 'The multipart body is malformed (boundary missing).'));
  }

  return new Promise<EvidenceMultipart>((resolve, reject) => {
    const fields: Partial<Record<EvidenceFieldName, string>> = {};
    let file: Buffer | null = null;
    let settled = false;

    const fail = (error: DomainError): void => {
      if (settled) return;
      settled = true;
      // Stop reading: the error response goes out with "Connection: close" (see the exception filter).
      // The parser is left alone rather than destroyed: it may be inside one of its own callbacks, and
      // once unpiped it receives nothing more and is collected with the request.
      req.unpipe(parser);
      req.pause();
      reject(error);
    };

    parser.on('field', (name, value, info) => {
      if (!FIELD_NAMES.has(name)) return fail(validationFailed([{ field: name, problems: ['is not an accepted field'] }]));
      if (info.valueTruncated) return fail(validationFailed([{ field: name, problems: ['is too long'] }]));
      if (fields[name as EvidenceFieldName] !== undefined) {
        return fail(validationFailed([{ field: name, problems: ['must be sent once'] }]));
      }
      fields[name as EvidenceFieldName] = value;
    });

    parser.on('file', (name, stream) => {
      if (name !== FILE_FIELD) {
        stream.resume();
        return fail(validationFailed([{ field: name, problems: [`is not accepted; send the file as part "${FILE_FIELD}"`] }]));
      }
      const chunks: Buffer[] = [];
      let size = 0;
      stream.on('data', (chunk: Buffer) => {
        size += chunk.length;
        chunks.push(chunk);
      });
      stream.on('limit', () => fail(tooLarge(maxFileBytes)));
      stream.on('error', () => fail(validationFailed([], 'The upload was interrupted.')));
      stream.on('end', () => {
        if (!stream.truncated) file = Buffer.concat(chunks, size);
      });
    });

    parser.on('filesLimit', () => fail(validationFailed([{ field: FILE_FIELD, problems: ['only one file may be sent'] }])));
    parser.on('fieldsLimit', () => fail(validationFailed([], 'Too many fields: send only kind, consent and file.')));
    parser.on('partsLimit', () => fail(validationFailed([], 'Too many parts: send only kind, consent and file.')));
    parser.on('error', () => fail(validationFailed([], 'The multipart body is malformed or incomplete.')));
    parser.on('close', () => {
      if (settled) return;
      settled = true;
      resolve({ fields, file });
    });
    req.on('error', () => fail(validationFailed([], 'The upload was interrupted.')));
    req.pipe(parser);
  });
}

function tooLarge(maxFileBytes: number): DomainError {
  return new DomainError(ErrorCode.PayloadTooLarge, `The file is larger than ${maxFileBytes} bytes.`, { maxBytes: maxFileBytes });
}
