// Number formatting shared by charts, tables and embeds.
export type Lang = 'en' | 'zh';

export function formatNumber(value: number, lang: Lang): string {
  const abs = Math.abs(value);
  const digits = abs === 0 ? 0 : abs >= 100 ? 0 : abs >= 10 ? 1 : abs >= 1 ? 2 : 3;
  return new Intl.NumberFormat(lang === 'zh' ? 'zh-CN' : 'en-GB', { maximumFractionDigits: digits }).format(value);
}

export const COMPARATOR_SIGN: Record<string, string> = { eq: '', gte: '≥ ', gt: '> ', lte: '≤ ', lt: '< ', approx: '≈ ', range: '' };
