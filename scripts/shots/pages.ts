// What `npm run shots` photographs, and how a page is measured for sideways scrolling. Kept apart
// from the runner so the layout tests measure overflow exactly as the screenshots do.
import { LOCALES, type Locale } from '../../src/i18n/locales.ts';

/** A phone and a laptop. */
export const SHOT_WIDTHS = [360, 1280] as const;
export const SHOT_HEIGHTS: Record<(typeof SHOT_WIDTHS)[number], number> = { 360: 640, 1280: 800 };

export interface ShotPage { kind: string; path: string }

/** The pages readers land on, for one region, one theme and one embedded chart. */
export function shotPages(regionId: string, themeId: string, embedChart: string): ShotPage[] {
  return [
    { kind: 'home', path: '' },
    { kind: 'compare', path: 'compare/' },
    { kind: 'region', path: `regions/${encodeURIComponent(regionId)}/` },
    { kind: 'theme', path: `themes/${encodeURIComponent(themeId)}/` },
    { kind: 'embed', path: `embed/${encodeURIComponent(embedChart)}/` },
  ];
}

export const shotLocales = (): readonly Locale[] => LOCALES;

export const shotFile = (localeId: string, kind: string, width: number): string => `${localeId}-${kind}-${width}.png`;

/** Evaluated in the page: how many pixels the document is wider than the viewport (0 when it fits). */
export const OVERFLOW_SCRIPT = 'Math.max(0, document.documentElement.scrollWidth - document.documentElement.clientWidth)';
