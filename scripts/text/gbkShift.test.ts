import { describe, expect, test } from 'vitest';
import { changedSpan, encodeGbk, explainsDamage, readOutOfStep } from './gbkShift.ts';
import { loadDataset } from '../data/load.ts';

describe('reading GBK one byte out of step', () => {
  test('the encoder, built from the platform decoder, gives the GBK bytes', () => {
    expect(encodeGbk('中文a')).toEqual([0xd6, 0xd0, 0xce, 0xc4, 0x61]);
    expect(() => encodeGbk('😀')).toThrow(/no GBK encoding/);
  });
  test('each trailing byte is read with the next leading byte', () => {
    // 中文 = D6 D0 CE C4; out of step: (D6 with what came before) (D0 CE) (C4 with what follows).
    expect(readOutOfStep('中文')).toBe(`?${new TextDecoder('gbk').decode(new Uint8Array([0xd0, 0xce]))}?`);
  });
  test('a repair explains a damaged span only if its bytes give that span', () => {
    expect(explainsDamage('。縣', '??h')).toBe(true);
    expect(explainsDamage('。县', '??h')).toBe(false);
    expect(explainsDamage('保基金的扶持政策', '?;鸬姆龀终?')).toBe(true);
    expect(explainsDamage('保基金的支持政策', '?;鸬姆龀终?')).toBe(false);
    expect(explainsDamage('保基金的扶持政策', '?;鸬姆龀?')).toBe(false);
  });
  test('the damaged span and its repair are what a correction changes', () => {
    expect(changedSpan('連鎖化經營??h生態', '連鎖化經營。縣生態')).toEqual({ damaged: '??h', repair: '。縣' });
  });
});

describe('the Panshan corrections', () => {
  const { dataset } = loadDataset('data');
  const byteRepairs = dataset.corrections.filter((c) => c.row.reason.includes('one byte out of step'));
  test('every encoding-damage correction of Panshan is proved from its bytes', () => {
    expect(byteRepairs.map((c) => c.row.correction_id).sort()).toEqual(
      dataset.corrections.filter((c) => c.row.doc_id === 'panshan-report' && /^Encoding damage/.test(c.row.reason)).map((c) => c.row.correction_id).sort(),
    );
    expect(byteRepairs.length).toBeGreaterThan(0);
  });
  for (const { row } of byteRepairs) {
    test(`${row.correction_id}: the repair, read one byte out of step, gives the damaged span`, () => {
      const { damaged, repair } = changedSpan(row.raw, row.replacement);
      expect(damaged).toContain('?');
      expect(explainsDamage(repair, damaged)).toBe(true);
    });
  }
});
