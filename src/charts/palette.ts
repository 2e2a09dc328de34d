// Places are drawn in their own colours (data/regions.csv: colour_light, colour_dark) through CSS
// variables, so one SVG serves light and dark themes; the stylesheet that defines the variables is
// generated from the same rows (scripts/derive/placeStyles.ts).

/** Colour of a place as a CSS variable. */
export const placeColour = (regionId: string) => `var(--place-${regionId})`;

/** Plot colour scale mapping the given places' ids to their CSS variables. */
export const placeColourScale = (regionIds: readonly string[]) => ({ type: 'ordinal' as const, domain: [...regionIds], range: regionIds.map(placeColour) });

/** Plot symbol scale: each place's own shape (data/regions.csv: symbol). */
export const placeSymbolScale = (places: readonly { region_id: string; symbol: string }[]) =>
  ({ type: 'ordinal' as const, domain: places.map((p) => p.region_id), range: places.map((p) => p.symbol) });
