import { describe, expect, test } from 'vitest';
import { cleanDocument } from './clean.ts';
import { removeFurniture, removePinyinGlosses } from './furniture.ts';

const correction = (raw: string, replacement: string, confidence: 'high' | 'medium' | 'low' = 'high') =>
  ({ correction_id: `c-${raw}`, doc_id: 'doc', raw, replacement, reason: 'test', reason_zh: '测试', confidence });

describe('cleaning a text', () => {
  test('removes whole furniture lines and keeps paragraph breaks', () => {
    expect(removeFurniture('阅读数:12 文章字数:34\n\n第一段\n\n第二段\n本文注册登录后可收藏复制\n')).toBe('第一段\n\n第二段\n');
  });
  test('removes pinyin glosses but not other parentheses', () => {
    expect(removePinyinGlosses('創(chuàng)業(yè)(試行)首臺(套)')).toBe('創業(試行)首臺(套)');
  });
  test('applies corrections in order and says where they landed', () => {
    const { text, edits, problems } = cleanDocument('甲乙丙丁\n', { doc_id: 'doc', script: 'simplified' }, [correction('乙', 'XYZ'), correction('丁', '〔丁〕', 'low')]);
    expect(problems).toEqual([]);
    expect(text).toBe('甲XYZ丙〔丁〕\n');
    expect(edits.map((e) => text.slice(e.start, e.end))).toEqual(['XYZ', '〔丁〕']);
  });
  test('a correction that is missing or ambiguous is a problem, not a guess', () => {
    const { problems } = cleanDocument('甲甲乙\n', { doc_id: 'doc', script: 'simplified' }, [correction('甲', '丙'), correction('丁', '戊')]);
    expect(problems.map((p) => p.message)).toEqual([expect.stringMatching(/more than once/), expect.stringMatching(/not in the text/)]);
  });
  test('restores full-width marks in Chinese context last, keeping the length and spans kept as damaged', () => {
    const raw = '目标:新增2:1配套(含10,000元),见 https://a.gov.cn/x,y;推动發展?jié)摿^大,以及“创-style,活动\n';
    const { text, edits, problems } = cleanDocument(raw, { doc_id: 'doc', script: 'traditional' }, [
      correction('發展?jié)摿^大', '發展潛力較大'),
      correction('“创-style,', '〔“创-style,〕', 'low'),
    ]);
    expect(problems).toEqual([]);
    expect(text).toBe('目标：新增2:1配套（含10,000元），见 https://a.gov.cn/x,y；推动发展潜力较大，以及〔“创-style,〕活动\n');
    expect(text.slice(edits[1].start, edits[1].end)).toBe('〔“创-style,〕');
  });
  test('a mark restored full-width never moves an offset', () => {
    const raw = '甲,乙(丙);丁\n';
    expect(cleanDocument(raw, { doc_id: 'doc', script: 'simplified' }, []).text).toHaveLength(raw.length);
  });
  test('converts a traditional text to simplified after its corrections', () => {
    const { text } = cleanDocument('遼寧省推動創(chuàng)新\n', { doc_id: 'doc', script: 'traditional' }, [correction('推動', '推動')]);
    expect(text).toBe('辽宁省推动创新\n');
  });
});
