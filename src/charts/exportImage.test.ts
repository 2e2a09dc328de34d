import { expect, test } from 'vitest';
import { exportSvg, wrap, EXPORT_FONT_STACK } from './exportImage.ts';

const input = {
  chart: { markup: '<rect width="10" height="10" fill="#123456"/>', width: 720, height: 300 },
  title: 'North Town put a figure on 70% of its action items & more',
  subtitle: 'A subtitle long enough to be wrapped over more than one line when the image is narrow, as it will be here in this test.',
  legend: [{ label: 'North', colour: '#B35900', path: 'M0,0L1,1' }, { label: '南县', colour: '#5A86AA', path: 'M0,0L2,2' }],
  notes: ['≥ at least'],
  notCompared: { heading: 'Not compared', items: ['East: 15000人 (programme): covers one programme'] },
  source: 'Source: the five documents',
  credit: 'Shuangchuang Compare · https://example.org/#chart-x',
  colours: { background: '#ffffff', text: '#1a1a1a', muted: '#555555' },
  lang: 'en',
};
const texts = (svg: string) => [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => m[1].replace(/&#(\d+);/g, (_, n) => String.fromCharCode(Number(n))));

test('the image holds its title, legend, drawing, notes, what is not compared, source and credit, as text', () => {
  const { svg, width, height } = exportSvg(input);
  const all = texts(svg).join(' ');
  expect(all).toContain('North Town put a figure on 70%');
  expect(all).toContain('& more');
  for (const entry of input.legend) expect(texts(svg)).toContain(entry.label);
  expect(all).toContain('≥ at least');
  expect(all).toContain('Not compared');
  expect(all).toContain('covers one programme');
  expect(all).toContain('Source: the five documents');
  expect(all).toContain('https://example.org/#chart-x');
  expect(svg).toContain('<rect width="10" height="10" fill="#123456"/>');
  expect(svg).toContain(`font-family="${EXPORT_FONT_STACK.replace(/"/g, '&#34;')}"`);
  expect(svg).toMatch(/<rect width="\d+" height="\d+" fill="#ffffff"\/>/);
  expect(width).toBe(720 + 32);
  expect(height).toBeGreaterThan(300);
});

test('data text is escaped', () => {
  const { svg } = exportSvg({ ...input, title: '<script>alert(1)</script>' });
  expect(svg).not.toContain('<script>');
});

test('long lines wrap at spaces in English and between characters in Chinese', () => {
  const english = wrap('one two three four five six seven eight nine ten', 60, 12);
  expect(english.length).toBeGreaterThan(1);
  expect(english.join(' ')).toBe('one two three four five six seven eight nine ten');
  const chinese = wrap('岳塘区的二十八项行动条目中有十九项写明了具体数字', 60, 12);
  expect(chinese.length).toBeGreaterThan(1);
  expect(chinese.join('')).toBe('岳塘区的二十八项行动条目中有十九项写明了具体数字');
});
