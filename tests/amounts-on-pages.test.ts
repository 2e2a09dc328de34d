// Amounts as readers of each language read them, on every built page: no comparator code (gte, eq…)
// in visible text; every figure as written (Chinese) is marked as Chinese on pages in another
// language and has its reading in the page's language beside it; item numbers are read as 3.1.1.
import { describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { localeOf } from '../src/i18n/locales.ts';
import { listPages } from '../scripts/builtSite/site.ts';

const dist = process.env.DIST_DIR ?? 'dist';
const pages = listPages(dist).map((p) => ({ ...p, data: localeOf(p.lang).data }));
const CODE = /\b(?:gte|gt|lte|lt|eq|approx)\b/;
const HAN = /\p{Script=Han}/u;

/** Text a reader sees: not scripts or styles, and not what the page sets apart as code. */
function visibleText(node: Node, out: string[] = []): string[] {
  for (const c of node.childNodes) {
    if (c.nodeType === 3) out.push(c.textContent ?? '');
    else if (c.nodeType === 1 && !['SCRIPT', 'STYLE', 'CODE', 'PRE', 'TEMPLATE'].includes((c as Element).tagName)) visibleText(c, out);
  }
  return out;
}

const open = (file: string) => parseHTML(readFileSync(join(dist, file), 'utf8')).document;

test('the build has region pages in a language other than Chinese', () => {
  expect(pages.some((p) => p.type === 'region' && p.data !== 'zh')).toBe(true);
});

describe.each(['en', 'zh'] as const)('pages whose data language is %s', (data) => {
  const own = pages.filter((p) => p.data === data);

  test('no comparator code in any visible text', () => {
    const found = own.flatMap((p) => visibleText(open(p.file).body ?? open(p.file)).filter((t) => CODE.test(t)).map((t) => `${p.path}: ${t.trim().slice(0, 80)}`));
    expect(found).toEqual([]);
  });

  test('every figure as written has its reading beside it, the Chinese marked as Chinese', () => {
    const problems: string[] = [];
    let seen = 0;
    for (const p of own.filter((x) => ['region', 'receipt', 'quote-card', 'theme', 'home', 'compare', 'embed'].includes(x.type))) {
      const document = open(p.file);
      for (const written of document.querySelectorAll('.as-written')) {
        seen++;
        const where = `${p.path}: ${written.textContent}`;
        if (data !== 'zh' && !written.closest('[lang^="zh"]')) problems.push(`${where}: not marked as Chinese`);
        const holder = written.closest('tr, li, p, figure') ?? written.closest('dl');
        const readings = [...(holder?.querySelectorAll('.reading') ?? [])].map((r) => r.textContent!.trim());
        // A reading that would only repeat the figure (70%, 2:1; 5400人 on a Chinese page) is left out.
        if ((data !== 'zh' && HAN.test(written.textContent!) && readings.length === 0) || readings.some((r) => r === '')) problems.push(`${where}: no reading beside it`);
        for (const r of readings) {
          if (data !== 'zh' && HAN.test(r)) problems.push(`${where}: reading "${r}" is not in the page's language`);
          if (CODE.test(r) || /[a-z]+_[a-z]+/.test(r)) problems.push(`${where}: reading "${r}" shows a code`);
        }
      }
    }
    expect(seen).toBeGreaterThan(0);
    expect(problems).toEqual([]);
  });

  test('region pages read every row of their figures table', () => {
    for (const p of own.filter((x) => x.type === 'region')) {
      for (const row of open(p.file).querySelectorAll('table.figures-table tbody tr')) {
        expect(row.querySelector('.as-written'), `${p.path} ${row.id}`).toBeTruthy();
        expect(row.querySelector('.reading')?.textContent?.trim(), `${p.path} ${row.id}`).toBeTruthy();
      }
    }
  });

  test('item numbers on region pages are read in the page’s language', () => {
    for (const p of own.filter((x) => x.type === 'region')) {
      const numbers = [...open(p.file).querySelectorAll('table.figures-table tbody td:last-child a, #themes ~ section li > a:first-child')].map((a) => a.textContent!.trim());
      expect(numbers.length, p.path).toBeGreaterThan(0);
      for (const n of numbers) {
        if (data === 'zh') expect(n, p.path).toMatch(HAN);
        else expect(n, p.path).toMatch(/^\d+(\.\d+)*$/);
      }
    }
  });
});
