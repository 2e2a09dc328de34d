// WCAG 2 contrast between two sRGB colours, and the custom properties of the site stylesheet per theme.

/** '#abc' or '#aabbcc' → [r, g, b] in 0–255. */
export function parseHex(colour: string): [number, number, number] {
  const hex = colour.trim().replace(/^#/, '');
  const full = hex.length === 3 ? [...hex].map((c) => c + c).join('') : hex;
  if (!/^[0-9a-f]{6}$/i.test(full)) throw new Error(`not a hex colour: ${colour}`);
  return [0, 2, 4].map((i) => parseInt(full.slice(i, i + 2), 16)) as [number, number, number];
}

export function relativeLuminance(colour: string): number {
  const [r, g, b] = parseHex(colour).map((v) => {
    const c = v / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

export function contrastRatio(a: string, b: string): number {
  const [hi, lo] = [relativeLuminance(a), relativeLuminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

/** Custom properties declared directly in the first rule whose selector is exactly `selector`. */
export function customProperties(css: string, selector: string): Record<string, string> {
  const at = css.indexOf(`${selector} {`);
  if (at < 0) throw new Error(`no rule ${selector}`);
  const body = css.slice(at + selector.length + 2, css.indexOf('}', at));
  return Object.fromEntries([...body.matchAll(/(--[\w-]+)\s*:\s*([^;]+);/g)].map((m) => [m[1], m[2].trim()]));
}

/** The light and dark values of every custom property of site.css (dark = light overridden). */
export function themeVariables(css: string): { light: Record<string, string>; dark: Record<string, string>; darkByPreference: Record<string, string> } {
  const light = customProperties(css, ':root');
  const darkByPreference = { ...light, ...customProperties(css, ':root:not([data-theme="light"])') };
  const dark = { ...light, ...customProperties(css, ':root[data-theme="dark"]') };
  return { light, dark, darkByPreference };
}
