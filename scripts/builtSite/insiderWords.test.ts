// The list of insider words catches what it lists on a small page, and lets plain words, code and a
// column's own page be.
import { expect, test } from 'vitest';
import { insiderWords } from './insiderWords.ts';

const page = (body: string, lang = 'en') => `<!DOCTYPE html><html lang="${lang}"><head><title>t</title></head><body>${body}</body></html>`;

test.each([
  ['a build variable in prose', '<p>If you publish this site, set REPORT_URL when you build it.</p>', 'a build variable'],
  ['a build variable even in code', '<p>Set <code>SITE_URL</code>.</p>', 'a build variable'],
  ['build language', '<p>No site address was given when this site was built.</p>', 'build language'],
  ['“this build”', '<p>This build was given no site address.</p>', 'build language'],
  ['configuration language', '<p>No address for reports was configured.</p>', 'configuration language'],
  ['a column name as prose', '<p>One headline target per place.</p>', 'a column name (headline) as prose'],
  ['a column name or code as prose', '<p>Only rows with in_chart set are drawn.</p>', 'a column name or code'],
  ['“receipt” as a link label', '<table><tr><td>5400人 <a href="/figures/x/">receipt</a></td></tr></table>', 'a label naming the machinery, not what it opens'],
  ['a column name as a table heading', '<table><tr><th>headline</th></tr></table>', 'a column name as a label'],
])('fails on %s', (_name, body, what) => {
  expect(insiderWords(page(body), 'region').map((p) => p.what)).toContain(what);
});

test('fails on Chinese build language on a Chinese page', () => {
  expect(insiderWords(page('<p>构建本网站时未配置报告地址。</p>', 'zh-Hans'), 'report').length).toBeGreaterThan(0);
});

test('plain words, data text that builds things, and codes set as code pass', () => {
  const body = '<p>Build maker spaces for all groups; start-up bases built by the county women’s federation.</p>'
    + '<p>The sentence and its source: <a href="/figures/x/">the sentence and its source</a>. Columns: <code>target_id</code>, <code>headline</code>.</p>'
    + '<p lang="zh-Hans">合理配置公共资源，加快构建创新平台。</p>';
  expect(insiderWords(page(body), 'receipt')).toEqual([]);
});

test('the data dictionary may name its columns; other pages may not', () => {
  const body = '<table><tr><th>headline</th><td>true for the main figure of a definition</td></tr></table>';
  expect(insiderWords(page(body), 'data/dictionary')).toEqual([]);
  expect(insiderWords(page(body), 'receipt')).not.toEqual([]);
});
