import { expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { datasetJsonLd, jsonLdScript, releaseFiles } from './jsonLd.ts';
import { LOCALES } from '../../src/i18n/locales.ts';
import { inlineCode } from '../builtSite/inlineCode.ts';

const input = {
  version: '2026.11.22-3', regions: [{ name_en: 'North Town', name_zh: '北镇' }, { name_en: 'South County', name_zh: '南县' }],
  documents: [{ period_start: 2016, period_end: 2016 }, { period_start: 2018, period_end: 2022 }],
  files: releaseFiles('shuangchuang-data-2026.11.22-3.zip', ['targets.csv']), root: 'https://example.org/sc/',
};

test('a schema.org Dataset with the fields dataset search asks for, addresses absolute when the site’s is known', () => {
  const d = datasetJsonLd(input) as Record<string, unknown> & { distribution: { contentUrl: string; encodingFormat: string }[] };
  for (const field of ['name', 'description', 'url', 'license', 'creator', 'version', 'datePublished', 'distribution', 'spatialCoverage', 'temporalCoverage', 'inLanguage']) expect(d[field], field).toBeDefined();
  expect(d['@type']).toBe('Dataset');
  expect(d.url).toBe('https://example.org/sc/data/');
  expect(d.datePublished).toBe('2026-11-22');
  expect(d.temporalCoverage).toBe('2016/2022');
  expect(d.distribution.map((x) => [x.contentUrl, x.encodingFormat])).toEqual([
    ['https://example.org/sc/data/shuangchuang-data-2026.11.22-3.zip', 'application/zip'],
    ['https://example.org/sc/data/targets.csv', 'text/csv'],
    ['https://example.org/sc/data/datapackage.json', 'application/json'],
  ]);
});

test('no text of the data can close the block; a block that is JSON passes the inline-code check, another does not', () => {
  const script = jsonLdScript({ name: '</script><script>alert(1)</script>' });
  expect(script.match(/<\/script>/g)).toHaveLength(1);
  expect(inlineCode(`<html><head>${script}</head></html>`)).toEqual([]);
  expect(inlineCode('<html><head><script type="application/ld+json">{not json</script></head></html>')).toHaveLength(1);
  expect(inlineCode('<html><head><script>{}</script></head></html>')).toHaveLength(1);
});

test('each language’s built data page carries the block', () => {
  const dist = process.env.DIST_DIR ?? 'dist';
  for (const l of LOCALES) {
    const { document } = parseHTML(readFileSync(join(dist, l.prefix, 'data', 'index.html'), 'utf8'));
    const blocks = [...document.querySelectorAll('script[type="application/ld+json"]')];
    expect(blocks, l.id).toHaveLength(1);
    const data = JSON.parse(blocks[0].textContent!);
    expect(data['@type']).toBe('Dataset');
    expect(data.version).toBe(JSON.parse(readFileSync('package.json', 'utf8')).version);
    expect(data.distribution.length).toBeGreaterThan(2);
  }
});
