import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';

/** One file the console serves. */
export interface ConsoleAsset {
  body: Buffer;
  contentType: string;
}

/** The console's files by URL path under /console, and the Content-Security-Policy its page needs. */
export interface ConsoleAssets {
  files: ReadonlyMap<string, ConsoleAsset>;
  contentSecurityPolicy: string;
}

const TYPES: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.html': 'text/html; charset=utf-8',
  '.svg': 'image/svg+xml',
};

// The two libraries the console is built on, served from the installed packages (no CDN, no bundler):
// their ES module builds, found through each package's own exports.
const VENDOR: Record<string, (root: string) => string> = {
  'vendor/preact.mjs': (root) => require.resolve('preact', { paths: [root] }),
  'vendor/hooks.mjs': (root) => require.resolve('preact/hooks', { paths: [root] }),
  'vendor/htm.mjs': (root) => join(dirname(require.resolve('htm', { paths: [root] })), 'htm.mjs'),
};

const typeOf = (path: string): string => TYPES[path.slice(path.lastIndexOf('.'))] ?? 'application/octet-stream';

/**
 * Reads the console (apps/console: compiled modules in dist/, the page and styles in public/) and the
 * vendored libraries into memory once at boot: a few hundred kB. The page's import map is inline, so
 * the policy allows exactly that script by its hash and nothing else inline.
 */
export function loadConsoleAssets(): ConsoleAssets {
  const files = new Map<string, ConsoleAsset>();
  const root = dirname(require.resolve('@uplift/console/package.json'));
  for (const [folder, prefix] of [
    [join(root, 'public'), ''],
    [join(root, 'dist'), 'app/'],
  ] as const) {
    if (!existsSync(folder)) continue;
    for (const file of readdirSync(folder, { recursive: true, encoding: 'utf8' })) {
      if (!/\.(js|css|html|svg)$/.test(file)) continue;
      const path = prefix + relative(folder, join(folder, file)).split(sep).join('/');
      files.set(path, { body: readFileSync(join(folder, file)), contentType: typeOf(path) });
    }
  }
  for (const [path, locate] of Object.entries(VENDOR)) {
    files.set(path, { body: readFileSync(locate(root)), contentType: typeOf(path) });
  }
  // Every module is announced up front, so the browser fetches the whole graph at once instead of level by level.
  const modules = [...files.keys()].filter((path) => /\.m?js$/.test(path)).sort();
  const preload = modules.map((path) => `<link rel="modulepreload" href="/console/${path}" />`).join('\n');
  const page = (files.get('index.html')?.body.toString('utf8') ?? '').replace('<!-- modulepreload -->', preload);
  if (files.has('index.html')) files.set('index.html', { body: Buffer.from(page, 'utf8'), contentType: typeOf('index.html') });
  const inline = [...page.matchAll(/<script type="importmap">([\s\S]*?)<\/script>/g)].map(
    (m) =>
      `'sha256-${createHash('sha256')
        .update(m[1] ?? '')
        .digest('base64')}'`,
  );
  const contentSecurityPolicy = [
    "default-src 'none'",
    `script-src 'self' ${inline.join(' ')}`.trim(),
    "style-src 'self'",
    "img-src 'self' blob: data:",
    "connect-src 'self'",
    "font-src 'self'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
  return { files, contentSecurityPolicy };
}
