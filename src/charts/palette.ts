// One colour per place everywhere, colour-blind-safe (after Okabe–Ito and Tol), darkened so each
// has at least 3:1 contrast on white; the dark theme uses the lighter set.
export const PLACE_COLOURS: Record<string, { light: string; dark: string }> = {
  yuetang: { light: '#B35900', dark: '#F5A623' },
  xinjiang: { light: '#0072B2', dark: '#56B4E9' },
  xianning: { light: '#00785A', dark: '#3CCB9F' },
  putuo: { light: '#AA3377', dark: '#E08DBF' },
  panshan: { light: '#5B5BA8', dark: '#A9A9F0' },
};
export const PLACE_ORDER = ['yuetang', 'xinjiang', 'xianning', 'putuo', 'panshan'] as const;
/** A shape per place too, for charts where colour alone would have to tell places apart. */
export const PLACE_SYMBOLS = ['circle', 'square', 'diamond', 'triangle', 'star'] as const;

/** Colour of a place as a CSS variable, so one SVG serves light and dark themes. */
export const placeColour = (regionId: string) => `var(--place-${regionId})`;

/** Plot colour scale mapping region ids to their CSS variables. */
export const placeColourScale = () => ({ type: 'ordinal' as const, domain: [...PLACE_ORDER], range: PLACE_ORDER.map(placeColour) });

export const placeSymbolScale = () => ({ type: 'ordinal' as const, domain: [...PLACE_ORDER], range: [...PLACE_SYMBOLS] });
