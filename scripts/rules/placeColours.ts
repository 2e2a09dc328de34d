// Place colours are read by everyone: each keeps 3:1 against the page and panel backgrounds of its
// theme (WCAG non-text contrast), and every two places of a theme stay at least MIN_DISTANCE apart
// in CIEDE2000 as seen with normal vision and with each colour-vision deficiency, while there are no
// more places than symbols (beyond that, as in placesDistinct, colour and symbol together tell them
// apart, and no palette keeps dozens of colours apart for every vision). A colour that fails is
// named with the pair or background it fails against, and a colour that would pass.
import { readFileSync } from 'node:fs';
import { differenceCiede2000, filterDeficiencyDeuter, filterDeficiencyProt, filterDeficiencyTrit, formatHex, rgb, type Color } from 'culori';
import { contrastRatio, themeVariables } from '../builtSite/contrast.ts';
import type { Problem } from '../data/problem.ts';
import type { Rule } from './context.ts';
import { PLACE_SYMBOLS } from '../../src/schema/vocabulary.ts';

export const MIN_CONTRAST = 3;
/** Two colours closer than this (CIEDE2000) are hard to tell apart at a glance in a legend or a bar. */
export const MIN_DISTANCE = 10;
export const BACKGROUNDS = ['--bg', '--panel'] as const;
export const THEMES = { light: 'colour_light', dark: 'colour_dark' } as const;
export type Theme = keyof typeof THEMES;

const difference = differenceCiede2000();
export const VISIONS: Record<string, (c: string) => Color> = {
  'normal vision': (c) => rgb(c)!,
  deuteranopia: (c) => filterDeficiencyDeuter(1)(rgb(c)!),
  protanopia: (c) => filterDeficiencyProt(1)(rgb(c)!),
  tritanopia: (c) => filterDeficiencyTrit(1)(rgb(c)!),
};

/** CIEDE2000 between two colours as seen with a vision. */
export const distance = (a: string, b: string, vision: string) => difference(VISIONS[vision](a), VISIONS[vision](b));

/** The page and panel backgrounds of each theme, from the site's stylesheet. */
export function themeBackgrounds(css = readFileSync(new URL('../../src/styles/site.css', import.meta.url), 'utf8')): Record<Theme, Record<string, string>> {
  const v = themeVariables(css);
  return { light: Object.fromEntries(BACKGROUNDS.map((b) => [b, v.light[b]])), dark: Object.fromEntries(BACKGROUNDS.map((b) => [b, v.dark[b]])) };
}

/** What is wrong with `colour` among `others` on `backgrounds`: empty when it passes. */
export function colourProblems(colour: string, others: readonly { id: string; colour: string }[], backgrounds: Record<string, string>, { apart = true } = {}): string[] {
  const out: string[] = [];
  for (const [name, bg] of Object.entries(backgrounds)) {
    const ratio = contrastRatio(colour, bg);
    if (ratio < MIN_CONTRAST) out.push(`has ${ratio.toFixed(2)}:1 against the background ${name} (${bg}), below ${MIN_CONTRAST}:1`);
  }
  for (const other of apart ? others : []) {
    for (const vision of Object.keys(VISIONS)) {
      const d = distance(colour, other.colour, vision);
      if (d < MIN_DISTANCE) { out.push(`is too close to ${other.id}'s ${other.colour}: ${d.toFixed(1)} apart in CIEDE2000 with ${vision}, below ${MIN_DISTANCE}`); break; }
    }
  }
  return out;
}

/** The passing colour nearest to `colour` (as seen with normal vision), searched over hue, lightness and chroma; undefined when none does. */
export function suggestColour(colour: string, others: readonly { id: string; colour: string }[], backgrounds: Record<string, string>, options: { apart?: boolean } = {}): string | undefined {
  let best: { hex: string; d: number } | undefined;
  for (let h = 0; h < 360; h += 6) {
    for (let l = 0.25; l <= 0.9; l += 0.025) {
      for (const c of [0.06, 0.1, 0.14, 0.18]) {
        const hex = formatHex({ mode: 'oklch', l, c, h });
        if (!hex || colourProblems(hex, others, backgrounds, options).length) continue;
        const d = distance(colour, hex, 'normal vision');
        if (!best || d < best.d) best = { hex: hex.toUpperCase(), d };
      }
    }
  }
  return best?.hex;
}

export const placeColours: Rule = ({ dataset }) => {
  const problems: Problem[] = [];
  const backgrounds = themeBackgrounds();
  const apart = dataset.regions.length <= PLACE_SYMBOLS.length;
  for (const [theme, column] of Object.entries(THEMES) as [Theme, (typeof THEMES)[Theme]][]) {
    const places = dataset.regions.map(({ row, line }) => ({ id: row.region_id, colour: row[column], line }));
    // Each place is checked against the places before it, so a pair is reported once, on the later line.
    places.forEach((place, i) => {
      const before = places.slice(0, i);
      const wrong = colourProblems(place.colour, before, backgrounds[theme], { apart });
      if (!wrong.length) return;
      const others = places.filter((p) => p !== place);
      const suggestion = suggestColour(place.colour, others, backgrounds[theme], { apart });
      problems.push({
        file: 'data/regions.csv', line: place.line, column,
        message: `${place.colour} (${theme} theme) ${wrong.join('; it ')}: ${suggestion ? `try ${suggestion}, which keeps ${MIN_CONTRAST}:1 against both backgrounds${apart ? ` and stays ${MIN_DISTANCE} apart from every other place with every vision` : ''}` : 'no colour near it passes; choose another hue'}`,
      });
    });
  }
  return problems;
};
