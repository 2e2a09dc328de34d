// The preview server (npm start, npm run preview, the browser tests) survives malformed addresses,
// sends the headers _headers gives static hosts, and answers a missing page with the 404 page of
// the URL's language.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { request } from 'node:http';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { headersFor, headersForAll, serveStatic, type StaticServer } from '../scripts/server/static.ts';
import { CONTENT_SECURITY_POLICY } from '../src/site/csp.ts';

const root = process.env.DIST_DIR ?? 'dist';
let server: StaticServer;
beforeAll(async () => { server = await serveStatic(root); });
afterAll(async () => { await server.close(); });

/** A GET with the path sent exactly as written (fetch would normalise it). */
const get = (path: string) => new Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: string }>((done, fail) => {
  const req = request({ host: '127.0.0.1', port: server.port, path, method: 'GET' }, (res) => {
    let body = '';
    res.setEncoding('utf8');
    res.on('data', (c) => { body += c; });
    res.on('end', () => done({ status: res.statusCode!, headers: res.headers, body }));
  });
  req.on('error', fail);
  req.end();
});

describe('malformed addresses', () => {
  test.each(['/%', '/%E4%B8', '/regions/%ZZ/', '/%00/'])('GET %s is 400, and the server keeps serving', async (path) => {
    expect((await get(path)).status).toBe(400);
    expect((await get('/')).status).toBe(200);
  });
});

describe('headers', () => {
  test('every response carries the CSP and nosniff of _headers, which is the pages’ own policy', async () => {
    const fromFile = headersForAll(readFileSync(join(root, '_headers'), 'utf8'));
    expect(fromFile['Content-Security-Policy']).toBe(CONTENT_SECURITY_POLICY);
    for (const path of ['/', '/zh/', '/search-index.json', '/no-such-page/', '/%']) {
      const { headers } = await get(path);
      expect(headers['content-security-policy'], path).toBe(CONTENT_SECURITY_POLICY);
      expect(headers['x-content-type-options'], path).toBe('nosniff');
    }
  });
  test('the API and the downloads may be read from any origin (the data page\'s JavaScript snippet on another site); pages are not shared so', async () => {
    for (const path of ['/api/v1/index.json', '/data/targets.csv', '/data/datapackage.json']) {
      const { status, headers } = await get(path);
      expect(status, path).toBe(200);
      expect(headers['access-control-allow-origin'], path).toBe('*');
    }
    for (const path of ['/', '/regions/', '/zh/']) expect((await get(path)).headers['access-control-allow-origin'], path).toBeUndefined();
  });
  test('headersFor gives a path the headers of every rule it matches', () => {
    const of = headersFor('/*\n  A: 1\n/api/*\n  B: 2\n/api/v1/x.json\n  C: 3\n');
    expect(of('/')).toEqual({ A: '1' });
    expect(of('/api/v1/x.json')).toEqual({ A: '1', B: '2', C: '3' });
    expect(of('/apiary/')).toEqual({ A: '1' });
  });
  test('headersForAll reads the /* block only', () => {
    expect(headersForAll('# note\n/*\n  A: 1\n  B: two words\n/embed/*\n  C: 3\n')).toEqual({ A: '1', B: 'two words' });
  });
});

describe('redirects', () => {
  // A Location that begins with // (or /\) is protocol-relative: a client follows it to another host.
  test.each(['/.//about', '//about', '/.//zh', '/./%2F/about', '/about', '/.//about?x=1', '//zh'])('GET %s redirects to the folder within the site, never to another host', async (path) => {
    const { status, headers } = await get(path);
    expect(status).toBe(301);
    const location = String(headers.location);
    expect(location).toMatch(/^\/(?![/\\])/);
    expect(new URL(location, 'http://127.0.0.1/').host).toBe('127.0.0.1');
    expect((await get(location)).status).toBe(200);
  });
});

describe('404 page', () => {
  test('an English address that does not exist gets the English 404 page', async () => {
    const { status, headers, body } = await get('/regions/no-such-place/');
    expect(status).toBe(404);
    expect(headers['content-type']).toMatch(/text\/html/);
    expect(body).toMatch(/<html lang="en"/);
    expect(body).toMatch(/<h1[^>]*>Page not found<\/h1>/);
  });
  test('a figure or item id never released gets the 404 page, in each language', async () => {
    for (const path of ['/figures/never-released-t999/', '/items/never-released-a99/']) {
      const { status, body } = await get(path);
      expect(status, path).toBe(404);
      expect(body).toMatch(/<html lang="en"/);
    }
    const zh = await get('/zh/figures/never-released-t999/');
    expect(zh.status).toBe(404);
    expect(zh.body).toMatch(/<html lang="zh-CN"/);
  });
  test('each language’s 404 page is a 404.html where hosts look for it, not a page of the site', () => {
    expect(existsSync(join(root, '404.html'))).toBe(true);
    expect(existsSync(join(root, 'zh', '404.html'))).toBe(true);
    expect(existsSync(join(root, 'zh', '404'))).toBe(false);
  });
  test('a Chinese address that does not exist gets the Chinese 404 page', async () => {
    const { status, body } = await get('/zh/regions/no-such-place/');
    expect(status).toBe(404);
    expect(body).toMatch(/<html lang="zh-CN"/);
    expect(body).toMatch(/<h1[^>]*>页面不存在<\/h1>/);
  });
  test('the path cannot climb out of the build folder', async () => {
    const { status, body } = await get('/../package.json');
    expect(status).not.toBe(200);
    expect(body).not.toMatch(/"name": "shuangchuang-compare"/);
  });
});
