import { expect, test } from 'vitest';
import { themeVariables } from '../builtSite/contrast.ts';
import { placeStyles } from './placeStyles.ts';

const places = [
  { region_id: 'north', colour_light: '#112233', colour_dark: '#aabbcc' },
  { region_id: 'south-2', colour_light: '#445566', colour_dark: '#ddeeff' },
];

test('each place has its light colour, and its dark colour whether dark is chosen by the system or by the page', () => {
  const themes = themeVariables(placeStyles(places));
  for (const p of places) {
    expect(themes.light[`--place-${p.region_id}`]).toBe(p.colour_light);
    expect(themes.dark[`--place-${p.region_id}`]).toBe(p.colour_dark);
    expect(themes.darkByPreference[`--place-${p.region_id}`]).toBe(p.colour_dark);
  }
});

test('an element marked with a place takes that place’s colour, for every place and no other', () => {
  const css = placeStyles(places);
  for (const p of places) expect(css).toContain(`[data-place="${p.region_id}"] { --place: var(--place-${p.region_id}); }`);
  expect(css.match(/\[data-place=/g)).toHaveLength(places.length);
});
