// The compare page as a commitments explorer, read in the browser and checked against what derive
// wrote (the API's answers.json and codebook): every place answers every question, in both
// languages, at phone and desktop widths, with and without JavaScript; each yes opens the words
// behind it, linked to receipts that exist; the places and "differences only" live in the URL.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { openSession, watchedPage, type Session } from './browser.ts';
import { differingQuestions } from '../../src/model/explorer.ts';
import type { PlaceAnswer } from '../../src/model/site.ts';
import type { CodebookAnswer, Question } from '../../src/schema/index.ts';

let session: Session;
beforeAll(async () => { session = await openSession(); });
afterAll(async () => { await session?.close(); });

const dist = process.env.DIST_DIR ?? 'dist';
const api = <T>(file: string) => JSON.parse(readFileSync(join(dist, 'api/v1', file), 'utf8')) as T;
const answers = api<PlaceAnswer[]>('answers.json');
const codebook = api<Question[]>('tables/codebook.json');
const codebookAnswers = api<CodebookAnswer[]>('tables/codebook-answers.json');
const places = [...new Set(answers.map((a) => a.region_id))];
const data = { codebook, codebookAnswers, answers };

/** Each visible cell of the questions table: its question, place, answer key and mark. */
const cells = (page: Page) => page.locator('table.explorer[data-explorer] tr[data-question] td[data-place]:visible').evaluateAll((tds) => tds.map((td) => ({
  question: (td.closest('tr') as HTMLElement).dataset.question!, place: (td as HTMLElement).dataset.place!,
  answer: (td as HTMLElement).dataset.answer!, mark: (td as HTMLElement).dataset.mark!, words: td.querySelector('.answer-words')!.textContent!.trim(),
  links: [...td.querySelectorAll<HTMLAnchorElement>('details.behind a')].map((a) => new URL(a.href).pathname),
})));
const visibleQuestions = (page: Page) => page.locator('tr[data-question]:visible').evaluateAll((rows) => rows.map((r) => (r as HTMLElement).dataset.question!));

test('the data behind the page: at least 16 questions, every place answers each, at least 10 differ', () => {
  expect(codebook.length).toBeGreaterThanOrEqual(16);
  for (const q of codebook) expect(answers.filter((a) => a.question_id === q.question_id).map((a) => a.region_id).sort(), q.question_id).toEqual([...places].sort());
  expect(differingQuestions(data, places).length).toBeGreaterThanOrEqual(10);
});

describe.each([
  ['en', '', 1280, true], ['en', '', 360, true], ['zh', 'zh/', 1280, true], ['zh', 'zh/', 360, true], ['en', '', 1280, false], ['zh', 'zh/', 360, false],
] as const)('%s page (%s) at %i px, JavaScript %s', (lang, prefix, width, javaScriptEnabled) => {
  test('every question is a row, every place a column, and each cell is the derived answer', async () => {
    const { page, problems, context } = await watchedPage(session, { viewport: { width, height: 900 }, javaScriptEnabled });
    await page.goto(session.url(`${prefix}compare/`));
    const shown = await cells(page);
    expect(new Set(shown.map((c) => c.question)).size).toBe(codebook.length);
    for (const a of answers) {
      const cell = shown.find((c) => c.question === a.question_id && c.place === a.region_id);
      expect(cell, `${a.region_id} ${a.question_id}`).toBeDefined();
      expect(cell!.answer, `${a.region_id} ${a.question_id}`).toBe(a.answers.join('+'));
      // The words are the codebook's, in the page's language, never blank.
      for (const id of a.answers) {
        const entry = codebookAnswers.find((x) => x.question_id === a.question_id && x.answer_id === id)!;
        expect(cell!.words, `${a.region_id} ${a.question_id}`).toContain(lang === 'zh' ? entry.label_zh : entry.label_en);
      }
      // Every yes opens the words behind it, each linked to a receipt the build wrote.
      if (cell!.mark === 'concrete' || cell!.mark === 'partial') expect(cell!.links.length, `${a.region_id} ${a.question_id}`).toBeGreaterThan(0);
      for (const path of cell!.links) {
        expect(path, `${a.region_id} ${a.question_id}`).toMatch(new RegExp(`^/${prefix}(figures|items)/[^/]+/$`));
        expect(existsSync(join(dist, path, 'index.html')), path).toBe(true);
      }
    }
    // On a phone the places scroll inside the table, not the page.
    const [pageWidth, scroller] = await page.evaluate(() => {
      const s = document.querySelector<HTMLElement>('.explorer-scroll')!;
      return [document.documentElement.scrollWidth, { scroll: s.scrollWidth, client: s.clientWidth }];
    });
    expect(pageWidth).toBeLessThanOrEqual(width);
    if (width === 360) expect(scroller.scroll).toBeGreaterThan(scroller.client);
    expect(problems).toEqual([]);
    await context.close();
  });
});

test('places and differences only round-trip through the URL, and differences only hides exactly the rows where the chosen places agree', async () => {
  const { page, problems, context, settled } = await watchedPage(session, { viewport: { width: 1280, height: 900 } });
  await page.goto(session.url('compare/'));
  expect(await visibleQuestions(page)).toHaveLength(codebook.length);
  await page.check('input[name=diff]');
  await expect.poll(() => new URL(page.url()).searchParams.get('diff')).toBe('1');
  await settled();
  expect(await visibleQuestions(page)).toEqual(differingQuestions(data, places));
  // Every pair of places: the rows shown are the questions on which the two differ.
  for (const [i, a] of places.entries()) {
    for (const b of places.slice(i + 1)) {
      await page.goto(session.url(`compare/?places=${a},${b}&diff=1`));
      await settled(); // the chart below redraws for the places too: let it finish before the next visit
      const chosen = places.filter((p) => p === a || p === b);
      expect(await page.locator('input[name=places]:checked').evaluateAll((els) => els.map((e) => (e as HTMLInputElement).value)), `${a},${b}`).toEqual(chosen);
      expect(await page.locator('input[name=diff]').isChecked()).toBe(true);
      expect(await visibleQuestions(page), `${a},${b}`).toEqual(differingQuestions(data, chosen));
      const columns = await page.locator('table[data-questions] thead th[data-place]:visible').evaluateAll((ths) => ths.map((th) => (th as HTMLElement).dataset.place));
      expect(columns, `${a},${b}`).toEqual(chosen);
    }
  }
  // Turning it off shows every question again, and leaves it out of the URL; a reload reproduces the view.
  await page.uncheck('input[name=diff]');
  await expect.poll(() => new URL(page.url()).searchParams.has('diff')).toBe(false);
  await settled();
  expect(await visibleQuestions(page)).toHaveLength(codebook.length);
  await page.uncheck(`input[name=places][value=${places.at(-1)}]`);
  await page.check(`input[name=places][value=${places[2]}]`);
  await settled();
  const url = page.url();
  const again = await context.newPage();
  await again.goto(url);
  expect(await again.locator('input[name=places]:checked').evaluateAll((els) => els.map((e) => (e as HTMLInputElement).value)))
    .toEqual(new URL(url).searchParams.get('places')!.split(','));
  expect(problems).toEqual([]);
  await context.close();
});

test('one place is refused: the table and the URL stay as they were', async () => {
  const { page, context } = await watchedPage(session, { viewport: { width: 1280, height: 900 } });
  await page.goto(session.url(`compare/?places=${places[0]},${places[1]}&diff=1`));
  const before = page.url();
  const rows = await visibleQuestions(page);
  await page.uncheck(`input[name=places][value=${places[1]}]`);
  await expect.poll(() => page.locator('[data-compare-status]').textContent()).not.toBe('');
  expect(page.url()).toBe(before);
  expect(await visibleQuestions(page)).toEqual(rows);
  await context.close();
});

test('a question’s row embeds and downloads: the embed page shows every place’s answer, the CSV every place’s row', async () => {
  const { page, problems, context } = await watchedPage(session, { viewport: { width: 700, height: 700 } });
  for (const q of codebook) {
    await page.goto(session.url(`embed/question/${q.question_id}/`));
    const shown = await page.locator('tr[data-place] td[data-answer]').evaluateAll((tds) => tds.map((td) => [(td as HTMLElement).dataset.place, (td as HTMLElement).dataset.answer]));
    expect(shown, q.question_id).toEqual(answers.filter((a) => a.question_id === q.question_id).map((a) => [a.region_id, a.answers.join('+')]));
    const csv = readFileSync(join(dist, 'data/questions', `${q.question_id}.csv`), 'utf8').trim().split('\n');
    expect(csv.length - 1, q.question_id).toBe(places.length);
  }
  expect(problems).toEqual([]);
  await context.close();
});

test('axe: the compare page with every cell opened, and a question’s embed, have no serious or critical violation', async () => {
  const { page, context } = await watchedPage(session, { viewport: { width: 1280, height: 900 } });
  for (const path of ['compare/', 'zh/compare/', `embed/question/${codebook[0].question_id}/`]) {
    await page.goto(session.url(path));
    await page.locator('details').evaluateAll((ds) => ds.forEach((d) => { (d as HTMLDetailsElement).open = true; }));
    const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
    const serious = result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${path} ${v.id}: ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
    expect(serious).toEqual([]);
  }
  await context.close();
});
