import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { TestContext } from 'node:test';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

/** Where Debian's chromium package puts the browser; CHROMIUM_PATH overrides it. */
export const CHROMIUM_CANDIDATES = ['/usr/bin/chromium', '/usr/lib/chromium/chromium', '/usr/bin/chromium-browser'];

/** Screenshots of failed browser tests land here (ignored by git); CONSOLE_SCREENSHOT_DIR overrides it. */
export const SCREENSHOT_DIR = resolve(process.env['CONSOLE_SCREENSHOT_DIR'] ?? join(__dirname, '../../../.data/console-screenshots'));

/** The chromium executable, or an error saying how the test command installs it. */
export function chromiumPath(): string {
  const found = [process.env['CHROMIUM_PATH'], ...CHROMIUM_CANDIDATES].find(
    (p): p is string => typeof p === 'string' && p.length > 0 && existsSync(p),
  );
  if (!found)
    throw new Error(
      `no chromium found (${CHROMIUM_CANDIDATES.join(', ')}); \`npm test\` installs Debian's chromium package (apps/devstack/bin/uplift), or set CHROMIUM_PATH`,
    );
  return found;
}

/** Headless chromium as the environment allows it (root, no GPU, no network services of its own). */
export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath(),
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-dev-shm-usage',
    ],
  });
}

/** A fresh browser profile (cookies of its own) with downloads allowed. */
export async function newConsolePage(
  browser: Browser,
  locale: 'zh-CN' | 'en-GB' = 'en-GB',
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ acceptDownloads: true, locale, viewport: { width: 1400, height: 1000 } });
  const page = await context.newPage();
  return { context, page };
}

/** Runs a browser step; when it fails, the page is saved as a screenshot named after the test before the failure goes on. */
export async function withScreenshotOnFailure<T>(t: TestContext, page: Page, step: () => Promise<T>): Promise<T> {
  try {
    return await step();
  } catch (error) {
    mkdirSync(SCREENSHOT_DIR, { recursive: true });
    const file = join(SCREENSHOT_DIR, `${t.name.replace(/[^A-Za-z0-9]+/g, '-').slice(0, 80)}-${Date.now()}.png`);
    await page.screenshot({ path: file, fullPage: true }).then(
      () => t.diagnostic(`screenshot of the failure: ${file}`),
      (shot: unknown) => t.diagnostic(`no screenshot: ${String(shot)}`),
    );
    throw error;
  }
}

/** Signs in through the console's form with `apiKey`. */
export async function signInWith(page: Page, base: string, apiKey: string): Promise<void> {
  await page.goto(`${base}/console`);
  await page.getByLabel(/API key|API 密钥/).fill(apiKey);
  await page.getByRole('button', { name: /^(Sign in|登录)$/ }).click();
}

/** An axe-core violation, as the test reports it. */
export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[] }[];
}

const AXE_SOURCE = (): string => readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

/** Runs axe-core (WCAG 2 A/AA rules) in the page; returns the violations of serious or critical impact. */
export async function axeViolations(page: Page): Promise<AxeViolation[]> {
  // Evaluated over the DevTools protocol, which the page's Content-Security-Policy does not restrict.
  await page.evaluate(AXE_SOURCE());
  const found = await page.evaluate(async () => {
    const axe = (globalThis as unknown as { axe: { run(context: unknown, options: unknown): Promise<{ violations: AxeViolation[] }> } })
      .axe;
    const result = await axe.run((globalThis as unknown as { document: unknown }).document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa'] },
    });
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => ({ target: n.target })) }));
  });
  return found.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}
