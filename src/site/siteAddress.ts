// The site's absolute address, when one is given at build time: SITE_URL is the origin
// (https://example.org), BASE the path the site is served under. No import.meta here: the build
// scripts import it under plain Node.

/** The absolute URL of the site's root, or undefined when SITE_URL is not set (links then stay relative). */
export function siteAddress(env: Record<string, string | undefined> = process.env): URL | undefined {
  if (!env.SITE_URL) return undefined;
  const origin = new URL(env.SITE_URL);
  if (origin.pathname !== '/' || origin.search || origin.hash) throw new Error(`SITE_URL must be an origin such as https://example.org (the path goes in BASE), not ${env.SITE_URL}`);
  return new URL((env.BASE ?? '/').replace(/\/?$/, '/'), origin);
}
