// Shared set-up for browser tests: serve the built dist/ on a free port and drive Debian's Chromium.
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { createServer } from 'node:http';
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

/**
 * A page that records console errors, failed requests, any request that leaves the local server and
 * any CSP violation; `settled()` resolves once no request has been in flight for a moment.
 */
export async function watchedPage(session: Session, options: Parameters<Browser['newContext']>[0] = {}) {
  const context: BrowserContext = await session.browser.newContext(options);
  const { page, problems, settled } = await watch(session, context, { javaScript: options.javaScriptEnabled !== false });
  return { context, page, problems, settled };
}

/** Opens and watches another page in a context (to visit many pages in one context, in parallel). */
export async function watch(session: Session, context: BrowserContext, { javaScript = true } = {}) {
  const page: Page = await context.newPage();
  const problems: string[] = [];
  const origin = new URL(session.server.url).origin;
  let inFlight = 0;
  let lastActivity = Date.now();
  // Aborted requests of an earlier visit (cut by the next navigation) and aborted browser-initiated
  // fetches such as the favicon (type 'other') are not problems; a missing file still is (HTTP 404).
  let visit = 0;
  const visitOf = new WeakMap<object, number>();
  const busy = (delta: number) => { inFlight = Math.max(0, inFlight + delta); lastActivity = Date.now(); };
  page.on('console', (m) => { if (m.type() === 'error') problems.push(`console: ${m.text()}`); });
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('requestfailed', (r) => {
    busy(-1);
    if (r.failure()?.errorText === 'net::ERR_ABORTED' && (visitOf.get(r) !== visit || r.resourceType() === 'other')) return;
    problems.push(`failed: ${r.url()} ${r.failure()?.errorText}`);
  });
  page.on('requestfinished', () => busy(-1));
  page.on('response', (r) => { if (r.status() >= 400) problems.push(`HTTP ${r.status()}: ${r.url()}`); });
  page.on('request', (r) => {
    busy(1);
    visitOf.set(r, visit);
    if (!r.url().startsWith(origin) && !r.url().startsWith('data:') && !r.url().startsWith('blob:')) problems.push(`left localhost: ${r.url()}`);
  });
  if (javaScript) await page.exposeBinding('__reportCspViolation', (_source, text: string) => { problems.push(`CSP violation: ${text}`); });
  if (javaScript) await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      (window as unknown as { __reportCspViolation: (t: string) => void }).__reportCspViolation(`${e.violatedDirective} blocked ${e.blockedURI || 'inline'} in ${e.sourceFile}:${e.lineNumber}`);
    });
  });
  const settled = async (quietMs = 150, timeoutMs = 10_000) => {
    const start = Date.now();
    while (Date.now() - start < timeoutMs) {
      if (inFlight <= 0 && Date.now() - lastActivity >= quietMs) return;
      await new Promise((r) => setTimeout(r, 25));
    }
    problems.push(`requests still in flight after ${timeoutMs} ms`);
  };
  /** Forget what was recorded, before visiting another page with the same tab. */
  const reset = () => { visit++; inFlight = 0; problems.length = 0; };
  return { page, problems, settled, reset };
}

/** A "newspaper" on another origin than the site (another port): serves the page `pageAt` returns for a path. */
export interface ForeignHost { url: string; close: () => Promise<void> }
export async function openForeignHost(pageAt: (path: string) => string): Promise<ForeignHost> {
  const server = createServer((req, res) => { res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' }); res.end(pageAt(req.url ?? '/')); });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const address = server.address();
  return {
    url: `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/`,
    close: () => new Promise<void>((done) => server.close(() => done())),
  };
}
