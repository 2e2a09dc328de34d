// A small static file server for dist/: used by npm start, npm run preview and the browser tests.
// It sends the headers dist/_headers gives static hosts (the CSP, nosniff…), so the policy is
// exercised locally, answers a malformed URL with 400, and a missing page with the 404 page of
// the language the URL is in.
import { createServer, type Server } from 'node:http';
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize, resolve, sep } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8', '.css': 'text/css; charset=utf-8', '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8', '.csv': 'text/csv; charset=utf-8', '.svg': 'image/svg+xml',
  '.txt': 'text/plain; charset=utf-8', '.zip': 'application/zip', '.png': 'image/png', '.ico': 'image/x-icon', '.md': 'text/markdown; charset=utf-8',
};

/** The rules of a `_headers` file (Netlify / Cloudflare Pages format): a path pattern, then its headers. */
function headerRules(text: string): { path: string; pattern: RegExp; headers: Record<string, string> }[] {
  const rules: { path: string; pattern: RegExp; headers: Record<string, string> }[] = [];
  for (const line of text.split('\n')) {
    if (/^\s*(#|$)/.test(line)) continue;
    if (!/^\s/.test(line)) {
      // * matches the rest of a path, as the hosts read it.
      const path = line.trim();
      rules.push({ path, pattern: new RegExp(`^${path.split('*').map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('.*')}$`), headers: {} });
      continue;
    }
    const m = /^\s+([A-Za-z0-9-]+):\s*(.*)$/.exec(line);
    if (m && rules.length) rules.at(-1)!.headers[m[1]] = m[2].trim();
  }
  return rules;
}

/** The headers a `_headers` file gives a path (relative to the site's folder): those of every rule it matches, in order. */
export function headersFor(text: string): (path: string) => Record<string, string> {
  const rules = headerRules(text);
  return (path) => Object.assign({}, ...rules.filter((r) => r.pattern.test(path)).map((r) => r.headers)) as Record<string, string>;
}

/** The headers a `_headers` file gives every path (`/*`). */
export function headersForAll(text: string): Record<string, string> {
  return Object.assign({}, ...headerRules(text).filter((r) => r.path === '/*').map((r) => r.headers)) as Record<string, string>;
}

export interface StaticServer { url: string; port: number; close: () => Promise<void>; server: Server }

export function serveStatic(root: string, { port = 0, host = '127.0.0.1', base = '/' } = {}): Promise<StaticServer> {
  const dir = resolve(root);
  const prefix = base.endsWith('/') ? base : `${base}/`;
  const headersFile = join(dir, '_headers');
  const headersOf: (path: string) => Record<string, string> = existsSync(headersFile) ? headersFor(readFileSync(headersFile, 'utf8')) : () => ({});
  const server = createServer((req, res) => {
    // The rules of _headers name paths inside the site's folder (/api/*), wherever it is served.
    const inSite = (req.url ?? '/').startsWith(prefix) ? `/${(req.url ?? '/').slice(prefix.length).split(/[?#]/)[0]}` : '/';
    for (const [name, value] of Object.entries(headersOf(inSite))) res.setHeader(name, value);
    const plain = (status: number, text: string) => res.writeHead(status, { 'Content-Type': TYPES['.txt'] }).end(text);
    let url: URL;
    let path: string;
    try {
      // Read as a path on this host: //figures is the path //figures, not the host figures.
      url = new URL(`http://localhost${req.url ?? '/'}`);
      path = decodeURIComponent(url.pathname);
    } catch {
      plain(400, 'bad request: the address is not valid percent-encoding');
      return;
    }
    if (path.includes('\0')) { plain(400, 'bad request'); return; }
    const notFound = () => {
      // The Chinese 404 page for addresses under /zh/, the English one otherwise.
      const zh = path.startsWith(`${prefix}zh/`) ? [join(dir, 'zh', '404.html')] : [];
      const page = [...zh, join(dir, '404.html')].find((f) => existsSync(f));
      res.writeHead(404, { 'Content-Type': TYPES['.html'] });
      if (page) createReadStream(page).pipe(res); else res.end('not found');
    };
    if (!path.startsWith(prefix)) { notFound(); return; }
    path = normalize(path.slice(prefix.length - 1));
    let file = join(dir, path);
    if (file !== dir && !file.startsWith(dir + sep)) { plain(403, 'forbidden'); return; }
    if (existsSync(file) && statSync(file).isDirectory()) {
      // To the folder's address as normalised (//figures is /figures): a Location that begins with //
      // would send the client to another host.
      if (!path.endsWith('/')) { res.writeHead(301, { Location: `${prefix}${path.slice(1)}/${url.search}` }).end(); return; }
      file = join(file, 'index.html');
    }
    if (!existsSync(file)) { notFound(); return; }
    res.writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream', 'Cache-Control': 'no-cache' });
    createReadStream(file).pipe(res);
  });
  return new Promise((ok) => server.listen(port, host, () => {
    const address = server.address();
    const actual = typeof address === 'object' && address ? address.port : port;
    ok({ url: `http://${host}:${actual}${prefix}`, port: actual, server, close: () => new Promise((done) => server.close(() => done())) });
  }));
}
