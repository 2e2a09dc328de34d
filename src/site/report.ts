// "Report an error": a link prefilled with the page, the id and the release, to the address or
// tracker given at build time (REPORT_URL, mailto: or https:); without one, the site's report page.
export interface ReportWhat { page: string; id?: string; release: string; subject: string }

/** The configured report address, checked: only mailto: and https: are accepted. */
export function reportAddress(env: Record<string, string | undefined> = process.env): URL | undefined {
  if (!env.REPORT_URL) return undefined;
  const url = new URL(env.REPORT_URL);
  if (url.protocol !== 'mailto:' && url.protocol !== 'https:') throw new Error(`REPORT_URL must be a mailto: or https: address, not ${env.REPORT_URL}`);
  return url;
}

export function reportHref(address: URL, what: ReportWhat): string {
  const url = new URL(address.href);
  const lines = [`Page: ${what.page}`, ...(what.id ? [`Id: ${what.id}`] : []), `Release: ${what.release}`, '', 'What is wrong:', ''];
  if (url.protocol === 'mailto:') {
    url.searchParams.set('subject', what.subject);
    url.searchParams.set('body', lines.join('\n'));
    // mailto: bodies use %20 for spaces (RFC 6068); URLSearchParams writes "+".
    return url.href.replace(/\+/g, '%20');
  }
  url.searchParams.set('page', what.page);
  if (what.id) url.searchParams.set('id', what.id);
  url.searchParams.set('release', what.release);
  return url.href;
}
