// The derived site data, written by scripts/derive.ts before Astro runs.
import raw from '../generated/site.json';
import type { SiteData } from '../model/site.ts';

export const site = raw as unknown as SiteData;
