import { expect, test } from 'vitest';
import { reportAddress, reportHref } from './report.ts';

const what = { page: '/figures/yuetang-2016-t001/', id: 'yuetang-2016-t001', release: '2026.11.22-3', subject: 'Error: yuetang-2016-t001' };

test('a mail link carries the page, the id and the release in its subject and body', () => {
  const href = reportHref(reportAddress({ REPORT_URL: 'mailto:data@example.org' })!, what);
  const url = new URL(href);
  expect(url.protocol).toBe('mailto:');
  expect(url.searchParams.get('subject')).toBe(what.subject);
  const body = url.searchParams.get('body')!;
  for (const part of [what.page, what.id, what.release]) expect(body).toContain(part);
  expect(href).not.toContain('+');
});

test('a tracker link carries them as parameters', () => {
  const url = new URL(reportHref(reportAddress({ REPORT_URL: 'https://tracker.example.org/new' })!, what));
  expect(Object.fromEntries(url.searchParams)).toEqual({ page: what.page, id: what.id, release: what.release });
});

test('no address means none; an address that is neither mailto: nor https: is refused', () => {
  expect(reportAddress({})).toBeUndefined();
  expect(() => reportAddress({ REPORT_URL: 'javascript:alert(1)' })).toThrow(/mailto: or https:/);
  expect(() => reportAddress({ REPORT_URL: 'http://example.org/' })).toThrow(/mailto: or https:/);
});
