// Built embeds of the compare page's questions (embed/question/<id>/): each stands alone, in both
// languages: its title, every place's answer in words with a mark, the marks named in words, how the
// answer is derived, the source, a link back and its CSV; no site navigation.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, test } from 'vitest';

const dist = process.env.DIST_DIR ?? 'dist';
const codebook = JSON.parse(readFileSync(join(dist, 'api/v1/tables/codebook.json'), 'utf8')) as { question_id: string; question_en: string; question_zh: string }[];
const regions = JSON.parse(readFileSync(join(dist, 'api/v1/tables/regions.json'), 'utf8')) as { region_id: string }[];

describe.each([['', 'en'], ['zh/', 'zh']] as const)('%s embed/question/', (prefix, lang) => {
  test.each(codebook.map((q) => [q.question_id, q] as const))('%s', (id, q) => {
    const file = join(dist, prefix, 'embed/question', id, 'index.html');
    expect(existsSync(file), file).toBe(true);
    const { document } = parseHTML(readFileSync(file, 'utf8'));
    expect(document.querySelector('h1')!.textContent).toContain(lang === 'zh' ? q.question_zh : q.question_en);
    expect(document.querySelector('nav')).toBeNull();
    const rows = [...document.querySelectorAll('tr[data-place]')];
    expect(rows.map((r) => r.getAttribute('data-place')).sort()).toEqual(regions.map((r) => r.region_id).sort());
    for (const r of rows) expect(r.querySelector('.answer-words')!.textContent!.trim(), `${id} ${r.getAttribute('data-place')}`).not.toBe('');
    // Every mark used is named in the legend.
    const used = new Set(rows.map((r) => r.querySelector('td[data-mark]')!.getAttribute('data-mark')));
    const named = new Set([...document.querySelectorAll('.mark-legend .mark')].map((m) => [...m.classList].find((c) => c.startsWith('mark-'))!.slice(5)));
    expect([...used].sort()).toEqual([...named].sort());
    const links = [...document.querySelectorAll('figcaption a')].map((a) => a.getAttribute('href')!);
    expect(links).toContain(`/${prefix}compare/`);
    const csv = links.find((h) => h.endsWith('.csv'))!;
    expect(existsSync(join(dist, csv)), csv).toBe(true);
  });
});
