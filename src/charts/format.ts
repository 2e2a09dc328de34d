// Number formatting shared by charts, tables and embeds, in a locale's Intl conventions (locales.ts: intl).
export function formatNumber(value: number, intl: string): string {
  const abs = Math.abs(value);
  const digits = abs === 0 ? 0 : abs >= 100 ? 0 : abs >= 10 ? 1 : abs >= 1 ? 2 : 3;
  return new Intl.NumberFormat(intl, { maximumFractionDigits: digits }).format(value);
}

export const COMPARATOR_SIGN: Record<string, string> = { eq: '', gte: '≥ ', gt: '> ', lte: '≤ ', lt: '< ', approx: '≈ ', range: '' };
