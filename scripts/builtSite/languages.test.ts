import { describe, expect, test } from 'vitest';
import { languageProblems, textRuns } from './languages.ts';

const page = (lang: string, body: string) => `<!doctype html><html lang="${lang}"><head><title>标题 title</title><style>a{}</style></head><body>${body}<script>const x = '中文 and English';</script></body></html>`;

describe('text runs', () => {
  test('each run takes its nearest lang, void elements do not leak it', () => {
    const runs = textRuns(page('en', '<p>One <span lang="zh-CN">两个<br>三</span> four<img alt="五"> five</p>'));
    expect(runs.map((r) => [r.text.trim(), r.lang])).toEqual([['One', 'en'], ['两个三', 'zh-CN'], ['four five', 'en']]);
  });
  test('scripts, styles and the head are not text', () => {
    expect(textRuns(page('en', '<p>x</p>')).map((r) => r.text)).toEqual(['x']);
  });
});

describe('on an English page', () => {
  test('Chinese outside an element marked zh is reported, inside it is not', () => {
    expect(languageProblems(page('en', '<p>CNY 10 million <span lang="zh-CN">1000万元</span></p>'), 'en')).toEqual([]);
    expect(languageProblems(page('en', '<p>CNY 10 million (1000万元)</p>'), 'en')).toEqual([{ kind: 'untagged Chinese', text: '万元' }]);
  });
  test('English is never reported on an English page', () => {
    expect(languageProblems(page('en', '<p>plain words, here: (yes)</p>'), 'en')).toEqual([]);
  });
});

describe('on a Chinese page', () => {
  test('English outside lang="en", <code> and <pre> is reported; formats on the allow-list are not', () => {
    expect(languageProblems(page('zh-CN', '<p>下载 CSV 或 PNG<code>targets.csv</code><span lang="en">Shuangchuang Compare</span></p>'), 'zh-CN')).toEqual([]);
    expect(languageProblems(page('zh-CN', '<p>下载 data 文件</p>'), 'zh-CN')).toEqual([{ kind: 'untagged English', text: 'data' }]);
  });
  test('half-width marks in Chinese context are reported, also across an element boundary', () => {
    expect(languageProblems(page('zh-CN', '<p>五个地方，一场运动（二〇一六）</p>'), 'zh-CN')).toEqual([]);
    const problems = languageProblems(page('zh-CN', '<p>五个地方,<a href="#">一场运动</a></p><p>地方<em>名称</em>: 岳塘</p>'), 'zh-CN');
    expect(problems.map((p) => p.kind)).toEqual(['half-width marks', 'half-width marks']);
  });
  test('text shown as captured keeps its marks', () => {
    expect(languageProblems(page('zh-CN', '<p>原文<span data-as-captured>发展?jié),摿</span>有误。</p>'), 'zh-CN')).toEqual([]);
    expect(languageProblems(page('zh-CN', '<p>原文<span>发展,摿</span>有误。</p>'), 'zh-CN')).toHaveLength(1);
  });
  test('marks inside English, code and numbers are not Chinese context', () => {
    expect(languageProblems(page('zh-CN', '<p>比例 2:1，<span lang="en">Compare (2026), x</span><code>a,b</code></p>'), 'zh-CN')).toEqual([]);
  });
});
