import { Controller, Get, Inject, Param, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import { DomainError, ErrorCode } from '@uplift/domain';
import { Public } from '../auth/access-metadata';
import type { ApiResponse as HttpResponse } from '../http/api-request';
import type { ConsoleAssets } from './console-assets';

/** Injection token of the loaded console files. */
export const CONSOLE_ASSETS = Symbol('ConsoleAssets');

/**
 * Serves the browser console at /console: static files only, same origin as the API. The page holds
 * no data; everything it shows comes from the API with the signed-in session's roles.
 */
@ApiExcludeController()
@Public()
@Controller('console')
export class ConsolePageController {
  constructor(@Inject(CONSOLE_ASSETS) private readonly assets: ConsoleAssets) {}

  /** GET /console: the page. */
  @Get()
  page(@Res() res: HttpResponse): void {
    this.send(res, 'index.html');
  }

  /** GET /console/<file>: its modules, styles and the vendored libraries. */
  @Get('*path')
  file(@Param('path') path: string[] | string, @Res() res: HttpResponse): void {
    const joined = Array.isArray(path) ? path.join('/') : path;
    this.send(res, joined === '' ? 'index.html' : joined);
  }

  private send(res: HttpResponse, path: string): void {
    const asset = this.assets.files.get(path);
    if (!asset) throw new DomainError(ErrorCode.RouteNotFound, 'No such console file.');
    res.setHeader('Content-Type', asset.contentType);
    res.setHeader('Cache-Control', 'no-cache');
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.setHeader('Referrer-Policy', 'no-referrer');
    if (path.endsWith('.html')) {
      res.setHeader('Content-Security-Policy', this.assets.contentSecurityPolicy);
      res.setHeader('X-Frame-Options', 'DENY');
    }
    res.end(asset.body);
  }
}
