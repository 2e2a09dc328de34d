// What a quote card says, in every language, for every figure: the figure read in the page's language
// first (English cards lead with the English reading, no Chinese beside it), whose it is, whether a
// target or a result and for when; the Chinese as written is marked in its sentence; the place is
// named once in the card's own words (the document's title, quoted, may name it again); every figure's
// receipt page links to its card as an embed, so the embed dialog offers the card's snippet.
import { describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { LOCALES, localeOf } from '../src/i18n/locales.ts';
import { wordsOf } from '../src/i18n/words.ts';
import { formatAmount } from '../src/i18n/amounts.ts';
import { validateData } from '../scripts/data/validate.ts';

const dist = process.env.DIST_DIR ?? 'dist';
const { dataset } = validateData(process.env.DATA_DIR ?? 'data');
const targets = dataset.targets.map((t) => t.row);
const documents = dataset.documents.map((d) => d.row);
const regions = dataset.regions.map((r) => r.row);
const metrics = dataset.metrics.map((m) => m.row);
const card = (prefix: string, id: string) => parseHTML(readFileSync(join(dist, `${prefix}embed/figure/${id}/index.html`), 'utf8')).document;
const receipt = (prefix: string, id: string) => parseHTML(readFileSync(join(dist, `${prefix}figures/${id}/index.html`), 'utf8')).document;
const occurrences = (text: string, word: string) => text.split(word).length - 1;

describe.each(LOCALES.map((l) => [l.id, l.prefix] as const))('%s quote cards', (lang, prefix) => {
  const s = wordsOf(lang);
  const locale = localeOf(lang);
  test('lead with the reading, the place, target or result, and the period; the figure as written marked in its sentence', () => {
    for (const t of targets) {
      const doc = card(prefix, t.target_id);
      const region = regions.find((r) => r.region_id === documents.find((d) => d.doc_id === t.doc_id)!.region_id)!;
      const place = locale.data === 'zh' ? region.name_zh : region.name_en;
      const lead = doc.querySelector('.quote-card .value')!.textContent!.trim();
      const reading = formatAmount({ ...t, base_unit: metrics.find((m) => m.metric_id === t.metric)!.base_unit } as Parameters<typeof formatAmount>[0], s.amounts, locale);
      expect(lead, t.target_id).toContain(reading);
      expect(lead, t.target_id).toContain(place);
      expect(lead, t.target_id).toContain(s.quoteCard.kinds[t.kind]);
      if (t.period_start !== undefined) expect(lead, t.target_id).toContain(String(t.period_start));
      if (t.period_end !== undefined) expect(lead, t.target_id).toContain(String(t.period_end));
      if (locale.data !== 'zh') {
        expect(lead.startsWith(reading), `${t.target_id}: leads with the reading`).toBe(true);
        expect(lead, `${t.target_id}: no Chinese in the English lead`).not.toMatch(/[\u3400-\u9fff]/);
      }
      expect(doc.querySelector('.quote-card blockquote mark')?.textContent, t.target_id).toBe(t.value_text);
      // The card's own words: its lead, what it counts and its caption, without the document's title it quotes.
      const title = documents.find((d) => d.doc_id === t.doc_id)!.title_zh;
      const own = [...doc.querySelectorAll('.quote-card .value, .quote-card .what, .quote-card figcaption')].map((el) => el.textContent ?? '').join(' ').replace(title, '');
      expect(occurrences(own, place), `${t.target_id}: the place named once in “${own}”`).toBe(1);
      // Its receipt page's link opens the embed dialog on this card.
      const link = receipt(prefix, t.target_id).querySelector('a.embed-link[data-embed-id]');
      expect(link?.getAttribute('data-embed-id'), t.target_id).toBe(`figure-${t.target_id}`);
      expect(link?.getAttribute('href'), t.target_id).toBe(`/${prefix}embed/figure/${t.target_id}/`);
      expect(link?.getAttribute('data-embed-title'), t.target_id).toContain(place);
    }
  });
});
