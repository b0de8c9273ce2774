import { createServer, type RequestListener } from 'node:http';
import type { Duplex } from 'node:stream';
import type { NestApplicationOptions } from '@nestjs/common';
import { ExpressAdapter } from '@nestjs/platform-express';
import type { RouterLayer } from './allowed-methods';
import { MAX_HEADER_BYTES } from './client-error';

const KEEP_ALIVE_MS = 65_000;
import { methodNotAllowedMiddleware } from './method-not-allowed.middleware';

type ClientErrorListener = (error: Error, socket: Duplex) => void;
type NotFoundHandler = Parameters<ExpressAdapter['setNotFoundHandler']>[0];

/**
 * Nest's Express adapter with the HTTP behaviour the API promises: the server that `listen` starts is
 * built here (explicit MAX_HEADER_BYTES, our `clientError` answer), and a route-less request on a
 * path that other methods serve gets 405 with Allow before Nest's not-found handler sees it.
 */
export class ApiHttpAdapter extends ExpressAdapter {
  constructor(private readonly onClientError: ClientErrorListener) {
    super();
  }

  override initHttpServer(options: NestApplicationOptions): void {
    // TLS ends in front of the API, and shutdown drains connections itself: neither option is used.
    if (options.httpsOptions || options.forceCloseConnections)
      throw new Error('ApiHttpAdapter serves plain HTTP without forceCloseConnections');
    // Idle keep-alive connections stay open longer than any client or load balancer keeps them (fetch:
    // 4 s, proxies: 60 s), so the client always closes first: a server that closes an idle connection
    // just as the client reuses it (likelier when the event loop is busy) answers with ECONNRESET.
    const server = createServer(
      { maxHeaderSize: MAX_HEADER_BYTES, keepAliveTimeout: KEEP_ALIVE_MS, headersTimeout: KEEP_ALIVE_MS + 1_000 },
      this.getInstance<RequestListener>(),
    );
    server.on('clientError', this.onClientError);
    this.setHttpServer(server);
  }

  // Nest calls this once, after every route is registered, so the middleware goes right after them.
  override setNotFoundHandler(handler: NotFoundHandler, prefix?: string): unknown {
    const app = this.getInstance<{ router: { stack: readonly RouterLayer[] } }>();
    this.use(methodNotAllowedMiddleware(() => app.router.stack));
    return super.setNotFoundHandler(handler, prefix) as unknown;
  }
}
