import { randomUUID } from 'node:crypto';
import { STATUS_CODES } from 'node:http';
import type { Duplex } from 'node:stream';
import { ErrorCode } from '@uplift/domain';
import { errorBody } from '../errors/error-body';
import { httpStatusForCode } from '../errors/http-status-for-code';
import type { JsonLogger } from '../logging/json-logger';
import type { ApiMetrics } from '../metrics/api-metrics';

/** Largest request head (request line and headers) the server parses: Node's default, stated here. */
export const MAX_HEADER_BYTES = 16 * 1024;

/** How long a refused connection keeps discarding what the client still sends before it is cut. */
export const LINGER_MS = 5_000;

type ClientError = Error & { code?: string };

/**
 * The http server's `clientError` listener: answers requests Node could not parse (a head over
 * MAX_HEADER_BYTES is 431 REQUEST_HEADERS_TOO_LARGE, other malformed requests 400) in the usual error
 * format, with `Connection: close`. The connection is half-closed after the answer and whatever the
 * client is still sending is read and dropped for up to LINGER_MS ("lingering close"): closing with
 * unread bytes would make the kernel send a TCP reset, and the client could lose the answer.
 */
export function clientErrorHandler(logger: JsonLogger, metrics?: ApiMetrics) {
  const answered = new WeakSet<Duplex>();
  return (error: ClientError, socket: Duplex): void => {
    // The parser reports again for every later chunk (and at the end) of a request it gave up on.
    if (answered.has(socket)) return;
    answered.add(socket);
    const inFlight = (socket as { _httpMessage?: { headersSent?: boolean } })._httpMessage;
    if (error.code === 'ECONNRESET' || !socket.writable || inFlight?.headersSent) {
      socket.destroy();
      return;
    }
    const requestId = randomUUID();
    const response = responseFor(error, requestId);
    if (response.code) metrics?.countError(response.code);
    logger.write('info', 'http client error', { requestId, error: error.code ?? error.name, status: response.status });
    socket.end(response.text);
    const cut = setTimeout(() => socket.destroy(), LINGER_MS);
    cut.unref();
    socket.once('close', () => clearTimeout(cut));
  };
}

function responseFor(error: ClientError, requestId: string): { status: number; code?: ErrorCode; text: string } {
  if (error.code === 'ERR_HTTP_REQUEST_TIMEOUT') {
    // Not a client mistake the error codes describe; Node's own answer says all there is.
    return { status: 408, text: 'HTTP/1.1 408 Request Timeout\r\nConnection: close\r\nContent-Length: 0\r\n\r\n' };
  }
  const [code, message, details] =
    error.code === 'HPE_HEADER_OVERFLOW'
      ? [ErrorCode.RequestHeadersTooLarge, 'The request headers are too large.', { maxBytes: MAX_HEADER_BYTES }]
      : [ErrorCode.ValidationFailed, 'The request could not be parsed as HTTP/1.1.', {}];
  const status = httpStatusForCode(code);
  const body = JSON.stringify(errorBody(code, message, details, requestId));
  const head = [
    `HTTP/1.1 ${status} ${STATUS_CODES[status] ?? 'Error'}`,
    'Content-Type: application/json; charset=utf-8',
    `Content-Length: ${Buffer.byteLength(body)}`,
    `X-Request-Id: ${requestId}`,
    'Connection: close',
  ];
  return { status, code, text: `${head.join('\r\n')}\r\n\r\n${body}` };
}
