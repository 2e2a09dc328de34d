// The catalogues: every message of every locale renders with counts of 0, 1, 2 and many, with a tie
// and with a single place; the build's formatter (intl-messageformat) and the browser's (parsed at
// build time) say exactly the same; and hand-written sentences in both languages come out as a
// reader should read them.
import { describe, expect, test } from 'vitest';
import { LOCALES, DEFAULT_LOCALE, localeOf } from './locales.ts';
import { catalogueOf, wordsOf } from './words.ts';
import { compileCatalogue } from './messages.ts';
import { parsedCatalogue } from './catalogueAst.ts';
import { wordsOfParsed, type Message } from './messageFormat.ts';
import { argumentsOf, messagesOf, sampleArgs, stringsOf } from './messageSamples.ts';

const en = catalogueOf(DEFAULT_LOCALE.id);
const at = (tree: unknown, path: string): unknown =>
  path.split(/\.|(?=\[)/).reduce<unknown>((v, key) => (v as Record<string, unknown>)?.[key.startsWith('[') ? Number(key.slice(1, -1)) : key], tree);
/** Sample names in each data language, so what is rendered reads as that language. */
const NAMES = { en: ['Yuetang District', 'Xianning City'], zh: ['岳塘区', '咸宁市'] };

describe.each(LOCALES.map((l) => [l.id, l] as const))('%s', (id, locale) => {
  const catalogue = catalogueOf(id);
  const built = compileCatalogue(catalogue, locale, en);
  const browser = wordsOfParsed(parsedCatalogue(catalogue, 'all'), locale);
  const name = (arg: string) => (arg === 'tied' ? NAMES[locale.data][1] : NAMES[locale.data][0]);
  const renders = messagesOf(catalogue).flatMap(({ path, text }) =>
    sampleArgs(argumentsOf(text), name).map(({ args, sensible }) => ({ path, args, sensible, text: (at(built, path) as Message)(args), browser: (at(browser, path) as Message)(args) })));

  test('has every string of the English catalogue at the same place, a message where English has one', () => {
    // How a language scales amounts (millions; none in Chinese, which writes 万) is its own list.
    const shape = (c: unknown) => stringsOf(c).filter((m) => !m.path.startsWith('amounts.scale')).map((m) => `${m.path}${m.text.includes('{') ? ' (message)' : ''}`).sort();
    expect(shape(catalogue)).toEqual(shape(en));
  });

  test('its messages take only the arguments the English ones do, of the same kind', () => {
    const wrong = messagesOf(catalogue).flatMap(({ path, text }) => {
      const english = argumentsOf(at(en, path) as string);
      return [...argumentsOf(text)].filter(([arg, kind]) => english.get(arg)?.kind !== kind.kind).map(([arg]) => `${path}: {${arg}}`);
    });
    expect(wrong).toEqual([]);
  });

  test('every number style a message names is one of its numbers', () => {
    const styles = Object.keys((catalogue as { numbers: object }).numbers);
    const unknown = messagesOf(catalogue).flatMap(({ path, text }) =>
      [...argumentsOf(text).values()].flatMap((a) => (a.kind === 'number' ? a.styles.filter((s) => !styles.includes(s)).map((s) => `${path}: ${s}`) : [])));
    expect(unknown).toEqual([]);
  });

  test('every message renders with 0, 1, 2 and many, a tie and a single place, and the browser says the same', () => {
    expect(renders.length).toBeGreaterThan(messagesOf(catalogue).length * 6);
    expect(renders.filter((r) => r.text !== r.browser).map((r) => `${r.path} ${JSON.stringify(r.args)}: ${r.text} ≠ ${r.browser}`)).toEqual([]);
    expect(renders.filter((r) => /[{}]/.test(r.text)).map((r) => `${r.path}: ${r.text}`)).toEqual([]);
  });

  test('the words pages use are this catalogue compiled', () => {
    expect(wordsOf(id).siteTagline({ places: 3 })).toBe((at(built, 'siteTagline') as Message)({ places: 3 }));
  });

  if (locale.data === 'en') {
    test('no English rendering says a count the way the issue quoted (“in no of”, “the one documents”, “of one places”)', () => {
      const broken = /\b(?:the no|no of|in no|of its no)\b|\bone (?:places|documents|plans|items|action items|figures|results|comparisons|texts|levels|years)\b|\b(?:two|three|four|five|six|seven|eight|nine|ten|(?!1\b)\d+) (?:place|document|plan|item|action item|figure|result|comparison|text|level)\b(?![-\w])/i;
      // Renders a page could give: a count of none only where the message has words for none.
      expect(renders.filter((r) => r.sensible && broken.test(r.text)).map((r) => `${r.path} ${JSON.stringify(r.args)}: ${r.text}`)).toEqual([]);
    });
  }
});

/** An English ordinal or Chinese 第N as a number; a count word as a number. */
const EN_WORDS = ['no', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];
const EN_ORDINALS = ['', 'first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth'];
test('no ranking, in any locale, is said as an ordinal equal to its count (“fourth of the four”, “在四份方案中排第四”)', () => {
  const CHINESE = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];
  const value = (w: string) => [EN_WORDS.indexOf(w), EN_ORDINALS.indexOf(w), CHINESE.indexOf(w), w === '两' ? 2 : -1, /^\d+$/.test(w) ? Number(w) : -1].find((x) => x > 0) ?? -1;
  const equal: string[] = [];
  let rankings = 0;
  for (const l of LOCALES) {
    const catalogue = catalogueOf(l.id);
    const built = compileCatalogue(catalogue, l, en);
    for (const { path, text } of messagesOf(catalogue)) {
      for (const { args } of sampleArgs(argumentsOf(text), () => 'X')) {
        if (!('position' in args)) continue;
        rankings++;
        const said = (at(built, path) as Message)(args);
        const pairs = [...said.matchAll(/\b(\w+?)(?:st|nd|rd|th)?\b(?: \w+)? of (?:the )?(\w+)/g)].map((m) => [m[1], m[2]])
          .concat([...said.matchAll(/在(\S+?)(?:个|份)[^，。]*?第(\S)/gu)].map((m) => [m[2], m[1]]));
        if (pairs.some(([ordinal, count]) => value(ordinal) > 1 && value(ordinal) === value(count))) equal.push(`${l.id} ${path} ${JSON.stringify(args)}: ${said}`);
      }
    }
  }
  expect(rankings).toBeGreaterThan(0);
  expect(equal).toEqual([]);
});

// Hand-written: what a reader should read, in both languages.
const EN = localeOf('en');
const ZH = localeOf('zh');
const enWords = wordsOf(EN.id);
const zhWords = wordsOf(ZH.id);
const share = { goals: 0, goalsOf: 0, actions: 0, actionsOf: 0, pct: 0, among: 4, ranked: 'yes', rank: 1, ties: 0, tied: '', position: 'first' };
const compared = { ties: 0, tied: '', rank: 1, position: 'first', hasView: 'no', perView: '' };
const cases: [string, (w: typeof enWords) => string, string, string][] = [
  ['a plan with figures only in its goals, last of four', (w) => w.region.share({ ...share, goals: 4, goalsOf: 5, actions: 0, actionsOf: 15, n: 4, of: 20, pct: 20, rank: 4, position: 'last' }),
    'A figure in four of its five goal clauses and none of its 15 action items: four of its 20 commitments (20%), the fewest of the four plans.', '五个目标分句中有四个写明了数字，15项行动条目中一项也没有：20项承诺中共四项（20%），在四份方案中最少。'],
  ['second of four', (w) => w.region.share({ ...share, goals: 2, goalsOf: 2, actions: 3, actionsOf: 18, n: 5, of: 20, pct: 25, rank: 2, position: 'middle' }),
    'A figure in two of its two goal clauses and three of its 18 action items: five of its 20 commitments (25%), second of the four plans.', '两个目标分句中有两个写明了数字，18项行动条目中有三项：20项承诺中共五项（25%），在四份方案中排第二。'],
  ['the most of four', (w) => w.region.share({ ...share, goals: 6, goalsOf: 6, actions: 19, actionsOf: 28, n: 25, of: 34, pct: 74 }),
    'A figure in six of its six goal clauses and 19 of its 28 action items: 25 of its 34 commitments (74%), the most of the four plans.', '六个目标分句中有六个写明了数字，28项行动条目中有19项：34项承诺中共25项（74%），在四份方案中最多。'],
  ['a tie', (w) => w.region.share({ ...share, goals: 2, goalsOf: 2, actions: 3, actionsOf: 18, n: 5, of: 20, pct: 25, rank: 2, ties: 1, tied: w === enWords ? 'Xianning City' : '咸宁市', position: 'middle' }),
    'A figure in two of its two goal clauses and three of its 18 action items: five of its 20 commitments (25%), tied with Xianning City for second of the four plans.', '两个目标分句中有两个写明了数字，18项行动条目中有三项：20项承诺中共五项（25%），在四份方案中与咸宁市并列第二。'],
  ['a report, judged apart', (w) => w.region.report({ results: 10, budgets: 1, of: 24 }),
    'A report of results, so not ranked with the plans: a result with a figure in ten of its 24 items, a budget stated in one.', '这是落实情况报告，因此不与方案一起排名：24个条目中十个报告了有数字的成果，一个写明了预算。'],
  ['a single plan with no goal clauses', (w) => w.region.share({ ...share, actions: 1, actionsOf: 1, n: 1, of: 1, pct: 100, among: 1 }),
    'No goal clauses and one of its one action item: one of its one commitment (100%), the only plan.', '没有目标分句，一项行动条目中有一项：一项承诺中共一项（100%），是唯一的方案。'],
  ['the lower of two', (w) => w.region.compared({ ...compared, what: 'Jobs', value: w === enWords ? '5,400 people' : '5400人', of: 2, rank: 2, position: 'last' }),
    'Jobs: 5,400 people, the lower of the two places with a comparable target.', 'Jobs：5400人，在两个设有可比目标的地方中较低。'],
  ['the lower of two, per year', (w) => w.region.compared({ ...compared, what: 'Jobs', value: w === enWords ? '5,400 people' : '5400人', of: 2, rank: 2, position: 'last', hasView: 'yes', perView: w === enWords ? 'per year' : '每年' }),
    'Jobs: 5,400 people; per year, the lower of the two places with a comparable target.', 'Jobs：5400人，按每年计，在两个设有可比目标的地方中较低。'],
  ['the lowest of five', (w) => w.region.compared({ ...compared, what: 'Jobs', value: '1', of: 5, rank: 5, position: 'last' }),
    'Jobs: 1, the lowest of the five places with a comparable target.', 'Jobs：1，在五个设有可比目标的地方中最低。'],
  ['tied for the highest', (w) => w.region.compared({ ...compared, what: 'Jobs', value: '1', of: 3, ties: 1, tied: 'A' }),
    'Jobs: 1, tied with A for the highest of the three places with a comparable target.', 'Jobs：1，在三个设有可比目标的地方中与A并列最高。'],
  ['one document', (w) => w.sourceLine({ documents: 1 }), 'Source: the place’s document, coded by Shuangchuang Compare', '来源：该地的文件，双创对照编码'],
  ['five documents', (w) => w.sourceLine({ documents: 5 }), 'Source: the five documents, coded by Shuangchuang Compare', '来源：五份文件，双创对照编码'],
  ['one place drawn', (w) => w.findings.comparisonSubtitle({ drawn: 1, measure: 'new' }), 'The main target for the whole place of one place, measured as new.', '一个地方针对全辖区的主要目标，计量方式为“new”。'],
  ['two places drawn', (w) => w.findings.comparisonSubtitle({ drawn: 2, measure: 'new' }), 'Main targets for the whole place, of two places, each measured as new.', '两个地方针对全辖区的主要目标，计量方式均为“new”。'],
  ['one place', (w) => w.siteTagline({ places: 1 }), 'What one Chinese place promised for mass entrepreneurship and innovation, side by side', '一个地方在“大众创业、万众创新”中许下的承诺'],
  ['12 places', (w) => w.siteTagline({ places: 12 }), 'What 12 Chinese places promised for mass entrepreneurship and innovation, side by side', '12个地方在“大众创业、万众创新”中许下的承诺，并排对照'],
  ['one figure not compared', (w) => w.findings.notComparedCount({ n: 1 }), 'One other figure of this family is listed below the chart, not compared.', '本类另有一个数字列于图下，不作比较。'],
  ['three not compared', (w) => w.findings.notComparedCount({ n: 3 }), 'Three other figures of this family are listed below the chart, not compared.', '本类另有三个数字列于图下，不作比较。'],
  ['one result', (w) => w.search.count({ n: 1, places: 1 }), '1 result in 1 place', '一个地方共一条结果'],
  ['many results', (w) => w.search.count({ n: 30_000, places: 2 }), '30,000 results in 2 places', '两个地方共3万条结果'],
  ['drawn beside one', (w) => w.receipt.drawn({ others: 1 }), 'Yes: drawn beside one other place with a figure of the same definition, measure and scope.', '是：与另外一个统计口径、计量方式和范围都相同的地方并列绘制。'],
  ['tied leaders', (w) => w.findings.mostConcrete({ places: 'A and B', leaders: 2, pct: 68, of: 4 }),
    'A and B each put a figure on 68% of their commitments, tied for the most of the four plans', 'A and B都有68%的承诺写明了具体数字，在四份方案中并列最高'],
  ['five places', (w) => w.home.title({ places: 5 }), 'Five places, one campaign', '五个地方，一场运动'],
  ['a card of one, no cited population', (w) => w.home.placeCounts({ items: 1, figures: 0, cited: 'no', population: 'P', year: '2020', source: 'S' }), '1 item · 0 figures · Population: none with a cited source, so not used per resident', '一个条目 · 零个数字 · 人口：无出处可引，不用于人均比较'],
  ['a card with a cited population', (w) => w.home.placeCounts({ items: 2, figures: 3, cited: 'yes', population: 'P', year: '2020', source: w === enWords ? 'census bulletin' : '人口普查公报' }), '2 items · 3 figures · Population with a cited source: P (2020, census bulletin)', '两个条目 · 三个数字 · 有出处的人口：P（2020年，人口普查公报）'],
  ['second', (w) => w.numbers.rank({ n: 2 }), 'second', '二'],
  ['22nd', (w) => w.numbers.rank({ n: 22 }), '22nd', '22'],
  ['two years', (w) => w.amounts.spell({ n: 2 }), 'two', '2'],
];
test.each(cases)('%s', (_name, say, english, chinese) => {
  expect(say(enWords)).toBe(english);
  expect(say(zhWords)).toBe(chinese);
});

test('no browser code reads a group of the catalogue that the browser does not load', async () => {
  const { PAGE_ONLY } = await import('./catalogueAst.ts');
  const { readdirSync, readFileSync } = await import('node:fs');
  // What browser code is built from: the scripts of src/client and the modules they share with pages.
  const dirs = ['src/client', 'src/search', 'src/charts'];
  const files = dirs.flatMap((d) => readdirSync(d).filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts')).map((f) => `${d}/${f}`))
    .concat(['src/i18n/amounts.ts', 'src/i18n/sentences.ts', 'src/i18n/messageFormat.ts']);
  expect(files.length).toBeGreaterThan(5);
  const reads = files.flatMap((f) => [...PAGE_ONLY].filter((g) => new RegExp(`\\.${g}\\b`).test(readFileSync(f, 'utf8'))).map((g) => `${f}: ${g}`));
  expect(reads).toEqual([]);
});
