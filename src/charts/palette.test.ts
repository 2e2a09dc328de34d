// Colours meet WCAG AA: place colours (data/regions.csv) and other graphics ≥ 3:1 on the page and
// panel backgrounds, text ≥ 4.5:1, in light and dark themes; and every two places stay apart for
// readers with a colour-vision deficiency.
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { contrastRatio, themeVariables } from '../../scripts/builtSite/contrast.ts';
import { validateData } from '../../scripts/data/validate.ts';
import { differenceCiede2000, filterDeficiencyDeuter, filterDeficiencyProt, filterDeficiencyTrit, rgb, type Color } from 'culori';

const css = readFileSync(new URL('../styles/site.css', import.meta.url), 'utf8');
const themes = themeVariables(css);
const places = validateData('data').dataset.regions.map((r) => r.row);
const placeColour = { light: 'colour_light', dark: 'colour_dark' } as const;

test('contrast ratio follows WCAG: black on white is 21, a colour on itself is 1', () => {
  expect(contrastRatio('#000', '#ffffff')).toBeCloseTo(21, 5);
  expect(contrastRatio('#777777', '#777777')).toBe(1);
  expect(contrastRatio('#767676', '#ffffff')).toBeGreaterThan(4.5);
  expect(contrastRatio('#777777', '#ffffff')).toBeLessThan(4.5);
});

test('the dark theme is the same whether chosen by the system or by ?theme=dark', () => {
  expect(themes.darkByPreference).toEqual(themes.dark);
});

describe.each(['light', 'dark'] as const)('%s theme', (theme) => {
  const v = themes[theme];
  const backgrounds = ['--bg', '--panel'];

  test.each(places.map((p) => [p.region_id, p] as const))('place colour of %s has ≥ 3:1 against the backgrounds', (id, place) => {
    for (const bg of backgrounds) expect(contrastRatio(place[placeColour[theme]], v[bg]), `${id} on ${bg}`).toBeGreaterThanOrEqual(3);
  });

  test('text colours have ≥ 4.5:1 against the backgrounds and the highlight', () => {
    for (const fg of ['--fg', '--muted', '--accent']) {
      for (const bg of backgrounds) expect(contrastRatio(v[fg], v[bg]), `${fg} on ${bg}`).toBeGreaterThanOrEqual(4.5);
    }
    expect(contrastRatio(v['--fg'], v['--mark']), '--fg on --mark').toBeGreaterThanOrEqual(4.5);
  });

  test('the focus outline and the input border (graphics) have ≥ 3:1 against the background', () => {
    expect(contrastRatio(v['--accent'], v['--bg'])).toBeGreaterThanOrEqual(3);
    expect(contrastRatio(v['--muted'], v['--bg'])).toBeGreaterThanOrEqual(3);
  });
});

// Two colours closer than this (CIEDE2000) are hard to tell apart at a glance in a legend or a bar.
const MIN_DISTANCE = 10;
const difference = differenceCiede2000();
const VISIONS: Record<string, (c: string) => Color> = {
  'normal vision': (c) => rgb(c)!,
  deuteranopia: (c) => filterDeficiencyDeuter(1)(rgb(c)!),
  protanopia: (c) => filterDeficiencyProt(1)(rgb(c)!),
  tritanopia: (c) => filterDeficiencyTrit(1)(rgb(c)!),
};
const pairs = places.flatMap((a, i) => places.slice(i + 1).map((b) => [a, b] as const));

test('the colour distance is CIEDE2000 as seen with the deficiency: an orange and an olive merge for deuteranopia, not for normal vision', () => {
  expect(difference(VISIONS['normal vision']('#b35900'), VISIONS['normal vision']('#6b6b00'))).toBeGreaterThan(MIN_DISTANCE);
  expect(difference(VISIONS.deuteranopia('#b35900'), VISIONS.deuteranopia('#6b6b00'))).toBeLessThan(MIN_DISTANCE);
  expect(difference(rgb('#123456')!, rgb('#123456')!)).toBe(0);
});

describe.each(['light', 'dark'] as const)('%s place colours under colour-vision deficiencies', (theme) => {
  test.each(Object.keys(VISIONS))('every two places keep CIEDE2000 ≥ 10 with %s', (vision) => {
    const seen = VISIONS[vision];
    const close = pairs
      .map(([a, b]) => ({ pair: `${a.region_id}/${b.region_id}`, distance: difference(seen(a[placeColour[theme]]), seen(b[placeColour[theme]])) }))
      .filter((p) => p.distance < MIN_DISTANCE)
      .map((p) => `${p.pair} ${p.distance.toFixed(1)}`);
    expect(close, `data/regions.csv ${placeColour[theme]}: too close with ${vision}`).toEqual([]);
  });
});

// The compare page's answer marks (site.css --answer-*): each mark is a shape and a colour, named in
// the legend; the colours are graphics (≥ 3:1 on the backgrounds) and stay apart under every vision.
const MARK_COLOURS = ['--answer-concrete', '--answer-partial', '--answer-none', '--answer-not_applicable'];
describe.each(['light', 'dark'] as const)('%s answer marks', (theme) => {
  const v = themes[theme];
  test('every mark colour is defined and has ≥ 3:1 against the backgrounds', () => {
    for (const name of MARK_COLOURS) {
      expect(v[name], name).toMatch(/^#[0-9a-f]{6}$/i);
      for (const bg of ['--bg', '--panel']) expect(contrastRatio(v[name], v[bg]), `${name} on ${bg}`).toBeGreaterThanOrEqual(3);
    }
  });
  test.each(Object.keys(VISIONS))('every two marks keep CIEDE2000 ≥ 10 with %s', (vision) => {
    const seen = VISIONS[vision];
    const close = MARK_COLOURS.flatMap((a, i) => MARK_COLOURS.slice(i + 1).map((b) => ({ pair: `${a}/${b}`, distance: difference(seen(v[a]), seen(v[b])) })))
      .filter((p) => p.distance < MIN_DISTANCE).map((p) => `${p.pair} ${p.distance.toFixed(1)}`);
    expect(close, `site.css: answer marks too close with ${vision}`).toEqual([]);
  });
});
