import { expect, test } from 'vitest';
import { inlineCode, metaCsp, parseCsp } from './inlineCode.ts';

test('a page with only external scripts and stylesheets has no inline code', () => {
  expect(inlineCode('<html><head><link rel="stylesheet" href="/a.css"><script type="module" src="/a.js"></script></head><body><svg><text font-style="italic">x</text></svg></body></html>')).toEqual([]);
});

test('inline scripts, <style> (also inside SVG), style attributes, handlers and javascript: URLs are each found', () => {
  const found = inlineCode('<html><body><script>alert(1)</script><svg><style>.a{}</style></svg><p style="color:red" onclick="x()">x</p><a href="javascript:void 0">y</a></body></html>');
  expect(found.map((f) => f.split(/[:=]/)[0])).toEqual(['inline <script>', '<style>', 'style', 'onclick', 'javascript']);
});

test('the CSP of a meta tag is read per directive', () => {
  const csp = metaCsp(`<head><meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'self'"></head>`);
  expect(csp?.get('script-src')).toEqual(["'self'"]);
  expect(metaCsp('<head></head>')).toBeUndefined();
  expect(parseCsp("style-src 'self' 'unsafe-inline'").get('style-src')).toContain("'unsafe-inline'");
});
