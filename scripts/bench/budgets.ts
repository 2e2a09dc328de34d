// Performance budgets per page type, in gzip kilobytes (1 KB = 1000 bytes) of what a page loads
// without a click; the search page's budget includes what its first results wait for, loaded on
// use: the search code, the index's head and its largest part.
import { weighPage, type PageWeight } from './weigh.ts';
import { listPages, type BuiltPage } from '../builtSite/site.ts';
import { LOCALES } from '../../src/i18n/locales.ts';

export const KB = 1000;

export interface Budget { kb: number; withOnUse: boolean }

export const BUDGETS: Record<string, Budget> = {
  home: { kb: 80, withOnUse: false },
  region: { kb: 100, withOnUse: false },
  theme: { kb: 60, withOnUse: false },
  compare: { kb: 60, withOnUse: false },
  // An embed is one drawing, its words, its table and its own small stylesheet: 40× lighter than a
  // one-chart Observable Framework page (192.6 KB gzip, measured side by side). It leaves the marks'
  // hover labels to the full page (its table gives each value) and loads its resize script as one
  // chunk, so the concreteness chart's eight rows (goal clauses and action items apart) fit in 4.8.
  embed: { kb: 4.8, withOnUse: false },
  // A codebook question's table in a frame (the site's stylesheet for now; an embed stylesheet of its own would bring it near the chart embeds').
  'embed-question': { kb: 25, withOnUse: false },
  'quote-card': { kb: 4, withOnUse: false },
  receipt: { kb: 40, withOnUse: false },
  // 62, not 60: goal paragraphs are split into their clauses, 13 more items to search (60.6 KB in Chinese).
  search: { kb: 62, withOnUse: true },
};

export const BUILD_SECONDS_BUDGET = 60;

/** The bytes a budget is measured against. */
export const budgeted = (w: PageWeight, budget: Budget) => w.load.total + (budget.withOnUse ? w.use.total : 0);

export interface WeighedPage extends BuiltPage { weight: PageWeight; budget?: Budget; overBudget: boolean }

/** Every page of the build, weighed, with its budget if its type has one. */
export function weighBuild(root: string, base = '/'): WeighedPage[] {
  return listPages(root).map((page) => {
    const weight = weighPage(root, page.file, base, page.lang, LOCALES.map((l) => l.id));
    const budget = BUDGETS[page.type];
    return { ...page, weight, budget, overBudget: budget ? budgeted(weight, budget) > budget.kb * KB : false };
  });
}
