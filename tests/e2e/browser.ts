// Shared set-up for browser tests: serve the built dist/ on a free port and drive Debian's Chromium.
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { serveStatic, type StaticServer } from '../../scripts/server/static.ts';
import { CHROMIUM_FLAGS, chromiumPath } from '../../scripts/chromium.ts';

export interface Session { server: StaticServer; browser: Browser; url: (path?: string) => string; close: () => Promise<void> }

export async function openSession(root = process.env.DIST_DIR ?? 'dist', base = process.env.BASE ?? '/'): Promise<Session> {
  const executablePath = chromiumPath();
  if (!executablePath) throw new Error('Chromium not found: install it (apt-get install chromium) or set CHROMIUM_PATH');
  const server = await serveStatic(root, { base });
  const browser = await chromium.launch({ executablePath, args: CHROMIUM_FLAGS, headless: true });
  return {
    server, browser,
    url: (path = '') => `${server.url}${path}`,
    close: async () => { await browser.close(); await server.close(); },
  };
}

/** A page that records console errors, failed requests and any request that leaves the local server. */
export async function watchedPage(session: Session, options: Parameters<Browser['newContext']>[0] = {}) {
  const context: BrowserContext = await session.browser.newContext(options);
  const page: Page = await context.newPage();
  const problems: string[] = [];
  const origin = new URL(session.server.url).origin;
  page.on('console', (m) => { if (m.type() === 'error') problems.push(`console: ${m.text()}`); });
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('requestfailed', (r) => problems.push(`failed: ${r.url()} ${r.failure()?.errorText}`));
  page.on('response', (r) => { if (r.status() >= 400) problems.push(`HTTP ${r.status()}: ${r.url()}`); });
  page.on('request', (r) => { if (!r.url().startsWith(origin) && !r.url().startsWith('data:') && !r.url().startsWith('blob:')) problems.push(`left localhost: ${r.url()}`); });
  return { context, page, problems };
}
